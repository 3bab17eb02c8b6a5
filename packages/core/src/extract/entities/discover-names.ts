/**
 * New malware and group names the knowledge does not hold, found by the word that follows them ("the
 * Foo ransomware", "a new Bar backdoor", "the Baz group"). The name must look like a proper name
 * (capitals or digits inside, not an ordinary word, not a place, product or vendor).
 */
import { isCommonWord } from './common-words.ts';
import { cueKind, GROUP_HEADS, MALWARE_HEADS } from './cue-words.ts';
import { definedKind } from './defined-names.ts';
import { writtenLowercaseElsewhere } from './lowercase-words.ts';
import type { TextContext } from './text-context.ts';
import {
  aliasListedOf,
  announcedKind,
  namedAsPersona,
  namedAsThing,
  type FoundKind,
  type NamedKind,
} from './named-as.ts';
import { PerWord } from './per-word.ts';
import { speaksInText } from './speakers.ts';
import { standsAloneAsName } from './standalone-pairs.ts';
import {
  hasUpper,
  isAllCaps,
  isAsciiLower,
  isAsciiUpper,
  isCapitalized,
  joined,
  type Token,
} from './tokens.ts';

/**
 * Products, platforms and vendors that precede "malware"/"group" without being malware or groups, and the
 * members of Windows built-in groups ("the Administrators group", "Domain Admins group").
 */
const NOT_NAMES = new Set(
  `windows linux android ios macos mac microsoft office excel word powershell javascript python java
google apple amazon aws azure cisco talos proofpoint zscaler threatlabz mandiant kaspersky eset symantec
crowdstrike secureworks intel471 trend micro mcafee sophos fireeye ibm fortinet checkpoint sentinelone
recorded future vmware citrix chrome firefox telegram discord github twitter facebook linkedin youtube
new custom known unknown other similar malicious commodity mobile banking financial initial final
second third first main modular multiple several various legitimate open source cyber threat
ransomware malware trojan backdoor loader stealer group actor apt gang crew threat intelligence
russian chinese iranian korean american european state nation sponsored criminal cybercriminal
cybercrime cybercriminals crimeware ecrime cyberespionage espionage hacktivist hacktivists
dll exe elf pe js vbs hta lnk iso zip rar doc html php net rat msi cmd bat url c2 cc ip dns http https tcp
powershell javascript typescript github gitlab youtube wordpress linkedin iphone ipad mcafee sentinelone
threatlabz virustotal onedrive sharepoint macos winrar teamviewer anydesk paypal docusign openssl
netscaler fortigate fortios pan-os vcenter exchange onenote dotnet nodejs mongodb mysql postgresql
quointelligence solarwinds kaseya okta ivanti bitcoin monero ethereum cloudflare digitalocean openai chatgpt iot ddos soc siem edr xdr apt
downloader downloaders uploader robot robots chatbot chatbots bot bots botnet botnets
cryptominer cryptominers coinminer coinminers cryptojacker cryptojackers
raas maas daas pos atm bph etpro infostealer infostealers rootkit bootkit shellcode anti
bitdefender malwarebytes avast avira trellix cybereason volexity sekoia rapid7 huntress unit42 esentire
welivesecurity securelist elastic akamai
administrators admins users guests
golang rust haskell delphi nim autoit vbscript jscript vba kotlin lua perl ruby thinkphp laravel struts
weblogic bcrypt applocker bitlocker smartscreen sysmon pyinstaller nsis upx themida vmprotect
winhttp wininet winsock winapi ntdll kernel32
powerpoint blackberry trojanized
printnightmare proxylogon proxyshell zerologon log4shell bluekeep follina spring4shell heartbleed shellshock
`.split(/\s+/u),
);

