/**
 * Decides whether a dictionary hit on a knowledge alias is really that actor, malware or tool, and which
 * one when the alias names several. Distinctive names count when their case fits; ordinary words
 * ("Silence", "Page", "Cobalt") need capitals mid-sentence plus a cue word nearby (issue 3 §3).
 */
import type { KnowledgeType } from '../../knowledge/entry.ts';
import { monthOf } from '../dates/extract-dates.ts';
import { apposedAsCompany, apposedCompanyWords } from './apposed-company.ts';
import { inByline, thankedPerson, titledPerson } from './bylines.ts';
import {
  endsAVictimsName,
  formerCompanyName,
  namesACompany,
  namesAFeature,
  namesAFlawedProduct,
} from './capital-products.ts';
import { listItemBefore } from './context-names.ts';
import { englishWordEndingName } from './english-word-ending-name.ts';
import { cueKind, MALWARE_HEADS, type CueKind } from './cue-words.ts';
import { campaignNames, definedKind } from './defined-names.ts';
import { GROUP_TYPES, type AliasValue } from './knowledge-index.ts';
import { caseMatches } from './lexicon.ts';
import { isCommonWord } from './common-words.ts';
import { isEnglishWord } from './english-words.ts';
import { writtenLowercaseElsewhere } from './lowercase-words.ts';
import {
  announcedKind,
  namedAsVenue,
  namedAsVulnerability,
  type FoundKind,
  type NamedKind,
} from './named-as.ts';
import { innerCapitals } from './name-words.ts';
import { perText } from './per-text.ts';
import { quotedNameEnd } from './quoted-names.ts';
import { insideSelfGivenName, selfNamed } from './self-named.ts';
import type { TextContext } from './text-context.ts';
import { amongFileExtensions, insideFileName } from './written-inside.ts';
import { hasUpper, isCapitalized, isAllCaps, type Token } from './tokens.ts';
import { DAYS_AND_MONTHS } from './calendar-words.ts';

const CUE_TYPES: Readonly<Record<CueKind, readonly KnowledgeType[]>> = {
  group: ['intrusion-set', 'threat-actor'],
  malware: ['malware', 'tool'],
  tool: ['tool', 'malware'],
};

const CODE_TYPES: ReadonlySet<KnowledgeType> = new Set(['malware', 'tool']);
const TYPE_ORDER: readonly KnowledgeType[] = ['intrusion-set', 'malware', 'tool', 'threat-actor'];

export interface AliasDecision {
  readonly value: AliasValue;
  /** Other clusters of the same type that the alias also names (a reported conflict). */
  readonly candidates: readonly AliasValue[];
  readonly recognition: number;
  readonly via: string;
}

/**
 * "Lapsus$": a name one source writes in capitals (ATT&CK's group "LAPSUS$") and another in mixed case for
 * another kind of thing (MISP's malware "Lapsus$") is no coined capitals; for the same kind ("Medusa"
 * ransomware, the "MEDUSA" rootkit) the mixed-case one is what a mixed-case mention names. Asked only of a
 * value whose capitals the mention does not keep.
 */
function writtenMixed(values: readonly AliasValue[], v: AliasValue): boolean {
  return (
    values.some((m) => !m.capitalsOnly) &&
    !values.some((m) => !m.capitalsOnly && m.entry.type === v.entry.type)
  );
}

