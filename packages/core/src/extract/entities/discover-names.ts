/**
 * New malware and group names the knowledge does not hold, found by the word that follows them ("the
 * Foo ransomware", "a new Bar backdoor", "the Baz group"), by a naming phrase before them ("a RAT dubbed
 * Foo") or by their shape beside a cue word. The name must look like a proper name (name-words.ts); names a
 * sentence defines or introduces are in context-names.ts.
 */
import { LEGAL_FORMS } from './legal-forms.ts';
import { cueKind, GROUP_HEADS, isExploitKit, isWebShell, MALWARE_HEADS } from './cue-words.ts';
import {
  discoverDefined,
  listItemAfter,
  listItemBefore,
  namedAfterGroupWords,
} from './context-names.ts';
import { selfNamedGroup, wornPersona } from './self-named.ts';
import { AUTHORS, usedForPurpose } from './tools-used.ts';
import {
  aliasListedOf,
  announcedKind,
  namedAsPersona,
  namedAsThing,
  type FoundKind,
} from './named-as.ts';
import {
  ACRONYM_MAX,
  ALL_CAPS,
  capitalizedRunEnd,
  CAMEL_MALWARE_END,
  IDENTIFIER,
  INNER_CAPITALS,
  inLongerName,
  looksLikeName,
  MALWARE_END,
  nameLike,
  shapeAt,
  type DiscoveredName,
} from './name-words.ts';
import { quotedNameEnd } from './quoted-names.ts';
import { REMOTE_ACCESS_PRODUCTS, oneWordProductEnd, productNamedAt } from './dual-use-products.ts';
import { speaksInText } from './speakers.ts';
import { standsAloneAsName } from './standalone-pairs.ts';
import type { TextContext } from './text-context.ts';
import { isAcronymPlural, isCapitalized, joined, QUOTE_CODES } from './tokens.ts';
import { isCommonWord } from './common-words.ts';

/** The kind of new name a head word after it makes ("Foo ransomware", "the Bar group"), if any. */
const headType = (norm: string): DiscoveredName['type'] | undefined =>
  MALWARE_HEADS.has(norm) || PLURAL_MALWARE_HEADS.has(norm)
    ? 'malware'
    : GROUP_HEADS.has(norm)
      ? 'intrusion-set'
      : undefined;

/**
 * Plural kind words, heads only of a list of names ("the LOADGRIP and BIASBOOST loaders"): after one name
 * they more often name a kind of something ("Windows loaders").
 */
export const PLURAL_MALWARE_HEADS: ReadonlySet<string> = new Set(
  'backdoors trojans loaders droppers downloaders implants stealers wipers'.split(' '),
);

/**
 * "the Terror exploit kit", "the LEMURLOOT web shell": two head words, the first of which is no kind on its
 * own ("exploit code", "web server").
 */
const EXPLOIT = 'exploit';
const WEB = 'web';

/** Whether a word may head a new name: a kind word, or the first word of a two-word kind. */
export const mayBeHead = (norm: string): boolean =>
  norm === EXPLOIT ||
  norm === WEB ||
  norm === THREAT ||
  headType(norm) !== undefined ||
  TOOL_HEADS.has(norm);

/**
 * Words after a coined name that make it a tool: "the legitimate TruffleHog secret scanner", "the AdFind
 * utility". Only after a coined spelling: "the Windows tool" or "the Cloud scanner" names a product's part.
 */
const TOOL_HEADS: ReadonlySet<string> = new Set(['tool', 'utility', 'scanner']);

/**
 * "downloads the legitimate TruffleHog secret scanner": a name spelled with inner capitals after an article,
 * at most two lower-case words describing it before a tool word.
 */
