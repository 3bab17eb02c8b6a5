/**
 * A value computed once per distinct word (Token.word) instead of once per token: reports repeat their
 * vocabulary, so dictionary questions about a word ("does any name start with it?") are answered a few
 * thousand times per report instead of a few hundred thousand. Word ids are shared by the texts of a
 * process (tokens.ts): a WordCache of a question about the word alone answers it for every later report
 * too; PerWord is for a question that also depends on one text.
 */
import { vocabularyStart, type Token } from './tokens.ts';

/** Answers about the word alone, kept across texts while the vocabulary lasts. */
export class WordCache<T> {
  #values: (T | undefined)[] = [];
  /** The first word id of the vocabulary the values are for. */
  #base = 0;

  constructor(readonly compute: (token: Token) => T) {}

  get(token: Token): T {
    const base = vocabularyStart();
    if (base !== this.#base) {
      this.#values = [];
      this.#base = base;
    }
    // A token from a vocabulary since replaced: answered, not remembered.
    if (token.word < base) return this.compute(token);
    const index = token.word - base;
    const known = this.#values[index];
    if (known !== undefined) return known;
    const value = this.compute(token);
    // Word ids grow in order of first use: fill below so the array stays dense.
    while (this.#values.length < index) this.#values.push(undefined);
    this.#values[index] = value;
    return value;
  }
}

/** Answers that depend on one text as well as the word: for that text only. */
export class PerWord<T> {
  readonly #values = new Map<number, T>();

  constructor(readonly compute: (token: Token) => T) {}

  get(token: Token): T {
    const known = this.#values.get(token.word);
    if (known !== undefined) return known;
    const value = this.compute(token);
    this.#values.set(token.word, value);
    return value;
  }
}