export function recognizeAlias(
  ctx: TextContext,
  from: number,
  to: number,
  values: readonly AliasValue[],
  foundKind?: FoundKind,
): AliasDecision | undefined {
  const tokens = ctx.tokens.slice(from, to);
  // "its “Watchdog” feature": a group's name before a feature noun names the feature, never the group.
  const feature = namesAFeature(ctx, to);
  // "StellarParticle is a campaign tracked by CrowdStrike": there the word names the activity, not its actor.
  const activity = to - from === 1 && campaignNames(ctx).has(tokens[0]?.norm ?? '');
  // "a forum known as RAMP": in that report the word is the forum, not the family a source calls so.
  const venue = to - from === 1 && namedAsVenue(ctx, from);
  // "Platinum is a threat group": a sentence defining the word as a group keeps ATT&CK's "PLATINUM".
  // Asked lazily, once: no named closure here (docs/ARCHITECTURE.md, "No build step").
  let definedGroup: boolean | undefined;
  let fitting = values.filter(
    (v) =>
      (caseMatches(v.written, tokens) || commandCase(v, tokens)) &&
      (capitalsKept(v, tokens) ||
        writtenMixed(values, v) ||
        (GROUP_TYPES.has(v.entry.type) &&
          (definedGroup ??= definedKind(ctx, to - 1) === 'intrusion-set'))) &&
      !((feature || activity) && GROUP_TYPES.has(v.entry.type)) &&
      !(venue && CODE_TYPES.has(v.entry.type)),
  );
  if (
    fitting.length === 0 ||
    (fitting.every((v) => !caseMatches(v.written, tokens)) && !commandWritten(ctx, to)) ||
    insideFileName(ctx, from, to) ||
    amongFileExtensions(ctx, from, to) ||
    inByline(ctx, from) ||
    thankedPerson(ctx, from, to) ||
    titledPerson(ctx, from, to) ||
    namesACompany(ctx, to) ||
    formerCompanyName(ctx, from) ||
    apposedAsCompany(ctx, to) ||
    (to - from === 1 && apposedCompanyWords(ctx).has(tokens[0]!.norm)) ||
    (fitting.every((v) => CODE_TYPES.has(v.entry.type)) && endsAVictimsName(ctx, from, to)) ||
    (fitting.every((v) => CODE_TYPES.has(v.entry.type)) &&
      (namesAFlawedProduct(ctx, from) || selfNamed(ctx, from))) ||
    insideSelfGivenName(ctx, from, to)
  ) {
    return undefined;
  }
  // "APT_2" (an image's file name) is an identifier unless the name itself is written so ("FK_Undead").
  if (ctx.mention(from, to).text.includes('_') && !fitting.some((v) => v.alias.includes('_'))) {
    return undefined;
  }
  // "a shellcode loader named LINE VIPER": the name a phrase announces starts before the known one.
  if (namedNameGoesOnInto(ctx, from)) return undefined;
  // "Fancy Lazarus" is another actor than the Lazarus Group: a short form inside a longer name is none.
  if (fitting.every((v) => v.shortForm) && inCapitalizedPhrase(ctx, from, to, true))
    return undefined;
  // "the Royal Mail", "the Royal Navy": an English word that names a family also opens institutions' names.
  if (englishWordOpeningName(ctx, from, to) || englishWordEndingName(ctx, from, to))
    return undefined;
  // "tools like Scanbox and Royal Road", in a text that quotes “Royal Road”: the longer name's first word.
  if (quotedNameEnd(ctx, from, to) !== undefined) return undefined;
  // "an interesting beast", "to redact client information": a name its sources write only in lower case
  // is the word when the report writes it so too, unless a kind word stands beside it ("beast ransomware").
  // So is a capital that only opens a heading or a sentence when the text writes the word in lower case
  // elsewhere ("Phantom domain" over "sets up phantom domain names"); "XMRig" opening a sentence is a name.
  const capitalByLayout =
    to - from === 1 && ctx.sentenceStart(from) && writtenLowercaseElsewhere(ctx, from);
  if (
    fitting.every((v) => v.lowercaseWord) &&
    (!tokens.some((t) => hasUpper(t.text)) || capitalByLayout) &&
    ctx.cuesNear(from, to, 1).size === 0
  ) {
    return undefined;
  }
  // "a custom web shell, Zorvex Shell", "the Carbanak Backdoor": a group's name opening a capitalized software
  // name is that software's, the family of the name if a source knows one.
  if (fitting.some((v) => GROUP_TYPES.has(v.entry.type)) && opensSoftwareName(ctx, to)) {
    fitting = fitting.filter((v) => !GROUP_TYPES.has(v.entry.type));
    if (fitting.length === 0) return undefined;
  }
  // "Cuba ransomware" is the family, "Cuba" alone the country.
  if (fitting.every((v) => v.countryName) && !kindWordAfter(ctx, to)) return undefined;
  const cues = ctx.cuesNear(from, to);
  const plainWords = fitting.every((v) => v.plainWords);
  if (plainWords && cues.size === 0 && !announcedKind(ctx, from, foundKind)) return undefined;
  const ordinary = fitting.every((v) => v.ordinary);
  // "vulnerabilities dubbed Meltdown and Spectre": in that report the word is the vulnerability.
  if (ordinary && to - from === 1 && namedAsVulnerability(ctx, from)) return undefined;
  if (ordinary) {
    // "TA415 is also known as Barium", "actors such as Lazarus": the list says what the word names.
    const announced = announcedKind(ctx, from, foundKind) ?? listedAfterName(ctx, from, foundKind);
    if (announced) cues.add(announced === 'intrusion-set' ? 'group' : announced);
    // "Gallium is a Chinese state-sponsored group": a sentence defining the word says what it is.
    const defined = definedKind(ctx, to - 1);
    if (defined) cues.add(defined === 'intrusion-set' ? 'group' : defined);
    const capitalized = tokens.every((t) => isCapitalized(t.text) || isAllCaps(t.text));
    const adjacentCue = ctx.cuesNear(from, to, 1).size > 0;
    if (!capitalized || ctx.shouting(from)) return undefined;
    // "Malware Evolution", "Ransomware Trends": a capitalized kind word before a word opens a heading.
    if (cues.size === 1 && kindWordOpens(ctx, from)) return undefined;
    // "Salt Typhoon breached …": a vendor's distinctive scheme opening a sentence is still the name; so is
    // "Cobalt Strike was used.", whose later words keep capitals the sentence does not give them (a
    // heading's title case is the next test's).
    if (ctx.sentenceStart(from) && !adjacentCue && !defined && tokens.length < 2) return undefined;
    // A run of capitalized ordinary words mid-sentence ("Cobalt Strike") is a name; one word needs a cue.
    if (cues.size === 0 && (tokens.length < 2 || ctx.titleCase(from))) return undefined;
    // "Ghost ransomware", "Ghost (Cring) ransomware": a family its sources write in lower case, its head noun
    // right after it or after another name in brackets ("the Delta variant" is no family).
    const familyBeside =
      fitting.every((v) => v.entry.type === 'malware') &&
      (MALWARE_HEADS.has(ctx.tokens[to]?.norm ?? '') || kindAfterBracketedName(ctx, to));
    if (
      tokens.length === 1 &&
      ((lowerCaseOnly(fitting) && !familyBeside) || inCapitalizedPhrase(ctx, from, to))
    ) {
      return undefined;
    }
    // Months and days are capitalized anyway: only a cue right beside them makes them a name.
    if (ALWAYS_CAPITALIZED.has(tokens[0]?.norm ?? '') && !adjacentCue) return undefined;
  }
  // "August 31, 2017", "May 2021": a month before a day or a year is a date, even with a cue beside it
  // ("Cobian RAT\nAugust 31, 2017" under a title).
  if (to - from === 1 && beforeDayOrYear(ctx, from)) return undefined;
  // A name both a group and its malware carry ("Turla", "Winnti") is the malware only with the kind word
  // right beside it ("the Turla backdoor"); "Turla used a new backdoor" is the group.
  const value =
    campaignBeforeItsWord(ctx, to, fitting) ??
    choose(fitting, namesGroupAndCode(fitting) ? sharedNameCues(ctx, from, to, foundKind) : cues);
  if (!value) return undefined;
  const candidates = fitting.filter(
    (v) => v.entry.type === value.entry.type && v.entry.id !== value.entry.id,
  );
  // Accepted by context: the name then also counts where the text repeats it without one (find-hits.ts).
  return ordinary || plainWords
    ? { value, candidates, recognition: 70, via: `context:${[...cues][0] ?? 'cue'}` }
    : { value, candidates, recognition: 90, via: 'alias' };
}

