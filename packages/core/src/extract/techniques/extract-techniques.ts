/**
 * ATT&CK techniques described in prose ("spear-phishing emails with malicious links" -> T1566.002),
 * from the cue lexicon and from ATT&CK technique names in the knowledge. One pass over the word tokens
 * with phrases indexed by their first word: linear in the text for a fixed lexicon.
 */
import type { ExtractedEntity, Mention, Span } from '../../analysis/types.ts';
import type { PreparedKnowledge } from '../../analyze/knowledge.ts';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import { PerWord } from '../entities/per-word.ts';
import { WordLookup } from '../entities/word-lookup.ts';
import { tokenize, type Token } from '../entities/tokens.ts';
import { insideUrl } from '../inside-url.ts';
import { fileNameGoesOn } from '../file-name-rest.ts';
import { sentenceAt } from '../sentence-at.ts';
import { isNameBasedId } from '../../stix/ids.ts';
import { NO_TECHNIQUE, TECHNIQUE_CUES } from './technique-lexicon.ts';
import { flawedProductAt } from '../entities/capital-products.ts';

interface Phrase {
  readonly id: string;
  /** Word patterns; a trailing '*' matches any word it starts. */
  readonly words: readonly string[];
  readonly weight: number;
}

/** A technique is reported when its evidence adds up to this (one strong phrase, or two weak ones). */
const THRESHOLD = 1;
const STRONG = 1;
const WEAK = 0.5;
/** Prefix patterns are indexed by this many leading letters. */
const STEM = 3;

const words = (phrase: string): string[] =>
  phrase
    .toLowerCase()
    .split(/[^\p{L}\p{N}*]+/u)
    .filter(Boolean);

/** A word without a plural s, to compare names ("accounts" and "account"); not a real stemmer. */
const singular = (word: string): string =>
  word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;

/**
 * Sub-techniques of reconnaissance and resource development are named by the thing gathered or
 * acquired ("IP Addresses", "Email Addresses", "Social Media", "Artificial Intelligence"): reports name
 * those things in every indicator section. Such a name is a weak cue, one of two needed; the action is
 * in the parent's name ("Gather Victim Network Information"), which stays strong.
 */
const PREPARATION_TACTICS: ReadonlySet<string> = new Set([
  'reconnaissance',
  'resource-development',
]);

function nameWeight(entry: KnowledgeEntry): number {
  const tactics = entry.tactics ?? [];
  const preparation = tactics.length > 0 && tactics.every((t) => PREPARATION_TACTICS.has(t));
  return preparation && entry.externalId?.includes('.') ? WEAK : STRONG;
}

export class TechniqueMatcher {
  private readonly exact: WordLookup<CompiledPhrase[]>;
  private readonly prefixed: WordLookup<CompiledPhrase[]>;

  constructor(phrases: Iterable<Phrase>) {
    const exact = new Map<string, CompiledPhrase[]>();
    const prefixed = new Map<string, CompiledPhrase[]>();
    for (const phrase of phrases) {
      const first = phrase.words[0];
      if (!first) continue;
      const wildcard = first.endsWith('*');
      const key = wildcard ? first.slice(0, STEM) : first;
      const map = wildcard ? prefixed : exact;
      const list = map.get(key) ?? [];
      list.push(compile(phrase));
      map.set(key, list);
    }
    this.exact = new WordLookup(exact);
    this.prefixed = new WordLookup(prefixed);
  }

