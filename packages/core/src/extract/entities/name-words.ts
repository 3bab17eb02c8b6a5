/**
 * Whether a word of a text may be (part of) a name the knowledge does not hold: its shape (capitals or
 * digits inside, a malware-like ending), and what it is not (an ordinary word, a product, vendor or
 * platform, an identifier, a file or detection name, a word glued to another name). Every discovery in
 * discover-names.ts and context-names.ts asks these questions first.
 */
import { isCommonWord } from './common-words.ts';
import { cueKind } from './cue-words.ts';
import { writtenLowercaseElsewhere } from './lowercase-words.ts';
import type { NamedKind } from './named-as.ts';
import { namesAPart } from './part-names.ts';
import { PerWordNumber } from './per-word.ts';
import { perText } from './per-text.ts';
import type { TextContext } from './text-context.ts';
import {
  hasUpper,
  isAllCaps,
  isAsciiLower,
  isAsciiUpper,
  isCapitalized,
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
hklm hkcu hkcr hku hkey wmi wireshark
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
/** "100FlowCloud", "106Final": a table's number cell glued to the next cell's word. */
const NUMBER_GLUED_TO_WORD = /^\d{2,}\p{Lu}\p{Ll}/u;
/** "AddressVULTR-GUESTHostnameThreat Actor": cells glued up to the first word of "Threat Actor". */
const GLUED_THREAT = /\p{Ll}Threat$/u;

export const mayBeNameWord = (t: Token): boolean =>
  // Capitals first: most words have none.
  t.text.length >= 3 &&
  hasUpper(t.text) &&
  !NOT_NAMES.has(t.norm) &&
  !isCommonWord(t.norm) &&
  !HEX_NUMBER.test(t.text) &&
  !NUMBER_GLUED_TO_WORD.test(t.text) &&
  !GLUED_THREAT.test(t.text);

/**
 * What the word alone says about token i, as bits: the regex tests below asked once per distinct word of
 * a text, not once per token (reports repeat their names hundreds of times).
 */
const NAME_WORD = 1;
const DIGITS_ONLY = 2;
export const ALL_CAPS = 4;
const CAPITALS_OR_DIGIT_INSIDE = 8;
export const CAMEL_MALWARE_END = 16;
export const MALWARE_END = 32;
export const INNER_CAPITALS = 64;
export const IDENTIFIER = 128;

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

/** One cache of word shapes per text. */
const shapesIn = perText((ctx) => new PerWordNumber(wordShape, ctx.tokens));

export function shapeAt(ctx: TextContext, i: number): number {
  const t = ctx.tokens[i];
  return t ? shapesIn(ctx).get(t) : 0;
}

/** Whether token i could be (part of) a new name, wherever it stands. */
export const nameLike = (ctx: TextContext, i: number): boolean => {
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
  return !writtenLowercaseElsewhere(ctx, i) && !namesAPart(ctx, t.text);
};

/**
 * Words of a text as written that open with an ASCII capital, for gluedToName (the name a glued word
 * ends in always does): made once per text, on first need.
 */
const capitalizedWordsIn = perText((ctx) => capitalizedWords(ctx.tokens));

/**
 * "FileOdicLoader", "ChecksFatalRAT": a plain word (a heading, a table cell) glued to a coined name the
 * text also writes on its own, where a line break or a cell border was lost. The name stands elsewhere;
 * this is not another.
 */
function gluedToName(ctx: TextContext, word: string): boolean {
  // The glued word is a plain capitalized one ("File"); the name a coined one ("OdicLoader").
  if (!isAsciiUpper(word.charCodeAt(0))) return false;
  for (let k = 1; k < word.length - 2; k++) {
    const c = word.charCodeAt(k);
    if (!isAsciiLower(c)) {
      return k >= 3 && isAsciiUpper(c) && nameAfterWord(word.slice(k), k, capitalizedWordsIn(ctx));
    }
  }
  return false;
}

/**
 * Each distinct word opening with an ASCII capital once (by its word id): a report repeats its words, a
 * set need not hear them again, nor the lower-case ones (most) that no glued word ends in.
 */
function capitalizedWords(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  const seen = new Uint8Array(tokens.length);
  for (const t of tokens) {
    if (seen[t.word] === 1) continue;
    seen[t.word] = 1;
    if (isAsciiUpper(t.text.charCodeAt(0))) words.add(t.text);
  }
  return words;
}

/**
 * The rest of a glued word, after a plain word of `plain` letters, is a name the text writes on its own: a
 * coined one ("OdicLoader", "FatalRAT"; not "RAT"), or after a plain word of four letters or more, a
 * capitalized word of five or more ("Agrius" of a table's "AccountsAgrius"; "NetInjector" stays a name).
 * A malware kind word is no name: "HermeticWiper" beside "DoubleZero Wiper" is one word.
 */
const nameAfterWord = (rest: string, plain: number, words: ReadonlySet<string>): boolean =>
  LOWER.test(rest) &&
  (CAPITAL_OR_DIGIT.test(rest.slice(1)) || (plain >= 4 && rest.length >= 5)) &&
  words.has(rest) &&
  cueKind(rest.toLowerCase()) !== 'malware';

/**
 * A capital only because the sentence starts here, or because the line is a title written in Title Case
 * ("Zebrocy’s Multilanguage Malware", "Widespread RAT Campaigns"), proves nothing; mixed case or digits do,
 * and so does a camel-case malware ending ("HermeticWiper" in a list of capitalized names).
 */
export const looksLikeName = (ctx: TextContext, i: number): boolean =>
  nameLike(ctx, i) &&
  ((!ctx.sentenceStart(i) && !ctx.titleCase(i)) ||
    (shapeAt(ctx, i) & (CAPITALS_OR_DIGIT_INSIDE | CAMEL_MALWARE_END)) !== 0);

/** Longest all-capitals word read as an acronym rather than a name before a head word. */
export const ACRONYM_MAX = 4;

/** Name endings that make a word a malware name ("JSSLoader", "TrickBot", "AsyncRAT", "Zloader"). */
const MALWARE_SUFFIX = /(?:loader|bot|stealer|locker|crypt|cryptor|miner|banker)$/iu;
/** The endings alone are kind words, and "Decrypt", "Encrypt" verbs ("the actor's Decrypt App"). */
const MALWARE_SUFFIX_ALONE =
  /^(?:loader|bot|stealer|locker|(?:en|de)?crypt|cryptor|miner|banker)s?$/iu;
const CAMEL_SUFFIX =
  /\p{Ll}(?:Loader|Bot|RAT|Stealer|Locker|Crypt|Miner|Banker|Spy|Backdoor|Wiper|Dropper|Downloader|Keylogger)$/u;

/** Capitals inside the word ("AZORult", "REvil", "RustyBuer"): a coined name, not a dictionary word. */
export const innerCapitals = (word: string): boolean =>
  asciiInnerCapitals(word) ?? (LOWER_THEN_UPPER.test(word) || CAPITALS_THEN_LOWER.test(word));

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The two regexes of innerCapitals read by character codes in one scan, for ASCII words (nearly all; the
 * Unicode-property regexes are dear on a word asked about in every text): a lower-case letter, digits, then
 * a capital; or two capitals or more opening the word, then a lower-case letter. Undefined past ASCII.
 */
function asciiInnerCapitals(word: string): boolean | undefined {
  // A lower-case letter seen, and only digits since; capitals opening the word, while nothing else came.
  let afterLower = false;
  let openingCapitals = 0;
  let opening = true;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c > 0x7f) return undefined;
    if (isAsciiUpper(c)) {
      if (afterLower) return true;
      if (opening) openingCapitals++;
      continue;
    }
    if (isAsciiLower(c)) {
      if (opening && openingCapitals >= 2) return true;
      afterLower = true;
    } else if (!isAsciiDigit(c)) {
      afterLower = false;
    }
    opening = false;
  }
  return false;
}

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