/**
 * A word in capitals right before token `from`, space-joined, the two of them a name the text gives right
 * after a naming verb: "named LINE VIPER", and "LINE VIPER" wherever the text repeats it. Not a list's naming
 * words ("such as Sednit LoJax" names the family after its group) nor an operation's.
 */
function namedNameGoesOnInto(ctx: TextContext, from: number): boolean {
  const before = ctx.tokens[from - 1];
  if (!before || !ctx.spaceBefore(from) || !isAllCaps(before.text) || cueKind(before.norm)) {
    return false;
  }
  return namedCapitalPairs(ctx).has(`${before.text} ${ctx.tokens[from]!.text}`);
}

/** The two words in capitals right after each naming verb of a text: "called LINE VIPER". */
const namedCapitalPairs = perText((ctx) => {
  const pairs = new Set<string>();
  const { tokens } = ctx;
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!NAMING_VERBS.has(tokens[k - 1]!.norm) || !isAllCaps(tokens[k]!.text)) continue;
    if (ctx.sentenceOf[k - 1] !== ctx.sentenceOf[k + 1] || !ctx.spaceBefore(k + 1)) continue;
    pairs.add(`${tokens[k]!.text} ${tokens[k + 1]!.text}`);
  }
  return pairs;
});
const NAMING_VERBS = new Set(['named', 'called', 'dubbed', 'codenamed', 'nicknamed']);

