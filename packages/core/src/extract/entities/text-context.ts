/**
 * One text prepared for matching: tokens, the sentence of each token, and questions about the words
 * around a position (cue words, sentence start, capitals-only headings).
 */
import type { Mention, Span } from '../../analysis/types.ts';
import { cueKind, type CueKind } from './cue-words.ts';
import { PerWord, PerWordNumber } from './per-word.ts';
import { isAllCaps, isCapitalized, tokenize, type Token } from './tokens.ts';

/** Characters after which a word is capitalized by layout: cells, bullets, headings, quotes. */
const LAYOUT_OPENERS = new Set([
  '|',
  '*',
  '#',
  '-',
  '•',
  ':',
  '>',
  '\n',
  '\r',
  '"',
  '“',
  '(',
  '[',
  '.',
]);

/** How far (in tokens, same sentence) a cue word may sit from the name it supports. */
const CUE_WINDOW = 4;

/** Per-word shape bits for the heading tests (words of one letter do not count). */
const COUNTED = 1;
const ALL_CAPS = 2;
const CAPITALIZED = 4;
/** Share of a sentence's words above which it is a heading written in capitals or Title Case. */
const HEADING_SHARE = 0.6;

/**
 * Which sentences are headings by `counts` of their words (capitals-only or capitalized ones). A loop, not
 * Array.from over the typed array: that goes through an iterator, an object per sentence.
 */
function headings(words: Int32Array, counts: Int32Array): boolean[] {
  const heading = new Array<boolean>(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    heading[i] = w >= 3 && counts[i]! / w > HEADING_SHARE;
  }
  return heading;
}

/**
 * Horizontal spaces other than U+0020, each one UTF-16 unit like the space that replaces it: the no-break
 * space, and the rarer others.
 */
const NO_BREAK_SPACE = '\u00a0';
const OTHER_TYPOGRAPHIC_SPACE = /[\u2000-\u200a\u202f\u205f\u3000]/u;
const OTHER_TYPOGRAPHIC_SPACES = new RegExp(OTHER_TYPOGRAPHIC_SPACE.source, 'gu');

/**
 * The no-break space by a plain string search and replace, the others by the regex: 404 of the 551 corpus
 * texts have typographic spaces, 385 of them no-break spaces only, and this takes half the time of one
 * Unicode regex over every text.
 */
function plainSpaces(text: string): string {
  const noBreakFree = text.includes(NO_BREAK_SPACE) ? text.replaceAll(NO_BREAK_SPACE, ' ') : text;
  return OTHER_TYPOGRAPHIC_SPACE.test(noBreakFree)
    ? noBreakFree.replace(OTHER_TYPOGRAPHIC_SPACES, ' ')
    : noBreakFree;
}

export class TextContext {
  readonly tokens: readonly Token[];
  /** Sentence index of each token (-1 outside every sentence). */
  readonly sentenceOf: ArrayLike<number>;
  /** 1 where a token's sentence index differs from the previous token's. */
  readonly #opensSentence: Uint8Array;
  readonly #shouting: boolean[];
  readonly #titleCase: boolean[];
  /** Token range of each sentence, and of the tokens outside every sentence (first to last). */
  readonly #rangeFrom: Int32Array;
  readonly #rangeTo: Int32Array;
  readonly #outside: [number, number] | undefined;
  readonly #cues: PerWord<CueKind | null>;

  /**
   * The text with no-break and other typographic spaces read as plain spaces (same length, same offsets):
   * pages converted from HTML put "&nbsp;" between words at random ("is a\u00a0smaller exploit kit"), and
   * the rules that ask whether two words are parted by a space mean any of them.
   */
  readonly text: string;