// Regexes with \p{...} live at module level: the TypeScript loader turns a literal inside a function into
// `new RegExp(...)` compiled again at every call.
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const CAPITAL_OR_DIGIT = /[\p{Lu}\p{N}]/u;
const MIXED_CASE_OR_DIGIT = /\p{Lu}.*\p{Lu}|\p{N}/u;
const LOWER_THEN_UPPER = /\p{Ll}\p{N}*\p{Lu}/u;
const CAPITALS_THEN_LOWER = /^\p{Lu}{2,}\p{Ll}/u;
const CASE_FLIP = /\p{Ll}(?=\p{Lu})/gu;
const WORD_PARTS = /\p{Lu}\p{Ll}+|\p{Ll}+/gu;

export interface DiscoveredName {
  readonly from: number;
  readonly to: number;
  readonly type: NamedKind;
  /** Token of the name this one is listed as an alias of ("APT40—aka FEVERDREAM"), if any. */
  readonly aliasOf?: number;
  /** How it was found, where not by its shape: "definition" ("Qealler is a Java loader"). */
  readonly via?: 'definition';
}

/**
 * The part of the name test that depends on the word alone (not on where it stands): a caller asking of
 * every token caches it per distinct word (find-hits.ts). Every kind of discovery requires it.
 */
/** "0x13461BF": a number written in hexadecimal, whatever its capitals. */
const HEX_NUMBER = /^0x[\da-f]+$/iu;

export const mayBeNameWord = (t: Token): boolean =>
  // Capitals first: most words have none.
  t.text.length >= 3 &&
  hasUpper(t.text) &&
  !NOT_NAMES.has(t.norm) &&
  !isCommonWord(t.norm) &&
  !HEX_NUMBER.test(t.text);

/**
 * What the word alone says about token i, as bits: the regex tests below asked once per distinct word of
 * a text, not once per token (reports repeat their names hundreds of times).
 */
const NAME_WORD = 1;
const DIGITS_ONLY = 2;
const ALL_CAPS = 4;
const CAPITALS_OR_DIGIT_INSIDE = 8;
const CAMEL_MALWARE_END = 16;
const MALWARE_END = 32;
const INNER_CAPITALS = 64;
const IDENTIFIER = 128;

function wordShape(t: Token): number {
  if (!mayBeNameWord(t)) return 0;
  const word = t.text;
  let shape = NAME_WORD;
  if (/^\d+$/u.test(word)) shape |= DIGITS_ONLY;
  if (isAllCaps(word)) shape |= ALL_CAPS;
  if (MIXED_CASE_OR_DIGIT.test(word.slice(1))) shape |= CAPITALS_OR_DIGIT_INSIDE;
  if (CAMEL_SUFFIX.test(word)) shape |= CAMEL_MALWARE_END;
  // The ending needs a name before it: "Banker" or "Loader" alone is the kind word.
  if (MALWARE_SUFFIX.test(word) && !MALWARE_SUFFIX_ALONE.test(word)) shape |= MALWARE_END;
  // The identifier test (the dearest) only matters for coined spellings that are not all capitals.
  if (innerCapitals(word)) {
    shape |= INNER_CAPITALS;
    if ((shape & ALL_CAPS) === 0 && identifierLike(word)) shape |= IDENTIFIER;
  }
  return shape;
}

/** One cache per text; a WeakMap lets it go with the text's context. */
const shapesByText = new WeakMap<TextContext, PerWord<number>>();

function shapeAt(ctx: TextContext, i: number): number {
  const t = ctx.tokens[i];
  if (!t) return 0;
  let shapes = shapesByText.get(ctx);
  if (!shapes) {
    shapes = new PerWord(wordShape);
    shapesByText.set(ctx, shapes);
  }
  return shapes.get(t);
}

