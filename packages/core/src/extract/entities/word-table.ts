/**
 * The distinct words of one text, found again without cutting them out of the text: a report repeats its
 * vocabulary many times, and a slice per word (then a normalization per slice) is most of the cost of
 * tokenizing. Separate chaining on a hash the tokenizer computes while it scans the word.
 */
export interface Word {
  readonly text: string;
  /** The text's normalized form (tokens.ts normalizeToken). */
  readonly norm: string;
  /** Dense per text, 0 for the first distinct word: an index for per-word caches. */
  readonly id: number;
}

interface Entry extends Word {
  readonly hash: number;
  next: Entry | undefined;
}

/**
 * Hash step over UTF-16 code units; the tokenizer folds it over the word as it scans. Kept to 30 bits, a
 * small integer V8 never boxes: a full 32-bit hash, passed to `at` and stored in the entries, was a heap
 * number half the time.
 */
export const hashStep = (hash: number, codeUnit: number): number =>
  (Math.imul(hash, 31) + codeUnit) & 0x3fffffff;

const MIN_SLOTS = 8;
const MAX_INITIAL_SLOTS = 1024;

const slotOf = (hash: number, mask: number): number => (hash ^ (hash >>> 15)) & mask;

export class WordTable {
  /**
   * `expected`: about how many words will come. A name of two words needs a few slots, a report a
   * thousand; a fixed thousand for each of the knowledge's 30,000 names made building its index a
   * garbage-collection load.
   */
  constructor(
    readonly normalize: (word: string) => string,
    expected: number,
  ) {
    let slots = MIN_SLOTS;
    while (slots < expected && slots < MAX_INITIAL_SLOTS) slots *= 2;
    this.#slots = new Array<Entry | undefined>(slots).fill(undefined);
  }

  #slots: (Entry | undefined)[];
  #size = 0;

  get size(): number {
    return this.#size;
  }

  /** The word text[start, end) whose hash is `hash`, added on first sight. */
  at(text: string, start: number, end: number, hash: number): Word {
    const length = end - start;
    const slot = slotOf(hash, this.#slots.length - 1);
    for (let e = this.#slots[slot]; e; e = e.next) {
      if (e.hash === hash && e.text.length === length && text.startsWith(e.text, start)) return e;
    }
    const word = text.slice(start, end);
    const entry: Entry = {
      text: word,
      norm: this.normalize(word),
      id: this.#size,
      hash,
      next: this.#slots[slot],
    };
    this.#slots[slot] = entry;
    if (++this.#size > this.#slots.length) this.#grow();
    return entry;
  }

  #grow(): void {
    const old = this.#slots;
    this.#slots = new Array<Entry | undefined>(old.length * 2).fill(undefined);
    const mask = this.#slots.length - 1;
    for (let e of old) {
      while (e) {
        const next = e.next;
        const slot = slotOf(e.hash, mask);
        e.next = this.#slots[slot];
        this.#slots[slot] = e;
        e = next;
      }
    }
  }
}