  static fromKnowledge(knowledge?: PreparedKnowledge): TechniqueMatcher {
    // Lexicon phrases first: a phrase counts once per technique, at the weight of its first entry, so
    // where the lexicon weighs an ATT&CK name itself ("control panel" is weak), that weight stands.
    const phrases: Phrase[] = [];
    for (const cue of TECHNIQUE_CUES) {
      for (const p of cue.strong) phrases.push({ id: cue.id, words: words(p), weight: STRONG });
      for (const p of cue.weak ?? []) phrases.push({ id: cue.id, words: words(p), weight: WEAK });
    }
    // ATT&CK's own names, when at least two words long ("Proxy", "Rootkit" are too loose) and naming one
    // technique only: "Email Accounts" is a sub-technique of both T1585 and T1586, and its singular
    // "Email Account" one of T1087, so "email account compromise" says none of them. Singular and plural
    // are compared among ATT&CK's own objects: mobile mirrors from MISP ("Credentials from Password
    // Store", T1634) make no enterprise name ambiguous unless spelled exactly alike.
    const exact = new Map<string, Set<string>>();
    const singularOrPlural = new Map<string, Set<string>>();
    const add = (map: Map<string, Set<string>>, key: string, id: string): void => {
      map.set(key, (map.get(key) ?? new Set()).add(id));
    };
    const named: { id: string; words: string[]; weight: number }[] = [];
    for (const entry of knowledge?.entries ?? []) {
      if (entry.type !== 'attack-pattern' || !entry.externalId?.startsWith('T')) continue;
      const nameWords = words(entry.name.replace(/\*/gu, ''));
      if (nameWords.length < 2) continue;
      const id = entry.externalId.toUpperCase();
      add(exact, nameWords.join(' '), id);
      // Known from MISP's mirror galaxy only (no ATT&CK object in the store): mobile and retired
      // PRE-ATT&CK techniques ("Network Service Scanning" T1423), whose names enterprise reports use for
      // enterprise techniques. They still make a name ambiguous; they are no cue of their own.
      if (isNameBasedId(entry.id)) continue;
      named.push({ id, words: nameWords, weight: nameWeight(entry) });
      add(singularOrPlural, nameWords.map(singular).join(' '), id);
    }
    for (const { id, words: nameWords, weight } of named) {
      const spelledAlike = exact.get(nameWords.join(' '))?.size ?? 0;
      const inflected = new Set(singularOrPlural.get(nameWords.map(singular).join(' '))).add(id);
      if (spelledAlike === 1 && inflected.size === 1) {
        phrases.push({ id, words: nameWords, weight });
      }
    }
    return new TechniqueMatcher(phrases);
  }

  /**
   * Phrases whose first word fits this word, exact first words before prefix ones (the order hits are
   * reported in). Reports repeat their words, so this is computed once per distinct word of a text.
   */
  private startingWith(norm: string): readonly CompiledPhrase[] {
    const exact = this.exact.get(norm);
    const prefixed = norm.length >= STEM ? this.prefixed.prefix(norm, STEM) : undefined;
    // Most words share their first letters with some prefix pattern but fit none: no new list for those.
    if (!prefixed || !someFirstWordFits(prefixed, norm)) return exact ?? NONE;
    return withFitting(exact ?? NONE, prefixed, norm);
  }

  /** Every phrase occurrence: technique id, weight, token range. */
  find(tokens: readonly Token[]): MatchedPhrase[] {
    const hits: MatchedPhrase[] = [];
    const starting = new PerWord((token) => this.startingWith(token.norm), tokens);
    for (let i = 0; i < tokens.length; i++) {
      for (const phrase of starting.get(tokens[i]!)) {
        const n = phrase.patterns.length;
        if (!restFits(phrase, tokens, i)) continue;
        hits.push({
          id: phrase.id,
          weight: phrase.weight,
          phrase: phrase.text,
          from: i,
          to: i + n - 1,
          gapped: phrase.gapped,
        });
      }
    }
    return hits;
  }
}

interface MatchedPhrase extends PhraseHit {
  readonly weight: number;
  readonly phrase: string;
}

interface PhraseHit {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  /** Its phrase takes any word somewhere ("inject* * into"): the word it took is no part of it. */
  readonly gapped: boolean;
}

/**
 * Hits not nested in a longer hit: "DLL side-loading" is one mention and one piece of evidence, not also a
 * second one for the "side-loading" inside it, and "Steal Web Session Cookie" (T1539) says nothing of
 * "Web Session Cookie" (T1550.004). Two techniques cued by the very same words both keep them.
 */
function outermost<H extends PhraseHit>(hits: readonly H[]): H[] {
  const ordered = [...hits].sort((a, b) => a.from - b.from || b.to - a.to);
  const reach = new Map<string, number>();
  const kept: H[] = [];
  let outer: H | undefined;
  for (const hit of ordered) {
    if ((reach.get(hit.id) ?? -1) >= hit.to) continue;
    if (outer && hit.to <= outer.to && (hit.from !== outer.from || hit.to !== outer.to)) continue;
    reach.set(hit.id, Math.max(reach.get(hit.id) ?? -1, hit.to));
    kept.push(hit);
    // "injecting JavaScript into": the word a gap took still cues its own technique.
    if (!hit.gapped && (!outer || hit.to > outer.to)) outer = hit;
  }
  return kept;
}

