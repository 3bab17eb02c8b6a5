/**
 * Names that the noun after them makes a product or a part of one: the lexicon reads a capital as its
 * country's government ("Beijing denied …"), but some are also software names; a group's name before
 * "feature" is the feature's ("its Watchdog feature" restarts Remcos); a name before "Inc" is a company's; a
 * tool's name after "a flaw in" is the flawed product's.
 */
import { cueKind } from './cue-words.ts';
import type { TextContext } from './text-context.ts';
import { isCapitalized } from './tokens.ts';

/** Nouns after a capital's name that make it a product's ("Jakarta Multipart parser", "Jakarta EE"). */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(
  'plugin plugins parser parsers library libraries framework frameworks multipart ee project software module'.split(
    ' ',
  ),
);

/**
 * "a Jakarta-based plugin", "the Jakarta Multipart parser": the Apache project, not Indonesia's
 * government. A capital is read as its country's government elsewhere ("Beijing denied …").
 */
export function namesAProduct(ctx: TextContext, to: number): boolean {
  const based = ctx.tokens[to]?.norm === 'based' && ctx.text[ctx.tokens[to - 1]!.end] === '-';
  return PRODUCT_NOUNS.has(wordAfter(ctx, to, based ? to + 1 : to));
}

/** The word at token `at` when it is in the sentence of the name ending before token `to`, else ''. */
function wordAfter(ctx: TextContext, to: number, at: number): string {
  const word = ctx.tokens[at];
  return word && ctx.sentenceOf[at] === ctx.sentenceOf[to - 1] ? word.norm : '';
}

/** Nouns after a name that make it a program's feature. */
const FEATURE_NOUNS: ReadonlySet<string> = new Set(
  `feature features function functions functionality option options setting settings mode module modules
component components plugin plugins`.split(/\s+/u),
);

/** "its “Watchdog” feature", "the Silence option": the name of a program's part, not of a group. */
export const namesAFeature = (ctx: TextContext, to: number): boolean =>
  FEATURE_NOUNS.has(wordAfter(ctx, to, to));

/** Legal forms after a company's name. */
const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(
  'inc ltd llc corp corporation gmbh limited plc ag'.split(' '),
);

/**
 * "Fenrir Inc\Sleipnir5", "security vendor Tendyron Corporation": a company's name, not the malware
 * or group that shares it. So is a name whose possessive opens a shop's or a market's ("Joker's Stash", a
 * carding shop, is no Joker malware), or a place's ("Milan's Malpensa airport").
 */
export function namesACompany(ctx: TextContext, to: number): boolean {
  const at = ctx.tokens[to - 1]?.end ?? 0;
  if (possessiveBefore(ctx, to)) {
    const head = ctx.tokens[to + 1];
    if (!head || !isCapitalized(head.text)) return false;
    if (ORGANIZATION_HEADS.has(wordAfter(ctx, to, to + 1))) return true;
    // "Milan's Malpensa airport": a place's name, then its head, owned by a city.
    for (let k = to + 2; k <= to + 1 + PLACE_NAME_WORDS; k++) {
      if (PLACE_HEADS.has(wordAfter(ctx, to, k))) return true;
      if (!isCapitalized(ctx.tokens[k]?.text ?? '')) return false;
    }
    return false;
  }
  const comma = ctx.text[at] === ',' ? 1 : 0;
  if (ctx.text[at + comma] !== ' ') return false;
  const after = wordAfter(ctx, to, to);
  return (
    COMPANY_SUFFIXES.has(after) ||
    (comma === 0 && ORGANIZATION_HEADS.has(after) && isCapitalized(ctx.tokens[to]!.text))
  );
}

/**
 * "the Italian company Memento Labs (formerly Hacking Team)", "spyware vendor Intellexa, formerly Cytrox": a
 * company's former name, which a source may list as a group; the company is named before it, after its noun.
 */
