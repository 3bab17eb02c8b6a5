/**
 * A value computed once per distinct word of one text (Token.word) instead of once per token: reports
 * repeat their vocabulary, so dictionary questions about a word ("does any name start with it?") are
 * answered a few thousand times per report instead of a few hundred thousand.
 */
import { distinctWordCount, type Token } from './tokens.ts';

export class PerWord<T> {
  readonly #values: (T | undefined)[];

  /**
   * `tokens`, the text's, size the cache once: an array grown one word at a time is copied over and over,
   * and a pass over a report makes a dozen of these.
   */
  constructor(
    readonly compute: (token: Token) => T,
    tokens?: readonly Token[],
  ) {
    this.#values = new Array<T | undefined>(tokens ? distinctWordCount(tokens) : 0).fill(undefined);
  }

  get(token: Token): T {
    const known = this.#values[token.word];
    if (known !== undefined) return known;
    const value = this.compute(token);
    // Word ids grow in order of first use: fill below so the array stays dense.
    while (this.#values.length < token.word) this.#values.push(undefined);
    this.#values[token.word] = value;
    return value;
  }
}