/** Whether token i could be (part of) a new name, wherever it stands. */
const nameLike = (ctx: TextContext, i: number): boolean => {
  const t = ctx.tokens[i];
  const shape = shapeAt(ctx, i);
  if (!t || (shape & NAME_WORD) === 0) return false;
  // File names, paths and detection names ("cmd.exe", "Backdoor.NetWiredRC") are not mentions of a name.
  const before = ctx.text[t.start - 1] ?? ' ';
  const after = ctx.text[t.end] ?? ' ';
  // XML and HTML tags ("<Config Group=…>") are markup, not prose.
  if (before === '.' || before === '\\' || before === '/' || before === '_' || before === '<') {
    return false;
  }
  // "TrojanDownloader:Win32/Cutwail" is a detection name.
  if ((after === '.' || after === ':') && LETTER.test(ctx.text[t.end + 1] ?? '')) return false;
  if (after === '_') return false;
  if (shape & DIGITS_ONLY) return false;
  if (shape & ALL_CAPS && ctx.shouting(i)) return false;
  if (shape & INNER_CAPITALS && gluedToName(ctx, t.text)) return false;
  return !writtenLowercaseElsewhere(ctx, i);
};

/** Words of a text as written, for gluedToName: made once per text, on first need. */
const wordsByText = new WeakMap<TextContext, ReadonlySet<string>>();

/**
 * "FileOdicLoader", "ChecksFatalRAT": a plain word (a heading, a table cell) glued to a coined name the
 * text also writes on its own, where a line break or a cell border was lost. The name stands elsewhere;
 * this is not another.
 */
function gluedToName(ctx: TextContext, word: string): boolean {
  let words = wordsByText.get(ctx);
  if (!words) {
    words = distinctWords(ctx.tokens);
    wordsByText.set(ctx, words);
  }
  // The glued word is a plain capitalized one ("File"); the name a coined one ("OdicLoader").
  if (!isAsciiUpper(word.charCodeAt(0))) return false;
  for (let k = 1; k < word.length - 2; k++) {
    const c = word.charCodeAt(k);
    if (!isAsciiLower(c)) return k >= 3 && isAsciiUpper(c) && coinedNameIn(word.slice(k), words);
  }
  return false;
}

/** Each distinct word once (by its word id): a report repeats its words, a set need not hear them again. */
function distinctWords(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  const seen = new Uint8Array(tokens.length);
  for (const t of tokens) {
    if (seen[t.word] === 1) continue;
    seen[t.word] = 1;
    words.add(t.text);
  }
  return words;
}

/** A coined name: lower case and a capital or digit inside ("OdicLoader", "FatalRAT"; not "RAT"). */
const coinedNameIn = (rest: string, words: ReadonlySet<string>): boolean =>
  LOWER.test(rest) && CAPITAL_OR_DIGIT.test(rest.slice(1)) && words.has(rest);

/**
 * A capital only because the sentence starts here, or because the line is a title written in Title Case
 * ("Zebrocy’s Multilanguage Malware", "Widespread RAT Campaigns"), proves nothing; mixed case or digits do.
 */
const looksLikeName = (ctx: TextContext, i: number): boolean =>
  nameLike(ctx, i) &&
  ((!ctx.sentenceStart(i) && !ctx.titleCase(i)) ||
    (shapeAt(ctx, i) & CAPITALS_OR_DIGIT_INSIDE) !== 0);

/** The kind of new name a head word after it makes ("Foo ransomware", "the Bar group"), if any. */
const headType = (norm: string): DiscoveredName['type'] | undefined =>
  MALWARE_HEADS.has(norm) ? 'malware' : GROUP_HEADS.has(norm) ? 'intrusion-set' : undefined;

/** "the Terror exploit kit": two head words, the first of which is no kind on its own ("exploit code"). */
const EXPLOIT = 'exploit';
const KITS: ReadonlySet<string> = new Set(['kit', 'kits']);

/** Whether a word may head a new name: a kind word, or the "exploit" of "exploit kit". */
export const mayBeHead = (norm: string): boolean =>
  norm === EXPLOIT || norm === THREAT || headType(norm) !== undefined;

/** "the Ghostwriter threat group": "threat" before a group word heads the name as that word would. */
const THREAT = 'threat';
const THREAT_HEADS: ReadonlySet<string> = new Set(['actor', 'group']);