/** A word pattern: the word itself, or the letters a word must start with ("exfiltrat*"). */
interface Pattern {
  readonly word: string;
  readonly prefix: boolean;
}

interface CompiledPhrase {
  readonly id: string;
  readonly weight: number;
  readonly patterns: readonly Pattern[];
  /** The phrase's words joined by spaces: counts a cue once however often it repeats. */
  readonly text: string;
  readonly gapped: boolean;
}

const NONE: readonly CompiledPhrase[] = [];

const pattern = (word: string): Pattern =>
  word.endsWith('*') ? { word: word.slice(0, -1), prefix: true } : { word, prefix: false };

const compile = (phrase: Phrase): CompiledPhrase => ({
  id: phrase.id,
  weight: phrase.weight,
  patterns: phrase.words.map(pattern),
  text: phrase.words.join(' '),
  gapped: phrase.words.includes('*'),
});

const fits = (p: Pattern, norm: string): boolean =>
  p.prefix ? norm.startsWith(p.word) : norm === p.word;

/**
 * The exact phrases, then the prefix ones whose first word fits. Apart from startingWith because of the
 * callback: a function holding one that reads its arguments gives each call a context to allocate, taken
 * or not, and startingWith is asked of every distinct word of every text.
 */
const withFitting = (
  exact: readonly CompiledPhrase[],
  prefixed: readonly CompiledPhrase[],
  norm: string,
): CompiledPhrase[] => [...exact, ...prefixed.filter((p) => fits(p.patterns[0]!, norm))];

/** Whether some phrase's first word fits the word: a loop, asked of most words, making no closure. */
function someFirstWordFits(phrases: readonly CompiledPhrase[], norm: string): boolean {
  for (const phrase of phrases) if (fits(phrase.patterns[0]!, norm)) return true;
  return false;
}

/** Whether the words after the first fit the tokens after token i. */
function restFits(phrase: CompiledPhrase, tokens: readonly Token[], i: number): boolean {
  const n = phrase.patterns.length;
  if (i + n > tokens.length) return false;
  for (let k = 1; k < n; k++) {
    if (!fits(phrase.patterns[k]!, tokens[i + k]!.norm)) return false;
  }
  return true;
}

const cache = new WeakMap<PreparedKnowledge, TechniqueMatcher>();
const withoutKnowledge = TechniqueMatcher.fromKnowledge();

export function techniqueMatcher(knowledge?: PreparedKnowledge): TechniqueMatcher {
  if (!knowledge) return withoutKnowledge;
  let matcher = cache.get(knowledge);
  if (!matcher) {
    matcher = TechniqueMatcher.fromKnowledge(knowledge);
    cache.set(knowledge, matcher);
  }
  return matcher;
}

/**
 * A colon, then a file name, a hash or an address: "Malicious file: w.exe — d2fd…", "Malicious file hash:
 * 5b7b…". The words before it label an indicator in a list; they tell no act of the actor.
 */
const INDICATOR_AFTER_LABEL =
  /^:[ \t]*(?:[\w-]{1,64}\.[a-z]{2,4}\b|[\da-f]{32,128}\b|\d{1,3}(?:\.|\[\.\])\d{1,3}(?:\.|\[\.\])\d)/iu;
const LABEL_REACH = 160;

const labelsIndicator = (text: string, end: number): boolean =>
  text.charCodeAt(end) === 58 && INDICATOR_AFTER_LABEL.test(text.slice(end, end + LABEL_REACH));

/**
 * "Proton-decrypter.exe": words joined to others in a file's name. A program's own file name
 * ("rundll32.exe", "mshta.exe") is how reports say it ran, and stays a cue.
 */
function partOfFileName(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const joined = before === '-' || before === '_' || text[end] === '-' || text[end] === '_';
  return joined && fileNameGoesOn(text, end);
}

/**
 * Words that deny what follows them: "No passwords or private keys were exposed", "without PowerShell". Not
 * negated-clause.ts, which reads 60 characters back for a tie or an attribution: "any" there denies ("any
 * link between"), while "encrypts any file" is a behaviour; a cue is denied only by a word right before it.
 */