/**
 * "NVIDIA GeForce", "Registry RunOnce", "Sherrod DeGrippo": a coined word right after another capitalized
 * word (not one that opens the sentence, not a kind word) is the end of a longer proper name, a product's,
 * a person's, not a new family on its own.
 */
export function inLongerName(ctx: TextContext, i: number): boolean {
  const self = ctx.tokens[i];
  const left = ctx.tokens[i - 1];
  if (!self || !left || ctx.titleCase(i) || ctx.sentenceOf[i - 1] !== ctx.sentenceOf[i])
    return false;
  if (ctx.text.slice(left.end, self.start) !== ' ') return false;
  if (ctx.sentenceStart(i - 1) && isCommonWord(left.norm)) return false;
  return isCapitalized(left.text) && !cueKind(left.norm) && !NOT_NAMES.has(left.norm);
}

/** Longest announced name: at most three capitalized words, inside one pair of quotes if quoted. */
const ANNOUNCED_WORDS = 3;

/**
 * The end of a name starting at token i: the capitalized words after it, joined by a space or a hyphen
 * ("Vice Society"; "Vector-EDK" is one name, "LoJax-like" is LoJax), three words in all at most. Plain words
 * end it, except where `plainWords` (inside quotes: "“Royal Road”").
 */
export function capitalizedRunEnd(ctx: TextContext, i: number, plainWords: boolean): number {
  let to = i + 1;
  while (to < i + ANNOUNCED_WORDS) {
    const previous = ctx.tokens[to - 1];
    const next = ctx.tokens[to];
    if (!previous || !next) break;
    const separator = ctx.text.slice(previous.end, next.start);
    if (separator !== ' ' && separator !== '-') break;
    if (!isCapitalized(next.text) || NOT_NAMES.has(next.norm)) break;
    if (isCommonWord(next.norm) && !plainWords) break;
    to++;
  }
  return to;
}