/**
 * The kind of new name the head word at token `head` makes, reading "exploit kit" and "threat actor" (or
 * "threat group") as one head.
 */
const kindAt = (ctx: TextContext, head: number): DiscoveredName['type'] | undefined => {
  const norm = ctx.tokens[head]?.norm ?? '';
  if (norm !== EXPLOIT && norm !== THREAT) return headType(norm);
  const next = ctx.tokens[head + 1];
  const spaced = next && ctx.text.slice(ctx.tokens[head]!.end, next.start) === ' ';
  if (!spaced) return undefined;
  if (norm === THREAT) return THREAT_HEADS.has(next.norm) ? 'intrusion-set' : undefined;
  return KITS.has(next.norm) ? 'malware' : undefined;
};

/** Longest all-capitals word read as an acronym rather than a name before a head word. */
const ACRONYM_MAX = 4;

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
  if (ctx.text.slice(lastToken.end, headToken.start) !== ' ') return undefined;
  const type = kindAt(ctx, head);
  // "Android Banker malware": a kind word before the head is part of the kind, never a name.
  if (!type || cueKind(lastToken.norm) || !looksLikeName(ctx, last)) return undefined;
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

/** Most names one head word is shared by ("ShadowNet, Duojeen, and PubSab malware"). */
const LIST_ITEMS = 6;

/**
 * "ShadowNet, Duojeen, and PubSab malware": the names listed before a discovered name share its head word.
 * Each item is one word that looks like a name on its own; the list is parted by commas, "and", "or".
 */
export function listedBefore(
  ctx: TextContext,
  found: DiscoveredName,
  isTaken: (i: number) => boolean,
): DiscoveredName[] {
  const items: DiscoveredName[] = [];
  let first = found.from;
  while (items.length < LIST_ITEMS) {
    const item = listItemBefore(ctx, first);
    if (item === undefined || isTaken(item) || !looksLikeName(ctx, item)) break;
    const shape = shapeAt(ctx, item);
    if (shape & IDENTIFIER || (shape & ALL_CAPS && ctx.tokens[item]!.text.length <= ACRONYM_MAX))
      break;
    items.push({ from: item, to: item + 1, type: found.type });
    first = item;
  }
  return items;
}

/** The token of the list item right before token `next`: "X, next", "X and next", "X, and next". */
function listItemBefore(ctx: TextContext, next: number): number | undefined {
  const { tokens, text } = ctx;
  const sentence = ctx.sentenceOf[next];
  let k = next - 1;
  const word = tokens[k];
  if (!word || ctx.sentenceOf[k] !== sentence) return undefined;
  if (word.norm === 'and' || word.norm === 'or') {
    if (text.slice(word.end, tokens[next]!.start) !== ' ') return undefined;
    k--;
    const gap = text.slice(tokens[k]?.end ?? 0, word.start);
    if (gap !== ' ' && gap !== ', ') return undefined;
  } else if (text.slice(word.end, tokens[next]!.start) !== ', ') {
    return undefined;
  }
  return k >= 0 && ctx.sentenceOf[k] === sentence ? k : undefined;
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
  // The first word alone may be a plain one the text writes in lower case ("ransom notes").
  const word = ctx.tokens[first]!;
  if (type !== 'malware' || isTaken(first) || !mayBeNameWord(word) || cueKind(word.norm)) {
    return undefined;
  }
  if (before && ctx.sentenceOf[first - 1] === ctx.sentenceOf[first] && isCapitalized(before.text)) {
    return undefined;
  }
  return standsAloneAsName(ctx, first) ? { from: first, to: last + 1, type } : undefined;
}

/** Name endings that make a word a malware name ("JSSLoader", "TrickBot", "AsyncRAT", "Zloader"). */
const MALWARE_SUFFIX = /(?:loader|bot|stealer|locker|crypt|cryptor|miner|banker)$/iu;
const MALWARE_SUFFIX_ALONE = /^(?:loader|bot|stealer|locker|crypt|cryptor|miner|banker)s?$/iu;
const CAMEL_SUFFIX = /\p{Ll}(?:Loader|Bot|RAT|Stealer|Locker|Crypt|Miner|Banker|Spy|Backdoor)$/u;

