/**
 * The dictionary side of entity extraction: every alias of every knowledge entry (one entry per entity
 * cluster, docs/ARCHITECTURE.md "Entity clusters") in a token trie, built once and reused for every text.
 * Aliases that are ordinary words are marked here, so matching can ask for context (recognize-alias.ts).
 * An alias shared by several clusters stays in: the mention is still that kind of thing, and the
 * entity lists every candidate instead of silently picking one (docs/ARCHITECTURE.md).
 */
import {
  entriesByExternalId,
  type KnowledgeEntry,
  type KnowledgeType,
} from '../../knowledge/entry.ts';
import { isCommonWord, NEVER_NAMES_ALONE } from './common-words.ts';
import { isEnglishWord } from './english-words.ts';
import { cueKind } from './cue-words.ts';
import { isCountryName, isStaticLexiconName } from './lexicon.ts';
import { TokenTrie } from './token-trie.ts';
import { isAllCaps, hasLower, hasUpper, tokenize } from './tokens.ts';

/** Knowledge types extraction recognizes by name (techniques have their own extractor). */
const NAMED_TYPES: ReadonlySet<KnowledgeType> = new Set([
  'intrusion-set',
  'threat-actor',
  'malware',
  'tool',
  'campaign',
]);

export interface AliasValue {
  readonly entry: KnowledgeEntry;
  /** The alias as the source writes it. */
  readonly alias: string;
  /** Written tokens of the alias, for the case rule. */
  readonly written: readonly string[];
  /** An ordinary word or phrase ("Silence", "Page"): counts only with supporting context. */
  readonly ordinary: boolean;
  /** A group's name without its last word ("Lazarus" of "Lazarus Group"): never inside a longer name. */
  readonly shortForm?: true;
  /**
   * A name of letters that its entry writes only in lower case and that has no ATT&CK id ("beast",
   * "redact", "rabbit hole": ransom-note strings): in lower case in a report it is the English word.
   */
  readonly lowercaseWord?: true;
  /**
   * A malware name of two or more plain capitalized words and no ATT&CK id ("Donald Trump", "Threat
   * Finder": MISP's ransomware galaxy names families after ransom notes and jokes): it reads as a person's
   * name or a title's words unless a kind word stands near it.
   */
  readonly plainWords?: true;
  /** A country's name a family carries ("Cuba"): the family only with its kind word right after it. */
  readonly countryName?: true;
  /**
   * A name every source writes in capitals ("CHROMIUM", "SUNBURST"): in a report only capitals name it.
   * "FIVEHANDS" is not one, since malpedia writes it "FiveHands".
   */
  readonly capitalsOnly?: true;
}

export interface KnowledgeIndex {
  readonly trie: TokenTrie<AliasValue>;
  readonly entryCount: number;
  /** Entries by ATT&CK id (G0078, S0154), also by the ids ATT&CK revoked into them (entry.ts). */
  readonly byExternalId: ReadonlyMap<string, KnowledgeEntry>;
}

// At module level: the TypeScript loader compiles a \p{...} literal inside a function again at every call.
const LETTERS_THEN_NUMBER = /^(\p{L}{2,5})(\d{1,5})$/u;

