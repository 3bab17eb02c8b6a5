/**
 * SQL LIKE for STIX patterns (§9.5): `%` stands for any run of characters (also none), `_` for exactly
 * one character (a Unicode code point), everything else for itself, case-sensitively; the whole value
 * must match. STIX defines no escape character, so `%` and `_` are always wildcards.
 *
 * Matched with a bit-parallel automaton (extended Shift-And, Navarro & Raffinot): state j means "the
 * first j non-`%` elements are matched"; each input character moves every state one step at once, and a
 * state followed by `%` also stays. One pass, no backtracking: O(n · ⌈(m + 1)/32⌉) time for a value of n
 * characters and a pattern of m elements, whatever the input (`%a%a%a%b` against `aaaa…` included).
 * The literal text before the first and after the last wildcard is checked first (O(m)), which turns
 * away most values of the common `%.evil.com` / `C:\Temp\%` shapes before the automaton runs.
 */

const WORD_BITS = 32;

export interface LikeMatcher {
  /** True when the whole value matches the LIKE pattern. */
  test(value: string): boolean;
}

/** Code points below this have their masks in a flat table (the rest in a map). */
const TABLE_SIZE = 128;

class ShiftAndLike implements LikeMatcher {
  /** Scratch state sets for patterns over one word, reused by every call (matching is synchronous). */
  private active: Uint32Array;
  private next: Uint32Array;
  /** Masks of the first state word for code points below TABLE_SIZE (the one-word fast path). */
  private readonly table: Int32Array;

  constructor(
    /** States (bit j of word j >>> 5); the accepting state is `elements`. */
    private readonly elements: number,
    private readonly words: number,
    /** Per code point: the states entered by reading it (literal elements plus every `_`). */
    private readonly advance: ReadonlyMap<number, Uint32Array>,
    /** States entered by a code point the pattern never names: the `_` elements only. */
    private readonly advanceOther: Uint32Array,
    /** States followed by `%`: they stay active on any character. */
    private readonly stay: Uint32Array,
    /** Literal text every match starts / ends with. */
    private readonly prefix: string,
    private readonly suffix: string,
  ) {
    this.active = new Uint32Array(words);
    this.next = new Uint32Array(words);
    this.table = new Int32Array(TABLE_SIZE).fill(advanceOther[0] as number);
    for (const [code, bits] of advance) if (code < TABLE_SIZE) this.table[code] = bits[0] as number;
  }

  test(value: string): boolean {
    if (!value.startsWith(this.prefix) || !value.endsWith(this.suffix)) return false;
    return this.words === 1 ? this.oneWord(value) : this.manyWords(value);
  }

  private oneWord(value: string): boolean {
    const stay = this.stay[0] as number;
    let active = 1;
    for (let i = 0; i < value.length;) {
      const code = value.codePointAt(i) as number;
      i += code > 0xffff ? 2 : 1;
      const mask =
        code < TABLE_SIZE
          ? (this.table[code] as number)
          : ((this.advance.get(code) ?? this.advanceOther)[0] as number);
      active = ((active << 1) & mask) | (active & stay);
      if (active === 0) return false;
    }
    return (active & (1 << this.elements)) !== 0;
  }

  private manyWords(value: string): boolean {
    const { words } = this;
    let { active, next } = this;
    active.fill(0);
    active[0] = 1;
    for (let i = 0; i < value.length;) {
      const code = value.codePointAt(i) as number;
      i += code > 0xffff ? 2 : 1;
      const mask = this.advance.get(code) ?? this.advanceOther;
      let carry = 0;
      let any = 0;
      for (let w = 0; w < words; w++) {
        const current = active[w] as number;
        const moved = ((current << 1) | carry) & (mask[w] as number);
        carry = current >>> (WORD_BITS - 1);
        const word = (moved | (current & (this.stay[w] as number))) >>> 0;
        next[w] = word;
        any |= word;
      }
      if (any === 0) return false;
      [active, next] = [next, active];
    }
    [this.active, this.next] = [active, next];
    const last = this.elements;
    return ((active[last >>> 5] as number) & (1 << (last & 31))) !== 0;
  }
}

/** Compiles a LIKE pattern (the decoded STIX string constant). */
export function compileLike(pattern: string): LikeMatcher {
  /** Code point per element, or -1 for `_`. */
  const elements: number[] = [];
  const stayStates: number[] = [];
  for (const char of pattern) {
    if (char === '%') {
      if (stayStates[stayStates.length - 1] !== elements.length) stayStates.push(elements.length);
    } else elements.push(char === '_' ? -1 : (char.codePointAt(0) as number));
  }
  const words = Math.floor(elements.length / WORD_BITS) + 1;
  const setBit = (bits: Uint32Array, state: number): void => {
    bits[state >>> 5] = ((bits[state >>> 5] as number) | (1 << (state & 31))) >>> 0;
  };
  const advanceOther = new Uint32Array(words);
  elements.forEach((element, j) => {
    if (element < 0) setBit(advanceOther, j + 1);
  });
  const advance = new Map<number, Uint32Array>();
  elements.forEach((element, j) => {
    if (element < 0) return;
    let bits = advance.get(element);
    if (!bits) advance.set(element, (bits = advanceOther.slice()));
    setBit(bits, j + 1);
  });
  const stay = new Uint32Array(words);
  for (const state of stayStates) setBit(stay, state);
  const firstWildcard = pattern.search(/[%_]/);
  const prefix = firstWildcard < 0 ? pattern : pattern.slice(0, firstWildcard);
  const lastWildcard = Math.max(pattern.lastIndexOf('%'), pattern.lastIndexOf('_'));
  const suffix = lastWildcard < 0 ? '' : pattern.slice(lastWildcard + 1);
  return new ShiftAndLike(elements.length, words, advance, advanceOther, stay, prefix, suffix);
}
