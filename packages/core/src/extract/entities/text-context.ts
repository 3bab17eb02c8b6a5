/**
 * One text prepared for matching: tokens, the sentence of each token, and questions about the words
 * around a position (cue words, sentence start, capitals-only headings).
 */
import type { Mention, Span } from '../../analysis/types.ts';
import { cueKind, type CueKind } from './cue-words.ts';
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

export class TextContext {
  readonly tokens: readonly Token[];
  /** Sentence index of each token (-1 outside every sentence). */
  readonly sentenceOf: readonly number[];
  readonly #firstTokenOfSentence = new Set<number>();
  readonly #shouting: boolean[];
  readonly #titleCase: boolean[];
  readonly #ranges = new Map<number, [number, number]>();

  constructor(
    readonly text: string,
    readonly sentences: readonly Span[],
  ) {
    this.tokens = tokenize(text);
    const sentenceOf: number[] = [];
    let s = 0;
    let previous = -2;
    for (const token of this.tokens) {
      while (s < sentences.length && (sentences[s]?.end ?? 0) <= token.start) s++;
      const inside = s < sentences.length && (sentences[s]?.start ?? Infinity) <= token.start;
      const index = inside ? s : -1;
      if (index !== previous) this.#firstTokenOfSentence.add(sentenceOf.length);
      previous = index;
      sentenceOf.push(index);
    }
    this.sentenceOf = sentenceOf;
    sentenceOf.forEach((sentence, i) => {
      const range = this.#ranges.get(sentence);
      if (range) range[1] = i + 1;
      else this.#ranges.set(sentence, [i, i + 1]);
    });
    this.#shouting = this.#share((t) => isAllCaps(t), 0.6);
    this.#titleCase = this.#share((t) => isCapitalized(t), 0.6);
  }

  /**
   * Sentences where most words pass `test`: all-capitals or Title Case headings, where capitals prove
   * nothing.
   */
  #share(test: (word: string) => boolean, threshold: number): boolean[] {
    const hits = new Array<number>(this.sentences.length).fill(0);
    const words = new Array<number>(this.sentences.length).fill(0);
    this.tokens.forEach((t, i) => {
      const s = this.sentenceOf[i] ?? -1;
      if (s < 0 || t.text.length < 2) return;
      words[s] = (words[s] ?? 0) + 1;
      if (test(t.text)) hits[s] = (hits[s] ?? 0) + 1;
    });
    return words.map((w, s) => w >= 3 && (hits[s] ?? 0) / w > threshold);
  }

  titleCase(tokenIndex: number): boolean {
    const s = this.sentenceOf[tokenIndex] ?? -1;
    return s >= 0 && (this.#titleCase[s] ?? false);
  }

  shouting(tokenIndex: number): boolean {
    const s = this.sentenceOf[tokenIndex] ?? -1;
    return s >= 0 && (this.#shouting[s] ?? false);
  }

  /** Token index range [from, to) of sentence `s` (empty when it has no tokens). */
  tokenRange(s: number): readonly [number, number] {
    let range = this.#ranges.get(s);
    if (!range) {
      range = [0, 0];
      this.#ranges.set(s, range);
    }
    return range;
  }

  /**
   * Whether the token opens a sentence, a table cell, a list item or a heading: anywhere a capital is
   * required by layout rather than by a name.
   */
  sentenceStart(tokenIndex: number): boolean {
    if (this.#firstTokenOfSentence.has(tokenIndex)) return true;
    const start = this.tokens[tokenIndex]?.start ?? 0;
    for (let i = start - 1; i >= 0 && start - i <= 8; i--) {
      const ch = this.text[i] ?? '';
      if (ch === ' ' || ch === '\t') continue;
      return LAYOUT_OPENERS.has(ch);
    }
    return true;
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
      const kind = cueKind(this.tokens[i]?.norm ?? '');
      if (kind) kinds.add(kind);
    }
    return kinds;
  }

  mention(from: number, to: number): Mention {
    const start = this.tokens[from]?.start ?? 0;
    const end = this.tokens[to - 1]?.end ?? start;
    const sentence = this.sentenceOf[from] ?? -1;
    return { start, end, text: this.text.slice(start, end), sentence: Math.max(sentence, 0) };
  }
}