export function coinedToolBefore(
  ctx: TextContext,
  head: number,
  isTaken: (i: number) => boolean,
): DiscoveredName | undefined {
  if (!TOOL_HEADS.has(ctx.tokens[head]?.norm ?? '')) return undefined;
  // "the LiteManager remote administration tool": up to two lower-case words describing it.
  let name = head - 1;
  while (
    name > head - 1 - TOOL_DESCRIBING &&
    ctx.tokens[name]?.text === ctx.tokens[name]?.norm &&
    ctx.spaceBefore(name) &&
    !DETERMINERS.has(ctx.tokens[name]!.norm)
  )
    name--;
  const token = ctx.tokens[name];
  if (!token || isTaken(name) || ctx.sentenceOf[name] !== ctx.sentenceOf[head]) return undefined;
  const shape = shapeAt(ctx, name);
  if (!(shape & INNER_CAPITALS) || shape & IDENTIFIER || !nameLike(ctx, name)) return undefined;
  // "a DoS tool": a short coined spelling is an abbreviation.
  if (token.text.length < SHORTEST_TOOL) return undefined;
  const before = ctx.tokens[name - 1]?.norm ?? '';
  if (!DETERMINERS.has(before) && before !== 'legitimate') return undefined;
  return authorsNear(ctx, head) ? undefined : { from: name, to: name + 1, type: 'tool' };
}
const SHORTEST_TOOL = 4;
const TOOL_DESCRIBING = 2;

/**
 * "several TINYSHELL-based backdoors": a coined name in capitals the malware is built on is a family itself.
 * Languages and formats written so ("HTA-based", "JSON-based") are short or plain words.
 */
export function basedOnBefore(
  ctx: TextContext,
  head: number,
  isTaken: (i: number) => boolean,
): DiscoveredName | undefined {
  const based = ctx.tokens[head - 1];
  const name = ctx.tokens[head - 2];
  if (based?.norm !== 'based' || !name || isTaken(head - 2)) return undefined;
  if (kindAt(ctx, head) !== 'malware') return undefined;
  const { text } = ctx;
  if (
    text.slice(name.end, based.start) !== '-' ||
    text.slice(based.end, ctx.tokens[head]!.start) !== ' '
  )
    return undefined;
  if (!(shapeAt(ctx, head - 2) & ALL_CAPS) || name.text.length < SHORTEST_BASE) return undefined;
  if (isCommonWord(name.norm)) return undefined;
  return { from: head - 2, to: head - 1, type: 'malware' };
}
/** Fewer capitals are a language's or a format's: "HTA-based", "JSON-based". */
const SHORTEST_BASE = 6;

/**
 * "Using the LECmd tool, we extracted the SID": the authors' own tool. Looked for a few words either side of
 * the tool word, in its sentence.
 */
function authorsNear(ctx: TextContext, head: number): boolean {
  const sentence = ctx.sentenceOf[head];
  for (let k = head - AUTHORS_REACH; k <= head + AUTHORS_REACH; k++) {
    if (ctx.sentenceOf[k] === sentence && AUTHORS.has(ctx.tokens[k]?.norm ?? '')) return true;
  }
  return false;
}
const AUTHORS_REACH = 8;

/** "the Ghostwriter threat group": "threat" before a group word heads the name as that word would. */
const THREAT = 'threat';
const THREAT_HEADS: ReadonlySet<string> = new Set(['actor', 'group']);

/**
 * The kind of new name the head word at token `head` makes, reading "exploit kit" and "threat actor" (or
 * "threat group") as one head.
 */
const kindAt = (ctx: TextContext, head: number): DiscoveredName['type'] | undefined => {
  const norm = ctx.tokens[head]?.norm ?? '';
  if (norm !== EXPLOIT && norm !== WEB && norm !== THREAT) return headType(norm);
  const next = ctx.tokens[head + 1];
  const spaced = next && ctx.text.slice(ctx.tokens[head]!.end, next.start) === ' ';
  if (!spaced) return undefined;
  if (norm === THREAT) return THREAT_HEADS.has(next.norm) ? 'intrusion-set' : undefined;
  return isExploitKit(norm, next.norm) || isWebShell(norm, next.norm) ? 'malware' : undefined;
};

