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

/**
 * A small number (0 to 0xfffe: bits, a code) per distinct word, kept in a typed array: a few bytes per word
 * instead of a slot per word, and every cache of this kind is read through one kind of array, so the
 * hot loops that ask it stay monomorphic. Tokens must come from one tokenize call (their `word` indexes).
 */
export class PerWordNumber {
  /** The value + 1 of each word asked so far; 0 where it was not asked yet. */
  readonly #codes: Uint16Array;

  constructor(
    readonly compute: (token: Token) => number,
    tokens: readonly Token[],
  ) {
    this.#codes = new Uint16Array(distinctWordCount(tokens));
  }

  get(token: Token): number {
    const code = this.#codes[token.word];
    if (code !== undefined && code !== 0) return code - 1;
    const value = this.compute(token);
    // A word outside the table (a token of another text) is answered, not cached.
    if (code !== undefined) this.#codes[token.word] = value + 1;
    return value;
  }
}

/** A yes/no question per distinct word (see PerWordNumber). */
export class PerWordTest {
  readonly #answers: PerWordNumber;

  constructor(test: (token: Token) => boolean, tokens: readonly Token[]) {
    this.#answers = new PerWordNumber((token) => (test(token) ? 1 : 0), tokens);
  }

  get(token: Token): boolean {
    return this.#answers.get(token) === 1;
  }
}