export function buildKnowledgeIndex(entries: readonly KnowledgeEntry[]): KnowledgeIndex {
  const trie = new TokenTrie<AliasValue>();
  let entryCount = 0;
  const claimed = new Set<string>();
  const shortForms: KnowledgeEntry[] = [];
  const add = (
    entry: KnowledgeEntry,
    alias: string,
    seen: Set<string>,
    shortForm = false,
  ): void => {
    const tokens = tokenize(alias);
    const norms = tokens.map((t) => t.norm);
    const key = norms.join(' ');
    if (!key || seen.has(key) || !usableAlias(alias, norms)) return;
    // Place names, platform words and determiners are never names on their own ("Russian malware",
    // "Android malware", "Final Payload"): the place, platform or word reading wins. A family named
    // after a country ("Cuba", ATT&CK S0625) is found only with its kind word after it ("Cuba ransomware").
    const countryNamed = entry.type === 'malware' && isCountryName(norms);
    if (!countryNamed && isStaticLexiconName(norms)) return;
    if (norms.length === 1 && NEVER_NAMES_ALONE.has(key)) return;
    seen.add(key);
    if (!shortForm) claimed.add(key);
    // This spelling and every source's other spellings of the name: the case rules ask how it is written.
    const lower = alias.toLowerCase();
    const spellings = [
      alias,
      ...[entry.name, ...entry.aliases].filter((a) => a.toLowerCase() === lower),
    ];
    // "HTRAN", also spelled "HTran" by its sources: the case rule takes the mixed spelling, which asks less.
    const mixed = isAllCaps(alias) ? spellings.find((a) => hasLower(a) && hasUpper(a)) : undefined;
    const value = {
      entry,
      alias,
      // "More_eggs" is an identifier, written "more_eggs" as often: no case rule for its words.
      written: mixed
        ? tokenize(mixed).map((t) => t.text)
        : tokens.map((t) => (alias.includes('_') ? t.norm : t.text)),
      ordinary: isOrdinary(alias, norms, entry),
      ...(shortForm ? { shortForm: true as const } : {}),
      ...(writtenOnlyInLowerCase(entry, alias, spellings) ? { lowercaseWord: true as const } : {}),
      ...(plainWordsFamily(entry, tokens) ? { plainWords: true as const } : {}),
      ...(spellings.every(isAllCaps) ? { capitalsOnly: true as const } : {}),
      ...(countryNamed ? { countryName: true as const } : {}),
    };
    trie.add(norms, value);
    // "APT40" is also written "APT 40" or "APT-40".
    const designator = LETTERS_THEN_NUMBER.exec(alias.trim());
    if (designator?.[1] && designator[2]) {
      const parts = [designator[1], designator[2]];
      trie.add(
        parts.map((p) => p.toLowerCase()),
        { ...value, written: parts },
      );
    }
  };
  const glued: { entry: KnowledgeEntry; alias: string; stem: string; seen: Set<string> }[] = [];
  for (const entry of entries) {
    if (!NAMED_TYPES.has(entry.type)) continue;
    entryCount++;
    const seen = new Set<string>();
    for (const alias of [entry.name, ...entry.aliases]) {
      add(entry, alias, seen);
      const together = gluedForm(alias);
      if (together) glued.push({ entry, ...together, seen });
    }
    if (shortFormOf(entry)) shortForms.push(entry);
  }
  // After every full alias is in: a short form another entry has as an alias stays that entry's.
  for (const entry of shortForms) {
    const short = shortFormOf(entry)!;
    const key = tokenize(short)
      .map((t) => t.norm)
      .join(' ');
    if (!claimed.has(key)) add(entry, short, new Set(), true);
  }
  // Likewise a name written glued ("CobaltStrike", "Wintervivern"), unless an entry has it. One ending in
  // a kind word ("Crimson RAT" as "CrimsonRAT") is left to the name before the kind word where an entry
  // has that name (ATT&CK's Crimson; "#StopRansomware" is no STOP ransomware): known-as.ts reads it so.
  for (const { entry, alias, stem, seen } of glued) {
    if (!claimed.has(alias.toLowerCase()) && !claimed.has(stem)) add(entry, alias, seen, true);
  }
  const named = entries.filter((entry) => NAMED_TYPES.has(entry.type));
  return { trie, entryCount, byExternalId: entriesByExternalId(named) };
}

/** Shortest name written glued: shorter ones ("Red Eye" as "RedEye") are too often other words. */
const GLUED_MIN = 8;
const SPACED_WORDS = /^[\p{L}\p{N}]{3,}(?: [\p{L}\p{N}]{3,}){1,2}$/u;

/**
 * "Cobalt Strike" written "CobaltStrike", "Winter Vivern" written "Wintervivern": two or three words of
 * three letters or more run together make one coined token no other text means.
 */
function gluedForm(alias: string): { alias: string; stem: string } | undefined {
  const trimmed = alias.trim();
  if (!SPACED_WORDS.test(trimmed)) return undefined;
  const together = trimmed.replaceAll(' ', '');
  if (together.length < GLUED_MIN) return undefined;
  // The words before a closing kind word ("crimson" of "Crimson RAT"), or none.
  const norms = trimmed.toLowerCase().split(' ');
  const stem = cueKind(norms.at(-1) ?? '') ? norms.slice(0, -1).join(' ') : '';
  return { alias: together, stem };
}

const LOWER_CASE_LETTERS = /^[\p{Ll} ]+$/u;

function writtenOnlyInLowerCase(
  entry: KnowledgeEntry,
  alias: string,
  spellings: readonly string[],
): boolean {
  return !entry.externalId && LOWER_CASE_LETTERS.test(alias) && !spellings.some(hasUpper);
}