/** A name ending at token i-1 (one or two tokens) followed by a head word at token i. */
export function discoverBefore(
  ctx: TextContext,
  head: number,
  isTaken: (i: number) => boolean,
): DiscoveredName | undefined {
  const headToken = ctx.tokens[head];
  const last = head - 1;
  const lastToken = ctx.tokens[last];
  if (!headToken || !lastToken || isTaken(last)) return undefined;
  const gap = ctx.text.slice(lastToken.end, headToken.start);
  if (gap !== ' ') return CLOSING_QUOTE.test(gap) ? quotedBefore(ctx, head, isTaken) : undefined;
  const type = kindAt(ctx, head);
  // "Android Banker malware": a kind word before the head is part of the kind, never a name.
  if (!type || cueKind(lastToken.norm)) return undefined;
  // "Dagon Locker ransomware": "Locker" names nothing alone, but ends a family's name.
  if (lockerBefore(ctx, last) && inLongerName(ctx, last)) {
    return pairNameBefore(ctx, last, type, isTaken);
  }
  if (!looksLikeName(ctx, last)) return undefined;
  // "Google's Threat Analysis Group", "the Threat Intelligence Group": a vendor's team.
  if (ctx.tokens[last - 1]?.text === 'Threat' && ctx.spaceBefore(last)) return undefined;
  // "Asahi Group Holdings", "Toll Group Ltd": a company's name goes on past the head with its legal form.
  const after = ctx.tokens[head + 1]?.norm ?? '';
  if (LEGAL_FORMS.has(after) || after === 'holdings') return undefined;
  // "the Juniper Malware Removal Tool", "Kaspersky malware analysts": the head word qualifies the next noun,
  // which the name before it owns.
  if (QUALIFIED_BY_HEAD.has(after)) return undefined;
  // "Ave Maria malware", "Active Directory group", "Advanced Persistent Group": the word is the end of a
  // longer capitalized name, and that name alone is no proof ("Updated FlawedGrace RAT" is a heading),
  // unless the text uses the two words alone as a name too ("Ransom Cartel ransomware").
  if (inLongerName(ctx, last)) return pairNameBefore(ctx, last, type, isTaken);
  // "UEFI malware", "USB worm", "MBR wiper", "NCC Group": a short acronym before a head word names the
  // technology or a company far more often than a new family (train/dev: never a new family or group).
  // Exploit kits are the exception: "RIG EK", "RIG exploit kit" name the kit.
  const shortAcronym = shapeAt(ctx, last) & ALL_CAPS && lastToken.text.length <= ACRONYM_MAX;
  const kitHead = headToken.norm === 'ek' || headToken.norm === EXPLOIT;
  if (shortAcronym && !kitHead) return undefined;
  // "the sendReport malware function": a method name, not a family.
  if (shapeAt(ctx, last) & IDENTIFIER) return undefined;
  // "Agent Tesla"-style two-word names: take a preceding capitalized, joined non-common word too.
  const prev = ctx.tokens[last - 1];
  if (
    prev &&
    !isTaken(last - 1) &&
    joined(ctx.text, prev, lastToken) &&
    ctx.text[prev.end] !== ' ' &&
    looksLikeName(ctx, last - 1)
  ) {
    return { from: last - 1, to: head, type };
  }
  return { from: last, to: head, type };
}

/** Nouns a malware word qualifies ("malware removal", "ransomware protection"): what owns them is no family. */
const QUALIFIED_BY_HEAD: ReadonlySet<string> = new Set([
  'removal',
  'remover',
  'protection',
  'detection',
  'scanner',
  'cleaner',
  'remediation',
  'prevention',
  'analysts',
  'researchers',
  'experts',
  'hunters',
]);

