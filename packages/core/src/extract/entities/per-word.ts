/**
 * A value computed once per distinct word of one text (Token.word) instead of once per token: reports
 * repeat their vocabulary, so dictionary questions about a word ("does any name start with it?") are
 * answered a few thousand times per report instead of a few hundred thousand.
 */
import type { Token } from './tokens.ts';

export class PerWord<T> {
  readonly #values: (T | undefined)[] = [];

  constructor(readonly compute: (token: Token) => T) {}

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