/** Capitals inside the word ("AZORult", "REvil", "RustyBuer"): a coined name, not a dictionary word. */
const innerCapitals = (word: string): boolean =>
  LOWER_THEN_UPPER.test(word) || CAPITALS_THEN_LOWER.test(word);

/**
 * Programming and Windows API words that camel-case identifiers are made of ("WriteProcessMemory",
 * "ResumeThread", "MainActivity"), besides ordinary English words.
 */
const CODE_PARTS = new Set(
  `id info app data config type token ptr str len msg proc addr buf client server host user web url uri
api update target handler request response session value process thread memory access activity
device resume virtual alloc handle module library crypt encrypt decrypt hash registry snapshot pipe socket
buffer heap mutex callback storage bin exec inject read write file open create query`.split(/\s+/u),
);

const WIN32_SUFFIX = /(?<=\p{Ll})(?:Ex)?[AW]?$/u;

/** "updateTarget", "sendData": a lower-case word of four letters or more, then capitals: a method name. */
const METHOD_NAME = /^\p{Ll}{4,}\p{Lu}/u;
/** "InformationThe", "AnalysisFirst": a word glued to the next sentence's first word (a lost line break). */
const GLUED_OPENER =
  /^\p{Lu}\p{Ll}{2,}(?:The|This|That|These|First|For|In|To|And|Of|With|From|On|At|By|As|An|It|We|Our|Its)$/u;

/**
 * Identifiers and random strings, not coined names: "CollectInfo", "HostId" (ordinary and programming
 * words, at least one of them a programming word: "MuddyWater", "BlackEnergy" are names made of ordinary
 * words), "khzLqKyN" (case flipping again and again), API names longer than any family name
 * ("WinHttpGetIEProxyConfigForCurrentUser").
 */
function identifierLike(spelled: string): boolean {
  if (spelled.length > 20 || METHOD_NAME.test(spelled) || GLUED_OPENER.test(spelled)) return true;
  // Win32 API names end in their ANSI or wide variant, or "Ex" ("CreateProcessA", "VirtualAllocEx").
  const word = spelled.replace(WIN32_SUFFIX, '');
  const flips = word.match(CASE_FLIP)?.length ?? 0;
  if (flips >= 3) return true;
  // Two or more capitals that end the word are an acronym part ("ClientID").
  let stem = word.length;
  while (stem > 0 && UPPER.test(word.charAt(stem - 1))) stem--;
  const tail = stem < word.length - 1 ? stem : word.length;
  const parts = [...(word.slice(0, tail).match(WORD_PARTS) ?? []), word.slice(tail)].filter(
    Boolean,
  );
  const norms = parts.map((p) => p.toLowerCase());
  return (
    parts.length >= 2 &&
    parts.join('').length === word.length &&
    norms.some((p) => CODE_PARTS.has(p)) &&
    norms.every((p) => isCommonWord(p) || CODE_PARTS.has(p))
  );
}

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
  if (namedAsPersona(ctx, i)) return undefined;
  const announced = discoverAnnounced(ctx, i, foundKind);
  if (announced) return announced;
  const defined = discoverDefined(ctx, i);
  if (defined) return defined;
  const introduced = namedAfterGroupWords(ctx, i);
  if (introduced) return introduced;
  const t = ctx.tokens[i];
  if (!t || t.text.length < 5) return undefined;
  // The word's shape first: most capitalized words have none of these, and it is cached per word.
  const shape = shapeAt(ctx, i);
  if ((shape & (CAMEL_MALWARE_END | MALWARE_END | INNER_CAPITALS)) === 0) return undefined;
  if (!looksLikeName(ctx, i) || speaksInText(ctx, i) || namedAsThing(ctx, i)) return undefined;
  if (shape & CAMEL_MALWARE_END) return { from: i, to: i + 1, type: 'malware' };
  if (shape & MALWARE_END && !(shape & ALL_CAPS) && t.text.length >= 6) {
    return { from: i, to: i + 1, type: 'malware' };
  }
  if (!(shape & INNER_CAPITALS) || shape & (ALL_CAPS | IDENTIFIER)) return undefined;
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