const FORMER_NAME_BEFORE =
  /\b(?:company|firm|vendor|maker|developer|provider|contractor)\s(?:\p{Lu}[\p{L}\p{N}&.-]*\s){0,2}?\p{Lu}[\p{L}\p{N}&.-]*(?:\s\(|,\s)(?:formerly|previously|once)(?:\s(?:known\sas|called))?\s$/u;
const FORMER_NAME_REACH = 90;

export const formerCompanyName = (ctx: TextContext, from: number): boolean => {
  const start = ctx.tokens[from]!.start;
  return FORMER_NAME_BEFORE.test(ctx.text.slice(Math.max(0, start - FORMER_NAME_REACH), start));
};

/** Whether the name ending before token `to` is written as a possessive ("Joker's", "Joker’s") and a space. */
function possessiveBefore(ctx: TextContext, to: number): boolean {
  const s = ctx.tokens[to];
  const at = ctx.tokens[to - 1]?.end ?? 0;
  const apostrophe = ctx.text[at];
  return (
    s?.text === 's' &&
    s.start === at + 1 &&
    (apostrophe === "'" || apostrophe === '’') &&
    ctx.text[s.end] === ' '
  );
}

/**
 * Capitalized nouns that end an organization's, a service's or a product's name: "Wells Fargo Bank" is no
 * Fargo ransomware, "AT&T Alien Labs" no Alien, "Feodo Tracker" no Dridex, "Genesis Market" no Genesis,
 * "Proton VPN" no Proton, "Jupyter Notebooks" no SolarMarker, "Joker's Stash" no Joker.
 */
const ORGANIZATION_HEADS: ReadonlySet<string> = new Set(
  `bank university foundation airlines airways hospital labs lab tracker market marketplace store forum
shop stash console notebook notebooks vpn`.split(/\s+/u),
);

/**
 * "the attack on Jaguar Land Rover", "a breach at Sunrise Harbor Freight": a one-word family's name that ends a
 * run of capitalized words an attack's preposition opens is the last word of its victim's name (not in a
 * title-case heading, where every word is capitalized: "Energoatom Delivers Havoc Demon Backdoor").
 */
export function endsAVictimsName(ctx: TextContext, from: number, to: number): boolean {
  if (to - from !== 1 || ctx.titleCase(from)) return false;
  // "… Delivers Netwire RAT": a kind word after the name makes it the family.
  if (cueKind(wordAfter(ctx, to, to)) !== undefined) return false;
  let start = from;
  while (start > from - VICTIM_NAME_WORDS) {
    const word = ctx.tokens[start - 1];
    if (!word || !ctx.spaceBefore(start) || !isCapitalized(word.text)) break;
    if (ctx.sentenceOf[start - 1] !== ctx.sentenceOf[from]) break;
    start--;
  }
  if (start === from) return false;
  return (
    VICTIM_PREPOSITIONS.has(wordAfter(ctx, to, start - 1)) &&
    ATTACK_NOUNS.has(wordAfter(ctx, to, start - 2))
  );
}
/** Capitalized words of a victim's name before its last. */
const VICTIM_NAME_WORDS = 3;
const VICTIM_PREPOSITIONS = new Set(['on', 'against', 'at', 'of']);
const ATTACK_NOUNS = new Set(
  'attack attacks cyberattack cyberattacks breach hack intrusion compromise'.split(' '),
);

/** Heads of places a city's possessive opens: "Milan's Malpensa airport" is no Milan backdoor. */
const PLACE_HEADS: ReadonlySet<string> = new Set(
  'airport port harbour harbor station stadium cathedral district'.split(' '),
);
/** Capitalized words of the place's own name before its head. */
const PLACE_NAME_WORDS = 2;

/**
 * Words before a product a vulnerability is in, its vendor's name too: "CVE-2024-1709 in ConnectWise ", "a
 * flaw in the ", "unpatched ".
 */
const FLAWED_BEFORE =
  /(?:\b(?:CVE-\d{4}-\d{4,7}|vulnerability|vulnerabilities|flaws?|bugs?|zero-days?) in (?:the )?(?:\p{Lu}[\p{L}\p{N}]* )?|\b(?:vulnerable|unpatched) )$/iu;
/** Characters before a name that those words may take. */
const FLAWED_REACH = 40;

/**
 * "CVE-2024-1709 in ConnectWise ScreenConnect", "a flaw in the AnyDesk client", "unpatched TeamViewer
 * installations": the remote-access product an intrusion exploits, not the tool an actor uses.
 */
export function namesAFlawedProduct(ctx: TextContext, from: number): boolean {
  // Asked of every tool's name: only one after "in", "the", "vulnerable" or "unpatched" (a vendor's name
  // between) may be a flawed product's.
  const before = ctx.tokens[from - 1]?.norm;
  const twoBefore = ctx.tokens[from - 2]?.norm;
  if (!FLAWED_LAST_WORDS.has(before ?? '') && !FLAWED_LAST_WORDS.has(twoBefore ?? '')) return false;
  return flawedProductAt(ctx.text, ctx.tokens[from]!.start);
}
const FLAWED_LAST_WORDS: ReadonlySet<string> = new Set(['in', 'the', 'vulnerable', 'unpatched']);

/** Whether a product's name at character `start` is the one a vulnerability is in. */
export const flawedProductAt = (text: string, start: number): boolean =>
  FLAWED_BEFORE.test(text.slice(Math.max(0, start - FLAWED_REACH), start));