/** Shortest lower-case form of a capitalized tool name that counts: "rclone", not "net" or "at". */
const COMMAND_CASE_LETTERS = 5;

/**
 * "exfiltrated data to MEGA using rclone", "ran mimikatz": a tool or family whose one-word name is no
 * English word is written in lower case as often as on a command line, and is still that tool. In lower
 * case an English word ("havoc", "responder") is the word; so is a name only MISP knows ("coinminer"), which
 * is often a kind of malware rather than one family.
 */
function commandCase(v: AliasValue, tokens: readonly Token[]): boolean {
  const [token] = tokens;
  const [written] = v.written;
  return (
    tokens.length === 1 &&
    v.written.length === 1 &&
    token !== undefined &&
    written !== undefined &&
    CODE_TYPES.has(v.entry.type) &&
    v.entry.externalId !== undefined &&
    !v.ordinary &&
    !v.plainWords &&
    !v.countryName &&
    isCapitalized(written) &&
    !isAllCaps(written) &&
    token.text === token.norm &&
    token.text.length >= COMMAND_CASE_LETTERS &&
    !isEnglishWord(token.norm)
  );
}

/**
 * A lower-case name standing as a word of prose or a command line ("using rclone", "ran nltest /dclist"),
 * not the first part of a slug or a file's name ("/gameover-zeus.html", "the rclone-guide page"). Links,
 * paths and defanged domains are kept from names before this is asked.
 */
const SLUG_AFTER = /[-\]@]/u;
function commandWritten(ctx: TextContext, to: number): boolean {
  return !SLUG_AFTER.test(ctx.text.charAt(ctx.tokens[to - 1]!.end));
}

/**
 * "the threat actor behind the ArcaneDoor campaign": a name both a campaign and a group carry (ATT&CK's
 * campaign, MISP's actor) is the campaign with its word right after it, whatever group cue stands near.
 */
function campaignBeforeItsWord(
  ctx: TextContext,
  to: number,
  fitting: readonly AliasValue[],
): AliasValue | undefined {
  const next = ctx.tokens[to];
  if (!next || !CAMPAIGN_WORDS.has(next.norm) || ctx.sentenceOf[to] !== ctx.sentenceOf[to - 1]) {
    return undefined;
  }
  return fitting.find((v) => v.entry.type === 'campaign');
}
const CAMPAIGN_WORDS = new Set(['campaign', 'campaigns', 'operation', 'operations']);

/** Whether a malware kind word follows the name ending before token `to` in its sentence. */
function kindWordAfter(ctx: TextContext, to: number): boolean {
  const next = ctx.tokens[to];
  return (
    next !== undefined &&
    ctx.sentenceOf[to] === ctx.sentenceOf[to - 1] &&
    MALWARE_HEADS.has(next.norm)
  );
}

/**
 * Kinds of software a name ends in: the malware heads, "Shell" too, but not the generic kinds a group's name
 * takes in headings ("New WatchDog Malware", "TA505 Malware Threat Insights", "the Lazarus Ransomware Attack").
 */