const NEGATIONS: ReadonlySet<string> = new Set(['no', 'not', 'never', 'without', 'neither', 'nor']);
const ONLY: ReadonlySet<string> = new Set(['only', 'just', 'merely']);
/**
 * What ends the clause a denial rules: "If it does not, UAC bypass is executed", "recoveryenabled No & bcdedit",
 * "similar (but not identical) to RC4"; a hyphen joins "No-IP" into a name.
 */
const CLAUSE_BREAK = /[.!?;:,&()\n-]/u;
/** How many words before a cue a denial may stand. */
const NEGATION_REACH = 3;

/** Whether a word of denial stands right before the cue starting at token `from`, in its clause. */
function negatedAt(text: string, tokens: readonly Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - NEGATION_REACH; k--) {
    if (CLAUSE_BREAK.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
    // "not only are supply-chain attacks common", "not just opening the document but enabling macros".
    // "if not, it creates a service": "if not" is "otherwise".
    if (NEGATIONS.has(tokens[k]!.norm)) {
      return !ONLY.has(tokens[k + 1]!.norm) && tokens[k - 1]?.norm !== 'if';
    }
  }
  return false;
}

/** T1219, cued by the names of remote-access products. */
const REMOTE_ACCESS_TOOLS = 'T1219';

export function extractTechniques(
  text: string,
  sentences: readonly Span[],
  knowledge?: PreparedKnowledge,
  tokens: readonly Token[] = tokenize(text),
): ExtractedEntity[] {
  // Mentions are made only for techniques whose evidence passes: most weak cues never do.
  const evidence = new Map<string, { score: number; phrases: Set<string>; spans: number[] }>();
  const hits = outermost(techniqueMatcher(knowledge).find(tokens));
  // The tokens of phrases that name no technique ("decryption keys"): no cue inside them counts. A word such a
  // phrase's gap took is none of its words ("injected JavaScript into the site" still tells of JavaScript).
  const none = new Set<number>();
  for (const hit of hits) {
    if (hit.id !== NO_TECHNIQUE) continue;
    const words = hit.gapped ? hit.phrase.split(' ') : undefined;
    for (let k = hit.from; k <= hit.to; k++) if (words?.[k - hit.from] !== '*') none.add(k);
  }
  for (const hit of hits) {
    if (hit.id === NO_TECHNIQUE || (none.has(hit.from) && none.has(hit.to))) continue;
    if (insideUrl(text, tokens[hit.from]!.start)) continue;
    if (
      labelsIndicator(text, tokens[hit.to]!.end) ||
      partOfFileName(text, tokens[hit.from]!.start, tokens[hit.to]!.end)
    ) {
      continue;
    }
    // "No passwords or private keys were exposed": what the text denies is no evidence.
    if (negatedAt(text, tokens, hit.from)) continue;
    // "CVE-2024-1709 in ConnectWise ScreenConnect": the product exploited, no remote access tool used.
    if (hit.id === REMOTE_ACCESS_TOOLS && flawedProductAt(text, tokens[hit.from]!.start)) continue;
    let entry = evidence.get(hit.id);
    if (!entry) {
      entry = { score: 0, phrases: new Set(), spans: [] };
      evidence.set(hit.id, entry);
    }
    // A phrase counts once however often it is repeated: evidence is the variety of cues.
    if (!entry.phrases.has(hit.phrase)) {
      entry.phrases.add(hit.phrase);
      entry.score += hit.weight;
    }
    entry.spans.push(hit.from, hit.to);
  }
  const out: ExtractedEntity[] = [];
  for (const [id, { score, spans }] of [...evidence].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (score < THRESHOLD) continue;
    const entry = knowledge?.byExternalId.get(id);
    // In text order already: outermost() sorts the hits by their first token.
    const mentions: Mention[] = [];
    for (let k = 0; k < spans.length; k += 2) {
      const start = tokens[spans[k]!]!.start;
      const end = tokens[spans[k + 1]!]!.end;
      mentions.push({
        start,
        end,
        text: text.slice(start, end),
        sentence: sentenceAt(sentences, start),
      });
    }
    out.push({
      // Keyed like identifier-entities.ts: a revoked id's evidence joins its replacement's.
      key: `attack-pattern:${entry?.externalId ?? id}`,
      type: 'attack-pattern',
      name: entry?.name ?? id,
      externalId: id,
      ...(entry ? { ref: entry.id } : {}),
      mentions,
      recognition: Math.min(95, Math.round(50 + 15 * score)),
      via: 'technique-description',
    });
  }
  return out;
}
