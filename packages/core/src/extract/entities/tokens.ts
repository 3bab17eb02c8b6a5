/**
 * Word tokens with offsets: the unit every dictionary and naming-scheme match works on, so matches
 * always start and end on word boundaries ("Niger" never matches inside "Nigeria").
 */
import { hashStep, WordTable } from './word-table.ts';

export interface Token {
  readonly start: number;
  readonly end: number;
  /** As written. */
  readonly text: string;
  /** Lower-cased, compatibility-decomposed without combining marks (normalizeToken): the lookup key. */
  readonly norm: string;
  /** Which distinct word of the text (0, 1, ... in order of first use): an index for per-word caches. */
  readonly word: number;
}

/**
 * Word characters: letters, digits and combining marks. ASCII is answered by a table; any other code unit
 * value is asked of the regex once and remembered (astral code points, rare, always ask).
 */
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const NOT_KNOWN = 0;
const WORD = 1;
const NOT_WORD = 2;
const BMP_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) {
  const alnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  BMP_CLASS[c] = alnum ? WORD : NOT_WORD;
}

function isWordCodePoint(cp: number): boolean {
  if (cp > 0xffff) return WORD_CHAR.test(String.fromCodePoint(cp));
  let known = BMP_CLASS[cp] ?? NOT_KNOWN;
  if (known === NOT_KNOWN) {
    known = WORD_CHAR.test(String.fromCharCode(cp)) ? WORD : NOT_WORD;
    BMP_CLASS[cp] = known;
  }
  return known === WORD;
}

/**
 * How many distinct words a token list made by tokenize holds: per-word caches (per-word.ts) are sized
 * once from it instead of growing word by word.
 */
const DISTINCT_WORDS = new WeakMap<readonly Token[], number>();

export const distinctWordCount = (tokens: readonly Token[]): number =>
  DISTINCT_WORDS.get(tokens) ?? 0;

/**
 * Maximal runs of word characters (as /[\p{L}\p{N}\p{M}]+/gu would find them), scanned by hand: one pass,
 * no match objects, and each distinct word cut out and normalized once (word-table.ts).
 */
export function tokenize(text: string): readonly Token[] {
  const tokens: Token[] = [];
  // About one distinct word per 16 characters of a short text; a report's vocabulary grows slower.
  const words = new WordTable(normalizeToken, text.length >> 4);
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Most characters between words are ASCII (spaces, punctuation): no code point needed for those.
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (BMP_CLASS[c] !== WORD) {
        i++;
        continue;
      }
    } else {
      const cp = text.codePointAt(i) ?? 0;
      if (!isWordCodePoint(cp)) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
    }
    const start = i;
    let hash = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        if (BMP_CLASS[c] !== WORD) break;
        hash = hashStep(hash, c);
        i++;
        continue;
      }
      const point = text.codePointAt(i) ?? 0;
      if (!isWordCodePoint(point)) break;
      hash = hashStep(hash, c);
      if (point > 0xffff) hash = hashStep(hash, text.charCodeAt(i + 1));
      i += point > 0xffff ? 2 : 1;
    }
    const word = words.at(text, start, i, hash);
    tokens.push({ start, end: i, text: word.text, norm: word.norm, word: word.id });
  }
  DISTINCT_WORDS.set(tokens, words.size);
  return tokens;
}

// At module level: the TypeScript loader compiles a \p{...} literal inside a function again at every call.
const COMBINING_MARKS = /\p{M}+/gu;
const DIGIT = /\p{N}/u;

/**
 * Lower-cased, compatibility-decomposed without combining marks. One scan decides: most words are plain
 * lower-case ASCII and are their own normal form (no new string); other ASCII words only need lower case.
 */
export const normalizeToken = (word: string): string => {
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c > 0x7f) return word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper ? word.toLowerCase() : word;
};

/** Tokens of a dictionary name, normalized the same way as text tokens. */
export const nameTokens = (name: string): string[] => tokenize(name).map((t) => t.norm);

/** Quote marks, straight and typographic, that may stand around a name. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);

/** The marks as UTF-16 code units: asked at every token, a code needs no one-letter string made. */
export const QUOTE_CODES: ReadonlySet<number> = codesOf(QUOTE_MARKS);

/** The code units of one-unit characters (none of them outside the Basic Multilingual Plane). */
export function codesOf(chars: Iterable<string>): ReadonlySet<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}

/**
 * Whether two adjacent tokens belong to one name: separated by at most a space, hyphen, dot, slash or
 * underscore, or by an apostrophe alone (never a line break, comma or sentence end).
 */
export function joined(text: string, left: Token, right: Token): boolean {
  const gap = right.start - left.end;
  if (gap === 0) return true;
  if (gap > 2) return false;
  // Char codes, not text[i]: a one-character string per test is made for every letter beyond Latin-1.
  const first = text.charCodeAt(left.end);
  // "more\_eggs": Markdown escapes an underscore; the name is "more_eggs".
  if (gap === 2 && first === BACKSLASH && text.charCodeAt(left.end + 1) === UNDERSCORE) return true;
  // "Scattered Lapsus$ Hunters": a dollar sign ending a word of a name ("LAPSUS$") does not part it.
  if (gap === 2 && first === DOLLAR && text.charCodeAt(left.end + 1) === SPACE) return true;
  // "People's Republic": an apostrophe inside a word; one with a space beside it is a quote mark.
  if (gap === 1 && (first === APOSTROPHE || first === RIGHT_SINGLE_QUOTE)) return true;
  for (let i = left.end; i < right.start; i++) {
    if (!joinsWords(text.charCodeAt(i))) return false;
  }
  // "end. Next" is a sentence break, not "end.Next".
  return !(gap === 2 && first === DOT);
}

const BACKSLASH = 0x5c;
const UNDERSCORE = 0x5f;
const DOLLAR = 0x24;
const SPACE = 0x20;
const DOT = 0x2e;
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTE = 0x2019;

/** Space, hyphen, dot, slash, underscore or no-break space. */
const joinsWords = (c: number): boolean =>
  c === 0x20 || c === 0x2d || c === DOT || c === 0x2f || c === UNDERSCORE || c === 0xa0;

// Case tests run on every token: ASCII letters by char code, the rest by Unicode property.
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

export const isCapitalized = (word: string): boolean => {
  const c = word.charCodeAt(0);
  if (c < 128) return isAsciiUpper(c);
  return UPPER.test(word.charAt(0));
};

export const hasUpper = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return UPPER.test(word);
    if (isAsciiUpper(c)) return true;
  }
  return false;
};

export const hasLower = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return LOWER.test(word);
    if (isAsciiLower(c)) return true;
  }
  return false;
};

export const isAllCaps = (word: string): boolean => hasUpper(word) && !hasLower(word);
export const hasDigit = (word: string): boolean => DIGIT.test(word);

/** "PLCs", "VPNs", "NASes": an acronym's plural, which names things of a kind. */
export const isAcronymPlural = (word: string): boolean => ACRONYM_PLURAL.test(word);
const ACRONYM_PLURAL = /^\p{Lu}{2,}e?s$/u;