const GENERIC_KINDS: ReadonlySet<string> = new Set(
  'malware ransomware botnet spyware worm banker miner cryptominer ek'.split(' '),
);
const SOFTWARE_KINDS: ReadonlySet<string> = new Set([
  ...[...MALWARE_HEADS].filter((kind) => !GENERIC_KINDS.has(kind)),
  'shell',
]);

/**
 * Whether a capitalized software kind goes on the name ending before token `to`, mid-sentence: "Karma Shell",
 * "Zorvex Loader"; a heading's capitals ("Sandworm Wiper Attacks") are no name's.
 */
function opensSoftwareName(ctx: TextContext, to: number): boolean {
  const next = ctx.tokens[to];
  return (
    next !== undefined &&
    isCapitalized(next.text) &&
    !isAllCaps(next.text) &&
    SOFTWARE_KINDS.has(next.norm) &&
    ctx.sentenceOf[to] === ctx.sentenceOf[to - 1] &&
    ctx.text.slice(ctx.tokens[to - 1]!.end, next.start) === ' ' &&
    !ctx.titleCase(to)
  );
}

/** Whether the only cue near token `from` is a capitalized kind word right before it. */
function kindWordOpens(ctx: TextContext, from: number): boolean {
  const before = ctx.tokens[from - 1];
  if (!before || ctx.sentenceOf[from - 1] !== ctx.sentenceOf[from]) return false;
  if (!isCapitalized(before.text) || cueKind(before.norm) === undefined) return false;
  return ctx.cuesNear(from, from + 1).size === 1 && ctx.cuesNear(from - 1, from + 1).size === 0;
}

/** "Covenant, Metasploit, Empire, PoshC2": a word listed right after a name is of that name's kind. */
function listedAfterName(
  ctx: TextContext,
  from: number,
  foundKind: FoundKind | undefined,
): NamedKind | undefined {
  const item = listItemBefore(ctx, from);
  return item === undefined ? undefined : foundKind?.(item);
}

/**
 * Names the sources write in capitals only ("CHROMIUM", "SUNBURST") must be written so in the text, or
 * with a capital inside ("HTran"): "Chromium" the browser is not the actor.
 */
function capitalsKept(value: AliasValue, tokens: readonly { text: string }[]): boolean {
  if (value.written.length !== 1 || !value.capitalsOnly) return true;
  const w = value.written[0] ?? '';
  if (w.length < 4 || /\d/u.test(w)) return true;
  // "HTran" for ATT&CK's HTRAN: a capital inside the word is coined, as the capitals are.
  const text = tokens[0]?.text ?? '';
  return isAllCaps(text) || innerCapitals(text);
}

// At module level: the TypeScript loader compiles a \p{...} literal inside a function again at every call.
const UPPER = /\p{Lu}/u;

const SPACE = /\s/u;

/** A sentence's first word that is a plain word, not a name: "Later", "Though". */
const plainWord = (ctx: TextContext, i: number): boolean =>
  isCommonWord(ctx.tokens[i]?.norm ?? '') || writtenLowercaseElsewhere(ctx, i);

/**
 * A word after a distinctive name that does not continue it: an acronym ("Gamaredon RTF template"), a coined
 * name ("the Lazarus PowerRatankba"), any word of a title-case heading ("Gamaredon Onboards RTF Template
 * Injection"), where every word is capitalized.
 */
function notNamePart(ctx: TextContext, i: number): boolean {
  const text = ctx.tokens[i]?.text ?? '';
  return isAllCaps(text) || innerCapitals(text) || ctx.titleCase(i);
}

const DETERMINERS = new Set('the a an this that these those our their its his her new'.split(' '));

const ALWAYS_CAPITALIZED: ReadonlySet<string> = new Set([
  ...DAYS_AND_MONTHS,
  'christmas',
  'easter',
  'halloween',
]);

const DAY_OR_YEAR = /^(?:0?[1-9]|[12]\d|3[01]|(?:19|20)\d\d)(?:st|nd|rd|th)?$/u;

function beforeDayOrYear(ctx: TextContext, at: number): boolean {
  const next = ctx.tokens[at + 1];
  return (
    monthOf(ctx.tokens[at]?.norm ?? '') >= 0 && next !== undefined && DAY_OR_YEAR.test(next.text)
  );
}