const CLOSING_QUOTE = /^["”’] $/u;
/** Longest quoted name before a head word, in tokens: "Shai-Hulud" is two. */
const QUOTED_TOKENS = 3;

/**
 * "Self-replicating "Shai-Hulud" worm", "the “Funnel Cake” backdoor": a name the text quotes right before a
 * head word, of a few capitalized words or parts joined by hyphens.
 */
function quotedBefore(
  ctx: TextContext,
  head: number,
  isTaken: (i: number) => boolean,
): DiscoveredName | undefined {
  const type = kindAt(ctx, head);
  if (type !== 'malware') return undefined;
  for (let from = head - 1; from >= Math.max(0, head - QUOTED_TOKENS); from--) {
    const token = ctx.tokens[from]!;
    if (isTaken(from) || !isCapitalized(token.text) || cueKind(token.norm)) return undefined;
    if (QUOTE_CODES.has(ctx.text.charCodeAt(token.start - 1))) return { from, to: head, type };
    const gap = ctx.text.slice(ctx.tokens[from - 1]?.end ?? 0, token.start);
    if (gap !== ' ' && gap !== '-') return undefined;
  }
  return undefined;
}

/** Words that end a coined name's description and open a clause or a phrase of their own. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  'of the a an that which will to in and for with is are was were uses use its'.split(' '),
);

/** Lower-case words describing a family between its name and its kind: "passive", "in-memory only". */
const DESCRIBING = /^ (?:\p{Ll}+(?:-\p{Ll}+)* ){1,3}$/u;
/** Tokens such words may take, their hyphens with them. */
const DESCRIBING_TOKENS = 8;
const HAS_CAPITAL = /\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;
/** Words a described family's name comes right after. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'their']);

/**
 * "the BRUSHFIRE passive backdoor", "the TRAILBLAZE in-memory only dropper": a name in capitals, as vendors
 * write families (or coined with inner capitals, "the NodeSnake remote access trojan"), a few lower-case words
 * describing it before its kind; a short acronym is a technology's
 * ("the VPN passive backdoor"), and a kind word among them ends the description ("the ZORVEX malware loader"
 * is discoverBefore's "ZORVEX malware").
 */
export function describedCapitalsBefore(
  ctx: TextContext,
  head: number,
  isTaken: (i: number) => boolean,
): DiscoveredName | undefined {
  if (kindAt(ctx, head) !== 'malware' || PLURAL_MALWARE_HEADS.has(ctx.tokens[head]!.norm)) {
    return undefined;
  }
  let name = head - 1;
  while (
    name > head - 1 - DESCRIBING_TOKENS &&
    name > 0 &&
    !HAS_CAPITAL.test(ctx.tokens[name]!.text)
  )
    name--;
  const token = ctx.tokens[name];
  if (!token || name === head - 1 || isTaken(name)) return undefined;
  // "the NodeSnake remote access trojan": a coined spelling with inner capitals is a name as capitals are.
  const shape = shapeAt(ctx, name);
  const coined =
    (shape & INNER_CAPITALS) !== 0 &&
    (shape & IDENTIFIER) === 0 &&
    isCapitalized(token.text) &&
    !isAcronymPlural(token.text) &&
    // "the SodomNormal resource in the loader", "the ESXi version of the ransomware": only describing words.
    ctx.tokens.slice(name + 1, head).every((t) => !CLAUSE_WORDS.has(t.norm));
  if (!coined && (token.text.length <= ACRONYM_MAX || !ALL_CAPITALS.test(token.text))) {
    return undefined;
  }
  if (!DETERMINERS.has(ctx.tokens[name - 1]?.norm ?? '') || !ctx.spaceBefore(name))
    return undefined;
  const between = ctx.tokens.slice(name + 1, head);
  if (between.some((t) => cueKind(t.norm))) return undefined;
  return DESCRIBING.test(ctx.text.slice(token.end, ctx.tokens[head]!.start))
    ? { from: name, to: name + 1, type: 'malware' }
    : undefined;
}

/**
 * "Ransom Cartel ransomware": two plain capitalized words before a malware head word name a family when
 * the text also writes them alone, as a name, elsewhere (standalone-pairs.ts). A group head proves less
 * ("Active Directory group", "Domain Users group" stand alone as names of other things).
 */
function pairNameBefore(
  ctx: TextContext,
  last: number,
  type: DiscoveredName['type'],
  isTaken: (i: number) => boolean,
): DiscoveredName | undefined {
  const first = last - 1;
  const before = ctx.tokens[first - 1];
  // The first word alone may be a plain one the text writes in lower case ("ransom notes"), or a common
  // capitalized one ("Black Basta": the second word, which looks like a name, makes the pair one).
  const word = ctx.tokens[first]!;
  if (type !== 'malware' || isTaken(first) || !isCapitalized(word.text) || cueKind(word.norm)) {
    return undefined;
  }
  if (before && ctx.sentenceOf[first - 1] === ctx.sentenceOf[first] && isCapitalized(before.text)) {
    return undefined;
  }
  return standsAloneAsName(ctx, first) || lockerBefore(ctx, last)
    ? { from: first, to: last + 1, type }
    : undefined;
}

/**
 * "Dagon Locker ransomware", "Lorenz Locker ransomware": "Locker" right before "ransomware" ends a family's
 * name, whose first word is no English word of a title ("the Windows Locker ransomware" stays unread).
 */
const lockerBefore = (ctx: TextContext, last: number): boolean =>
  ctx.tokens[last]!.norm === 'locker' &&
  ctx.tokens[last + 1]?.norm === 'ransomware' &&
  !isCommonWord(ctx.tokens[last - 1]!.norm);

/** How close a cue must stand to a coined word to say what it names: right beside it. */
const CUE_BESIDE = 1;

/** Group cues that name an activity: right after a name they make it the victim ("the RedBanc intrusion"). */
const ACTIVITY_CUES = new Set(['intrusion', 'espionage']);

const activityAfter = (ctx: TextContext, i: number): boolean =>
  ACTIVITY_CUES.has(ctx.tokens[i + 1]?.norm ?? '');

/**
 * A new name recognized by its shape: a malware-like ending, or a coined spelling next to a cue word that
 * says what it is ("the AZORult stealer ...", "REvil operators").
 */
export function discoverByShape(
  ctx: TextContext,
  i: number,
  foundKind?: FoundKind,
): DiscoveredName | undefined {
  const worn = wornPersona(ctx, i);
  if (worn) return worn;
  if (namedAsPersona(ctx, i)) return undefined;
  const announced = discoverAnnounced(ctx, i, foundKind);
  if (announced) return announced;
  const defined = discoverDefined(ctx, i);
  if (defined) return defined;
  const introduced = namedAfterGroupWords(ctx, i) ?? selfNamedGroup(ctx, i);
  if (introduced) return introduced;
  const t = ctx.tokens[i];
  if (!t || t.text.length < 5) return undefined;
  // The word's shape first: most capitalized words have none of these, and it is cached per word.
  const shape = shapeAt(ctx, i);
  if ((shape & (CAMEL_MALWARE_END | MALWARE_END | INNER_CAPITALS)) === 0) return undefined;
  if (!looksLikeName(ctx, i) || speaksInText(ctx, i) || namedAsThing(ctx, i)) return undefined;
  if (holdsUserData(ctx, i)) return undefined;
  // "CryptEncrypt", "WinCrypt": an API or a library made of programming words, whatever it ends in.
  if (shape & IDENTIFIER) return undefined;
  if (shape & CAMEL_MALWARE_END) return { from: i, to: i + 1, type: 'malware' };
  if (shape & MALWARE_END && !(shape & ALL_CAPS) && t.text.length >= 6) {
    return { from: i, to: i + 1, type: 'malware' };
  }
  if (!(shape & INNER_CAPITALS) || shape & ALL_CAPS) return undefined;
  if (ctx.tokens[i - 1]?.norm === 'operation') return undefined; // a campaign's name
  if (inLongerName(ctx, i)) return undefined;
  // Reports name APIs, tools, techniques and vendors in camel case near "the malware" or "the actors"
  // ("the malware calls VirtualAlloc", "the actors then ran PowerView"); a new family's or group's name
  // stands right beside its cue ("the HydroKitty group", "a new CUEMiner sample").
  const cues = ctx.cuesNear(i, i + 1, CUE_BESIDE);
  if (cues.has('malware')) return { from: i, to: i + 1, type: 'malware' };
  if (cues.has('group') && !activityAfter(ctx, i)) {
    return { from: i, to: i + 1, type: 'intrusion-set' };
  }
  return undefined;
}

/** What a stealer takes from the applications it names ("JDownloader credentials", "FileZilla passwords"). */
const USER_DATA = new Set(
  'credentials credential passwords password cookies logins tokens sessions'.split(' '),
);

/** "steals … DynDNS credentials, JDownloader credentials": the word before the user's data is their application. */
const holdsUserData = (ctx: TextContext, i: number): boolean => {
  const next = ctx.tokens[i + 1];
  const self = ctx.tokens[i]!;
  return (
    next !== undefined &&
    next.start === self.end + 1 &&
    ctx.sentenceOf[i + 1] === ctx.sentenceOf[i] &&
    USER_DATA.has(next.norm)
  );
};

const OPENING_QUOTES = new Set([...'"“‘\'']);
const CLOSING_QUOTES = new Set([...'"”’\'']);

/** A closing quote at `at`, or after one stop inside the quotes (“Paranoid PlugX.”). */
function closesQuote(text: string, at: number): boolean {
  const c = text.charAt(at);
  return CLOSING_QUOTES.has(c) || ('.,;:!?'.includes(c) && CLOSING_QUOTES.has(text.charAt(at + 1)));
}

/** Most items walked back to a list's opening: a longer run is not one list. */
const LIST_REACH = 12;

/**
 * "remote access software such as AnyDesk, Atera and Splashtop", "RMM software including Atera": the list
 * holding token i is opened by the word software, which says what a remote-access product in it is.
 */
function listedAsSoftware(ctx: TextContext, i: number): boolean {
  let first = i;
  for (let n = 0; n < LIST_REACH; n++) {
    const before = listItemBefore(ctx, first);
    if (before === undefined) break;
    first = itemStart(ctx, before);
  }
  const sentence = ctx.sentenceOf[first];
  const word = (back: number): string =>
    ctx.sentenceOf[first - back] === sentence ? (ctx.tokens[first - back]?.norm ?? '') : '';
  if (word(1) === 'as' && word(2) === 'such') return word(3) === 'software';
  return (word(1) === 'including' || word(1) === 'like') && word(2) === 'software';
}

/** Most words of a product's name in a list: "PDQ Inventory", "SoftPerfect Network Scanner". */
const ITEM_WORDS = 3;

/**
 * The first token of the list item ending at token `last`: the name-like words before it, joined by a space or
 * hyphen ("PDQ Inventory", "N-able", "eHorus").
 */
function itemStart(ctx: TextContext, last: number): number {
  let first = last;
  while (first > last - ITEM_WORDS + 1 && first > 0) {
    const gap = ctx.text.slice(ctx.tokens[first - 1]!.end, ctx.tokens[first]!.start);
    if ((gap !== ' ' && gap !== '-') || !HAS_CAPITAL.test(ctx.tokens[first - 1]!.text)) break;
    first--;
  }
  return first;
}

/**
 * "tools such as AnyDesk", "used AnyDesk and ScreenConnect": the one-word product at token i, announced as a
 * tool or listed beside a tool the text names; or a product named in several words ("Advanced IP Scanner").
 */
export function announcedDualUseTool(
  ctx: TextContext,
  i: number,
  foundKind: FoundKind | undefined,
): DiscoveredName | undefined {
  const end = productNamedAt(ctx, i);
  if (end !== undefined) return { from: i, to: end, type: 'tool' };
  if (!REMOTE_ACCESS_PRODUCTS.has(ctx.tokens[i]!.norm)) return undefined;
  const besideTool = (k: number | undefined): boolean =>
    k !== undefined && foundKind !== undefined && foundKind(k) === 'tool';
  return announcedKind(ctx, i, foundKind) === 'tool' ||
    listedAsSoftware(ctx, i) ||
    usedForPurpose(ctx, i, foundKind, true) ||
    besideTool(listItemBefore(ctx, i)) ||
    besideTool(listItemAfter(ctx, i))
    ? { from: i, to: oneWordProductEnd(ctx, i), type: 'tool' }
    : undefined;
}

/** Most words of a name in capitals that a naming phrase announces: "a shellcode loader called LINE VIPER". */
const CAPITALS_NAME_WORDS = 3;
const CAPITAL_LETTERS = /^\p{Lu}{2,}$/u;

/**
 * "a shellcode loader called LINE VIPER", "a backdoor dubbed SHADOW MOTH": plain words a naming phrase
 * announces, two or three of them written in capitals in a text that does not shout, are a coined name
 * (vendors write their families' names so).
 */
export function announcedCapitalsName(
  ctx: TextContext,
  i: number,
  foundKind: FoundKind | undefined,
): DiscoveredName | undefined {
  const first = ctx.tokens[i]!;
  // A lower-case ASCII word is its own normal form, the same string: most words leave at this comparison.
  if (first.text === first.norm || first.text.length < 3 || !CAPITAL_LETTERS.test(first.text)) {
    return undefined;
  }
  if (ctx.shouting(i)) {
    return undefined;
  }
  let to = i + 1;
  while (to < i + CAPITALS_NAME_WORDS) {
    const next = ctx.tokens[to];
    if (!next || ctx.text.slice(ctx.tokens[to - 1]!.end, next.start) !== ' ') break;
    if (!CAPITAL_LETTERS.test(next.text) || cueKind(next.norm) !== undefined) break;
    to++;
  }
  // One word in capitals is as often an acronym ("tools such as PowerShell and WMI").
  if (to - i < 2 || cueKind(first.norm) !== undefined) return undefined;
  const type = announcedKind(ctx, i, foundKind);
  return type ? { from: i, to, type } : undefined;
}

/**
 * "tools such as PsExec and Remote Desktop Protocol": a word followed by capitalized ordinary words opens a
 * protocol's or a product's name written in plain words; the word alone names nothing.
 */
function goesOnInPlainWords(ctx: TextContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  return (
    next !== undefined &&
    ctx.text.slice(ctx.tokens[i]!.end, next.start) === ' ' &&
    isCapitalized(next.text) &&
    isCommonWord(next.norm) &&
    cueKind(next.norm) === undefined
  );
}

/** A name a naming phrase announces ("a group named “ReconHellcat”", "a RAT dubbed PurpleWave"). */
function discoverAnnounced(
  ctx: TextContext,
  i: number,
  foundKind: FoundKind | undefined,
): DiscoveredName | undefined {
  const type = announcedKind(ctx, i, foundKind);
  // "an attack called “Operation Transparent Tribe”" names a campaign, not a new group.
  if (!type || !nameLike(ctx, i) || ctx.tokens[i]?.norm === 'operation') return undefined;
  // "malware including RATs and keyloggers": a kind word listed is a kind, no name.
  if (cueKind(ctx.tokens[i]!.norm) !== undefined) return undefined;
  if (shapeAt(ctx, i) & IDENTIFIER) return undefined; // "a function named BfeOnServiceStartTypeChange"
  // Inside quotes the name runs to the closing quote, plain words and all ("“Royal Road”").
  const quoted = OPENING_QUOTES.has(ctx.text.charAt((ctx.tokens[i]?.start ?? 0) - 1));
  const run = capitalizedRunEnd(ctx, i, quoted);
  // "tools like Scanbox and Royal Road": a name the text quotes elsewhere runs over its plain words.
  const to = quoted ? run : (quotedNameEnd(ctx, i, run) ?? run);
  if (quoted && !closesQuote(ctx.text, ctx.tokens[to - 1]?.end ?? 0)) return undefined;
  if (to === i + 1 && goesOnInPlainWords(ctx, i)) return undefined;
  const aliasOf = aliasListedOf(ctx, i, foundKind);
  return aliasOf === undefined ? { from: i, to, type } : { from: i, to, type, aliasOf };
}