/** The last word of a group's name that only says it is a group. */
export const GROUP_SUFFIXES: ReadonlySet<string> = new Set(['group', 'team', 'gang', 'crew']);
export const GROUP_TYPES: ReadonlySet<KnowledgeType> = new Set(['intrusion-set', 'threat-actor']);

/** The last word of a family's name that only says what kind of code it is ("Lumma Stealer"). */
const FAMILY_SUFFIXES: ReadonlySet<string> = new Set([
  'stealer',
  'rat',
  'loader',
  'backdoor',
  'botnet',
  'trojan',
  'ransomware',
]);

/**
 * "Lazarus Group", "Sandworm Team": reports mostly write "Lazarus" and "Sandworm", and ATT&CK and MISP
 * do not always list the short form, so the short form of a group's own name is matched too, unless
 * some entry has it as a name of its own ("Winnti" is also malware and another group's alias) or it is
 * an ordinary word. So for a family named with its kind word ("Lumma Stealer", written "LUMMA"): the one
 * coined word before it.
 */
function shortFormOf(entry: KnowledgeEntry): string | undefined {
  const family = entry.type === 'malware';
  if (!GROUP_TYPES.has(entry.type) && !family) return undefined;
  const trimmed = entry.name.trim();
  const space = trimmed.lastIndexOf(' ');
  const suffixes = family ? FAMILY_SUFFIXES : GROUP_SUFFIXES;
  if (space <= 0 || !suffixes.has(trimmed.slice(space + 1).toLowerCase())) return undefined;
  const short = trimmed.slice(0, space).trimEnd();
  const norms = tokenize(short).map((t) => t.norm);
  // Only ATT&CK's families: MISP names many after what they impersonate ("Netflix Ransomware", "CCleaner
  // Backdoor").
  if (family && (!entry.externalId || !coinedWord(norms))) return undefined;
  // "Cobalt", "Iron", "Conference" (of "Conference Crew") and activities ("Hacking" of "Hacking Team")
  // are words before they are names: such a group keeps only its full name.
  if (isOrdinary(short, norms, entry) || norms.some((n) => isCommonWord(n) || n.endsWith('ing')))
    return undefined;
  return short;
}

/** One coined word of four letters or more: "Lumma", not "JSS" (a namespace as often) or "Agent". */
const coinedWord = (norms: readonly string[]): boolean =>
  norms.length === 1 && norms[0]!.length >= 4 && !isEnglishWord(norms[0]!);

/** One- and two-letter names ("R", "At") and pure numbers are never matched. */
function usableAlias(alias: string, norms: readonly string[]): boolean {
  const letters = norms.join('');
  if (letters.length <= 2) return false;
  if (/^\d+$/u.test(letters)) return false;
  // A kind word listed as a name ("Payload", "Trojan", "Loader") says what a thing is, never which one.
  if (norms.length === 1 && cueKind(norms[0] ?? '') !== undefined) return false;
  // Names made only of punctuation-split fragments like "C++" become too short above; "Net" style
  // three-letter names stay but are treated as ordinary.
  return alias.trim().length > 0;
}

function isOrdinary(alias: string, norms: readonly string[], entry: KnowledgeEntry): boolean {
  if (isStaticLexiconName(norms)) return true; // "Cuba" ransomware, "Russian" ...
  const allCommon = norms.every((n) => isCommonWord(n) || /^\d+$/u.test(n));
  if (allCommon) return true;
  if (norms.length !== 1 || (norms[0]?.length ?? 0) > 3 || !hasUpper(alias)) return false;
  // Three-letter names are too easy to hit: words ("Net", "Tor"), and acronyms too ("RIP" the register,
  // "DDE", "PHP", "RMS") unless ATT&CK names its software or group so (FRP, BBK, RTM), or the name is a
  // state organ's (threat actors: "GRU", "MSS", the sponsors Vigil records).
  return !isAllCaps(alias) || !(entry.externalId || entry.type === 'threat-actor');
}

const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;

/** The name says what it is when one of its words is a kind word ("Taurus Stealer", "Mount Locker"...). */
function plainWordsFamily(
  entry: KnowledgeEntry,
  tokens: readonly { text: string; norm: string }[],
): boolean {
  return (
    entry.type === 'malware' &&
    !entry.externalId &&
    tokens.length >= 2 &&
    tokens.every((t) => PLAIN_WORD.test(t.text) && cueKind(t.norm) === undefined)
  );
}