/** "Ghost (Cring) ransomware": a one-word name in brackets after token `to - 1`, then a malware kind word. */
function kindAfterBracketedName(ctx: TextContext, to: number): boolean {
  const [name, inside, kind] = [ctx.tokens[to - 1], ctx.tokens[to], ctx.tokens[to + 1]];
  if (!name || !inside || !kind || !MALWARE_HEADS.has(kind.norm)) return false;
  return (
    BRACKET_OPENS.test(ctx.text.slice(name.end, inside.start)) &&
    BRACKET_CLOSES.test(ctx.text.slice(inside.end, kind.start))
  );
}
const BRACKET_OPENS = /^ ?\($/u;
const BRACKET_CLOSES = /^\) ?$/u;

/** Command names the sources write in lower case ("ftp", "net", "at"): capitals in text mean the word. */
const lowerCaseOnly = (values: readonly AliasValue[]): boolean =>
  values.every((v) => v.written.every((w) => !UPPER.test(w)));

/**
 * "Final Payload", "Ave Maria Payload URL": an ordinary word next to other capitalized words is part of a
 * title or another name, not a name on its own. A distinctive name ("Gamaredon", a group's short form) is
 * not joined to a plain word that is capitalized only because it opens the sentence ("Later Gamaredon…");
 * an ordinary one is ("Landing Page").
 */
function inCapitalizedPhrase(
  ctx: TextContext,
  from: number,
  to: number,
  distinctive = false,
): boolean {
  const neighbour = (i: number, left: boolean): boolean => {
    const t = ctx.tokens[i];
    const self = ctx.tokens[left ? from : to - 1];
    if (!t || !self || ctx.sentenceOf[i] !== ctx.sentenceOf[from]) return false;
    const gap = left ? self.start - t.end : t.start - self.end;
    // "Lazarus/Lazarus Group": a slash or a dash parts two names; only a space joins a phrase.
    if (gap !== 1 || !SPACE.test(ctx.text[left ? t.end : self.end] ?? '')) return false;
    if (distinctive && !left && notNamePart(ctx, i)) return false;
    // "Later Gamaredon onboards…": a plain word capitalized only because it opens the sentence.
    if (left && distinctive && ctx.sentenceStart(i) && plainWord(ctx, i)) return false;
    return isCapitalized(t.text) && !cueKind(t.norm) && !DETERMINERS.has(t.norm);
  };
  return neighbour(from - 1, true) || neighbour(to, false);
}

/** Words that end the name of an institution: "the Royal Mail", "the Royal Thai Police". */
const INSTITUTION_HEADS: ReadonlySet<string> = new Set(
  `mail navy army police force bank society academy institute university college court family palace
museum guard mint marines household`.split(/\s+/u),
);
/** Capitalized words, after the first, that an institution's name may hold before its head. */
const INSTITUTION_REACH = 3;

/**
 * A one-word name that is an English word, opening a run of capitalized words that ends in an institution's
 * head word ("the Royal United Services Institute", "Royal Mail said").
 */
function englishWordOpeningName(ctx: TextContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  if (to - from !== 1) return false;
  for (let i = to; i < to + INSTITUTION_REACH && i < tokens.length; i++) {
    const word = tokens[i]!;
    // The cheap questions first: asked of every one-word name the text writes.
    if (!isCapitalized(word.text) || !ctx.spaceBefore(i)) return false;
    if (ctx.sentenceOf[i] !== ctx.sentenceOf[from] || cueKind(word.norm) !== undefined)
      return false;
    if (INSTITUTION_HEADS.has(word.norm)) return isEnglishWord(tokens[from]!.norm);
  }
  return false;
}

/**
 * The kind words right beside a shared name, what the sentence defines it as ("AppleJeus is a backdoor"),
 * or what a naming phrase or a list announces ("ransomware families such as BlackByte").
 */