/**
 * A name of one or two words the sentence defines ("Qealler is a Java loader", "Kelvreth, a Chinese threat
 * group,"): its spelling need not look coined, the definition says what it is.
 */
function discoverDefined(ctx: TextContext, i: number): DiscoveredName | undefined {
  // The definition first: most words are followed by none, and it is the cheaper question.
  const self = ctx.tokens[i]!;
  const second = ctx.tokens[i + 1];
  const single = definedKind(ctx, i);
  const pairs =
    !single &&
    second !== undefined &&
    ctx.text.slice(self.end, second.start) === ' ' &&
    isCapitalized(second.text);
  const pair = pairs ? definedKind(ctx, i + 1) : undefined;
  if (!single && !pair) return undefined;
  if (!definedNameWord(ctx, i) || namedAsThing(ctx, i)) return undefined;
  // "Agent Tesla is a RAT": a capitalized word before the name, common or not, may be its first.
  const left = ctx.tokens[i - 1];
  if (
    left &&
    ctx.sentenceOf[i - 1] === ctx.sentenceOf[i] &&
    ctx.text.slice(left.end, self.start) === ' ' &&
    isCapitalized(left.text) &&
    !cueKind(left.norm)
  ) {
    return undefined;
  }
  if (single) return { from: i, to: i + 1, type: single, via: 'definition' };
  return pair && definedNameWord(ctx, i + 1)
    ? { from: i, to: i + 2, type: pair, via: 'definition' }
    : undefined;
}