  constructor(
    /** The text as given: mentions quote it. */
    readonly source: string,
    readonly sentences: readonly Span[],
  ) {
    this.text = plainSpaces(source);
    const tokens = tokenize(source);
    this.tokens = tokens;
    this.#cues = new PerWord((t) => cueKind(t.norm) ?? null, tokens);
    const sentenceOf = new Int32Array(tokens.length);
    const opens = new Uint8Array(tokens.length);
    const rangeFrom = new Int32Array(sentences.length);
    const rangeTo = new Int32Array(sentences.length);
    let outside: [number, number] | undefined;
    const words = new Int32Array(sentences.length);
    const capitals = new Int32Array(sentences.length);
    const capitalized = new Int32Array(sentences.length);
    const shape = new PerWordNumber(
      ({ text: word }) =>
        word.length < 2
          ? 0
          : COUNTED | (isAllCaps(word) ? ALL_CAPS : 0) | (isCapitalized(word) ? CAPITALIZED : 0),
      tokens,
    );
    let s = 0;
    let previous = -2;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      while (s < sentences.length && (sentences[s]?.end ?? 0) <= token.start) s++;
      const inside = s < sentences.length && (sentences[s]?.start ?? Infinity) <= token.start;
      const index = inside ? s : -1;
      if (index !== previous) opens[i] = 1;
      previous = index;
      sentenceOf[i] = index;
      if (index < 0) {
        if (outside) outside[1] = i + 1;
        else outside = [i, i + 1];
        continue;
      }
      if (rangeTo[index] === 0) rangeFrom[index] = i;
      rangeTo[index] = i + 1;
      const bits = shape.get(token);
      if (bits === 0) continue;
      words[index]!++;
      if (bits & ALL_CAPS) capitals[index]!++;
      if (bits & CAPITALIZED) capitalized[index]!++;
    }
    this.sentenceOf = sentenceOf;
    this.#opensSentence = opens;
    this.#rangeFrom = rangeFrom;
    this.#rangeTo = rangeTo;
    this.#outside = outside;
    this.#shouting = headings(words, capitals);
    this.#titleCase = headings(words, capitalized);
  }

  titleCase(tokenIndex: number): boolean {
    const s = this.sentenceOf[tokenIndex] ?? -1;
    return s >= 0 && (this.#titleCase[s] ?? false);
  }

  shouting(tokenIndex: number): boolean {
    const s = this.sentenceOf[tokenIndex] ?? -1;
    return s >= 0 && (this.#shouting[s] ?? false);
  }

  /** Token k's lower-case word when it stands in sentence `s`, else '' (a sentence's edges read as blanks). */
  normIn(s: number | undefined, k: number): string {
    return k >= 0 && this.sentenceOf[k] === s ? (this.tokens[k]?.norm ?? '') : '';
  }

  /** Token index range [from, to) of sentence `s` (empty when it has no tokens). */
  tokenRange(s: number): readonly [number, number] {
    if (s < 0) return this.#outside ?? [0, 0];
    const to = this.#rangeTo[s] ?? 0;
    return to === 0 ? [0, 0] : [this.#rangeFrom[s] ?? 0, to];
  }

  /**
   * Whether the token opens a sentence, a table cell, a list item or a heading: anywhere a capital is
   * required by layout rather than by a name.
   */
  sentenceStart(tokenIndex: number): boolean {
    if (this.#opensSentence[tokenIndex] === 1) return true;
    const start = this.tokens[tokenIndex]?.start ?? 0;
    for (let i = start - 1; i >= 0 && start - i <= 8; i--) {
      const ch = this.text[i] ?? '';
      if (ch === ' ' || ch === '\t') continue;
      return LAYOUT_OPENERS.has(ch);
    }
    return true;
  }

  /** Whether token i follows the token before it after one space ("Caesars Entertainment", not "Acme-Corp"). */
  spaceBefore(i: number): boolean {
    const token = this.tokens[i];
    const previous = this.tokens[i - 1];
    return (
      token !== undefined &&
      previous !== undefined &&
      token.start === previous.end + 1 &&
      this.text.charCodeAt(previous.end) === 0x20
    );
  }

  /**
   * The first token of tokens [from, from + reach) of from's sentence that a comma follows: the end of a clause
   * or an apposition opened before it (", which emerged in April 2022,"); undefined when none is within reach.
   */
  commaClosing(from: number, reach: number): number | undefined {
    const sentence = this.sentenceOf[from];
    for (let k = from; k < from + reach && k < this.tokens.length; k++) {
      if (this.sentenceOf[k] !== sentence) return undefined;
      if (this.text.charCodeAt(this.tokens[k]!.end) === 0x2c) return k;
    }
    return undefined;
  }

  /** Whether token i is the "s" of an apostrophe s glued to the token before ("Boeing's", "Japan’s"). */
  possessiveS(i: number): boolean {
    const token = this.tokens[i];
    const owner = this.tokens[i - 1];
    if (token?.norm !== 's' || owner === undefined || token.start !== owner.end + 1) return false;
    const mark = this.text.charCodeAt(owner.end);
    return mark === 0x27 || mark === 0x2019;
  }

  /** Cue kinds of the words within the window around tokens [from, to) in the same sentence. */
  cuesNear(from: number, to: number, window = CUE_WINDOW): Set<CueKind> {
    const kinds = new Set<CueKind>();
    const sentence = this.sentenceOf[from];
    const lo = Math.max(0, from - window);
    const hi = Math.min(this.tokens.length, to + window);
    for (let i = lo; i < hi; i++) {
      if (i >= from && i < to) continue;
      if (this.sentenceOf[i] !== sentence) continue;
      const token = this.tokens[i];
      const kind = token && this.#cues.get(token);
      if (kind) kinds.add(kind);
    }
    return kinds;
  }

  mention(from: number, to: number): Mention {
    const start = this.tokens[from]?.start ?? 0;
    const end = this.tokens[to - 1]?.end ?? start;
    const sentence = this.sentenceOf[from] ?? -1;
    return { start, end, text: this.source.slice(start, end), sentence: Math.max(sentence, 0) };
  }
}