function sharedNameCues(
  ctx: TextContext,
  from: number,
  to: number,
  foundKind: FoundKind | undefined,
): Set<CueKind> {
  // "Winnti 4.0 malware": a version number between the name and its kind word.
  const cues = ctx.cuesNear(from, versionEnd(ctx, to), 1);
  // "implants such as Sednit LoJax": the list names LoJax; Sednit before it is its owner.
  const kind =
    definedKind(ctx, to - 1) ??
    (modifiesNextName(ctx, to) ? undefined : announcedKind(ctx, from, foundKind));
  if (kind) cues.add(kind === 'intrusion-set' ? 'group' : kind);
  return cues;
}

/** Whether a capitalized word follows the name ending before token `to`, one space after it. */
function modifiesNextName(ctx: TextContext, to: number): boolean {
  const next = ctx.tokens[to];
  const last = ctx.tokens[to - 1];
  return (
    next !== undefined &&
    last !== undefined &&
    next.start === last.end + 1 &&
    ctx.text[last.end] === ' ' &&
    isCapitalized(next.text)
  );
}

const VERSION_START = /^v?\d+$/u;
const DIGITS = /^\d+$/u;

/**
 * The token after a version number ("4.0", "v2") starting at token `at`, one space after the name; `at`
 * when no version number starts there.
 */
function versionEnd(ctx: TextContext, at: number): number {
  const first = ctx.tokens[at];
  const name = ctx.tokens[at - 1];
  if (!first || !name || first.start !== name.end + 1 || !VERSION_START.test(first.text)) return at;
  if (ctx.sentenceOf[at] !== ctx.sentenceOf[at - 1]) return at;
  let k = at;
  for (;;) {
    const next = ctx.tokens[k + 1];
    const dotted =
      next && ctx.text.charAt(ctx.tokens[k]!.end) === '.' && next.start === ctx.tokens[k]!.end + 1;
    if (!dotted || !DIGITS.test(next.text)) return k + 1;
    k++;
  }
}

const namesGroupAndCode = (values: readonly AliasValue[]): boolean =>
  values.some((v) => v.entry.type === 'intrusion-set') &&
  values.some((v) => v.entry.type === 'malware' || v.entry.type === 'tool');

/** The knowledge types the cue words near a name ask for, in cue order. */
function wantedTypes(cues: ReadonlySet<CueKind>): KnowledgeType[] {
  const wanted: KnowledgeType[] = [];
  for (const cue of cues) wanted.push(...CUE_TYPES[cue]);
  return wanted;
}

/**
 * Lower is better: the type a cue names first ("ransomware": malware), then another type the cues accept,
 * then an ATT&CK id ("CMD" is the ATT&CK tool cmd, not a ransomware the MISP galaxy calls Cmd), the type
 * order, the primary name.
 */
function rank(v: AliasValue, cues: ReadonlySet<CueKind>, wanted: readonly KnowledgeType[]): number {
  const type = v.entry.type;
  const cueRank = namedByCue(type, cues) ? 0 : wanted.includes(type) ? 1 : 2;
  const primary = v.alias.toLowerCase() === v.entry.name.toLowerCase() ? 0 : 1;
  const typeRank = TYPE_ORDER.indexOf(v.entry.type);
  const attack = v.entry.externalId ? 0 : 1;
  return cueRank * 1000 + attack * 100 + typeRank * 10 + primary;
}

function namedByCue(type: KnowledgeType, cues: ReadonlySet<CueKind>): boolean {
  for (const cue of cues) if (CUE_TYPES[cue][0] === type) return true;
  return false;
}

// At module level, not a closure per call: the loader wraps every named function in a __name call.
function choose(values: readonly AliasValue[], cues: ReadonlySet<CueKind>): AliasValue | undefined {
  const wanted = wantedTypes(cues);
  let best: AliasValue | undefined;
  let bestRank = Infinity;
  for (const v of values) {
    const r = rank(v, cues, wanted);
    if (r < bestRank) {
      best = v;
      bestRank = r;
    }
  }
  // With a cue that contradicts every candidate ("Cuba ransomware" vs an actor "Cuba"), the cue wins.
  const single = best?.written.length === 1;
  if (best && single && wanted.length > 0 && !wanted.includes(best.entry.type) && best.ordinary) {
    return undefined;
  }
  return best;
}