/** Words that, before "actor", "group" or "gang", say the group is a threat ("the threat actor X"). */
const THREAT_KINDS: ReadonlySet<string> = new Set(
  'threat apt hacking hacker cybercrime cybercriminal criminal ransomware espionage extortion'.split(
    ' ',
  ),
);
const GROUP_WORDS: ReadonlySet<string> = new Set(['actor', 'group', 'gang', 'crew']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an']);

/**
 * "the threat actor Kelvreth", "the APT group DoNot", "the ransomware gang Kelvreth": a name right after a
 * threat's group words is that group. "The actor X" alone names a persona as often, "the group X" a
 * Windows group: two words are needed.
 */
function namedAfterGroupWords(ctx: TextContext, i: number): DiscoveredName | undefined {
  const { tokens, text } = ctx;
  const group = tokens[i - 1];
  const kind = tokens[i - 2];
  const determiner = tokens[i - 3];
  if (!group || !kind || !determiner || !GROUP_WORDS.has(group.norm)) return undefined;
  if (!THREAT_KINDS.has(kind.norm) || !DETERMINERS.has(determiner.norm)) return undefined;
  const sentence = ctx.sentenceOf[i];
  if (ctx.sentenceOf[i - 3] !== sentence) return undefined;
  for (let k = i - 3; k < i; k++) {
    if (text.slice(tokens[k]!.end, tokens[k + 1]!.start) !== ' ') return undefined;
  }
  if (!definedNameWord(ctx, i) || speaksInText(ctx, i) || namedAsThing(ctx, i)) return undefined;
  // "the threat actor Vice Society": the capitalized words that follow, up to three in all.
  let to = i + 1;
  while (to < i + ANNOUNCED_WORDS && spacedNameWord(ctx, to)) to++;
  return { from: i, to, type: 'intrusion-set' };
}

/** A capitalized word one space after the previous one, no kind word, product or function word. */
function spacedNameWord(ctx: TextContext, k: number): boolean {
  const word = ctx.tokens[k];
  const previous = ctx.tokens[k - 1];
  if (!word || !previous || ctx.text.slice(previous.end, word.start) !== ' ') return false;
  if (!isCapitalized(word.text) || NOT_NAMES.has(word.norm) || cueKind(word.norm)) return false;
  return !FUNCTION_WORDS.has(word.norm);
}

/** Capitalized only because a sentence or heading went on: never the end of a name. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the a an in on at of for to and or but by with from as is was this that these those it its'.split(
    ' ',
  ),
);

/** "Spy Banker Telax is a trojan": a kind word is no part of the name ("Telax"). */
const definedNameWord = (ctx: TextContext, k: number): boolean =>
  nameLike(ctx, k) && !cueKind(ctx.tokens[k]!.norm);

/**
 * "NVIDIA GeForce", "Registry RunOnce", "Sherrod DeGrippo": a coined word right after another capitalized
 * word (not one that opens the sentence, not a kind word) is the end of a longer proper name, a product's,
 * a person's, not a new family on its own.
 */
function inLongerName(ctx: TextContext, i: number): boolean {
  const self = ctx.tokens[i];
  const left = ctx.tokens[i - 1];
  if (!self || !left || ctx.titleCase(i) || ctx.sentenceOf[i - 1] !== ctx.sentenceOf[i])
    return false;
  if (ctx.text.slice(left.end, self.start) !== ' ') return false;
  if (ctx.sentenceStart(i - 1) && isCommonWord(left.norm)) return false;
  return isCapitalized(left.text) && !cueKind(left.norm) && !NOT_NAMES.has(left.norm);
}

const OPENING_QUOTES = new Set([...'"“‘\'']);
const CLOSING_QUOTES = new Set([...'"”’\'']);

/** A closing quote at `at`, or after one stop inside the quotes (“Paranoid PlugX.”). */
function closesQuote(text: string, at: number): boolean {
  const c = text.charAt(at);
  return CLOSING_QUOTES.has(c) || ('.,;:!?'.includes(c) && CLOSING_QUOTES.has(text.charAt(at + 1)));
}

/** Longest announced name: at most three capitalized words, inside one pair of quotes if quoted. */
const ANNOUNCED_WORDS = 3;

/** A name a naming phrase announces ("a group named “ReconHellcat”", "a RAT dubbed PurpleWave"). */
function discoverAnnounced(
  ctx: TextContext,
  i: number,
  foundKind: FoundKind | undefined,
): DiscoveredName | undefined {
  const type = announcedKind(ctx, i, foundKind);
  // "an attack called “Operation Transparent Tribe”" names a campaign, not a new group.
  if (!type || !nameLike(ctx, i) || ctx.tokens[i]?.norm === 'operation') return undefined;
  if (shapeAt(ctx, i) & IDENTIFIER) return undefined; // "a function named BfeOnServiceStartTypeChange"
  // Inside quotes the name runs to the closing quote, plain words and all ("“Royal Road”").
  const quoted = OPENING_QUOTES.has(ctx.text.charAt((ctx.tokens[i]?.start ?? 0) - 1));
  let to = i + 1;
  while (to < i + ANNOUNCED_WORDS) {
    const previous = ctx.tokens[to - 1];
    const next = ctx.tokens[to];
    if (!previous || !next) break;
    const separator = ctx.text.slice(previous.end, next.start);
    // "Vector-EDK" is one name; "LoJax-like" is LoJax.
    if (separator !== ' ' && separator !== '-') break;
    if (!isCapitalized(next.text) || NOT_NAMES.has(next.norm)) break;
    if (isCommonWord(next.norm) && !quoted) break;
    to++;
  }
  if (quoted && !closesQuote(ctx.text, ctx.tokens[to - 1]?.end ?? 0)) return undefined;
  const aliasOf = aliasListedOf(ctx, i, foundKind);
  return aliasOf === undefined ? { from: i, to, type } : { from: i, to, type, aliasOf };
}
