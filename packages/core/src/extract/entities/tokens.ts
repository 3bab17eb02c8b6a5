/**
 * Word tokens with offsets: the unit every dictionary and naming-scheme match works on, so matches
 * always start and end on word boundaries ("Niger" never matches inside "Nigeria").
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** As written. */
  readonly text: string;
  /** NFKC, lower-cased: the key for dictionary lookups. */
  readonly norm: string;
}

// A token is a run of letters, digits and combining marks; one pass, no backtracking.
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * The last text tokenized and its tokens: the pipeline tokenizes one report for entities and again for
 * techniques, and the second call is then free. Deterministic (same text, same tokens); one entry only.
 */
let memo: { readonly text: string; readonly tokens: readonly Token[] } | undefined;

export function tokenize(text: string): readonly Token[] {
  if (memo?.text === text) return memo.tokens;
  const tokens: Token[] = [];
  // One normalization per distinct word: reports repeat their vocabulary many times.
  const norms = new Map<string, string>();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    const start = match.index;
    const word = match[0];
    let norm = norms.get(word);
    if (norm === undefined) {
      norm = normalizeToken(word);
      norms.set(word, norm);
    }
    tokens.push({ start, end: start + word.length, text: word, norm });
  }
  // Short strings (dictionary names) are not worth remembering.
  if (text.length > 256) memo = { text, tokens };
  return tokens;
}

const isAscii = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
};

export const normalizeToken = (word: string): string =>
  isAscii(word)
    ? word.toLowerCase()
    : word
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase();

/** Tokens of a dictionary name, normalized the same way as text tokens. */
export const nameTokens = (name: string): string[] => tokenize(name).map((t) => t.norm);

/**
 * Whether two adjacent tokens belong to one name: separated by at most a space, hyphen, dot, slash,
 * underscore or apostrophe (never a line break, comma or sentence end).
 */
export function joined(text: string, left: Token, right: Token): boolean {
  const gap = right.start - left.end;
  if (gap === 0) return true;
  if (gap > 2) return false;
  for (let i = left.end; i < right.start; i++) {
    const ch = text[i];
    if (ch !== ' ' && ch !== '-' && ch !== '.' && ch !== '/' && ch !== '_' && ch !== '\u00a0') {
      return false;
    }
  }
  // "end. Next" is a sentence break, not "end.Next".
  return !(gap === 2 && text[left.end] === '.');
}

// Case tests run on every token: ASCII letters by char code, the rest by Unicode property.
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

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

const hasLower = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 128) return LOWER.test(word);
    if (isAsciiLower(c)) return true;
  }
  return false;
};

export const isAllCaps = (word: string): boolean => hasUpper(word) && !hasLower(word);
export const hasDigit = (word: string): boolean => /\p{N}/u.test(word);
