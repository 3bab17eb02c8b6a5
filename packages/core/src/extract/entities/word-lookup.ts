/**
 * A read-only map from words to values for lookups that mostly miss ("does any name start with this
 * word?", asked of every distinct word of every report). A Map keyed by strings visits its scattered key
 * strings on most lookups; here a word is hashed over its own characters (just read, so in cache) and
 * answered from small typed arrays, and a stored word is compared only when the hashes agree.
 */
export class WordLookup<V> {
  /** Hash of the word in each slot, 0 for an empty slot (hashes are never 0). */
  readonly #hashes: Int32Array;
  /** Index into #words and #values of the word in each slot. */
  readonly #entries: Int32Array;
  readonly #words: string[] = [];
  readonly #values: V[] = [];

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [word, value] of entries) {
      this.#words.push(word);
      this.#values.push(value);
    }
    let size = 16;
    while (size < this.#words.length * 2) size *= 2;
    this.#hashes = new Int32Array(size);
    this.#entries = new Int32Array(size);
    this.#words.forEach((word, index) => {
      const hash = hashOf(word, word.length);
      let slot = hash & (size - 1);
      while (this.#hashes[slot] !== 0) slot = (slot + 1) & (size - 1);
      this.#hashes[slot] = hash;
      this.#entries[slot] = index;
    });
  }

  get(word: string): V | undefined {
    return this.prefix(word, word.length);
  }

  /** The value of the word made of the first `length` characters of `word`, without cutting it. */
  prefix(word: string, length: number): V | undefined {
    const hash = hashOf(word, length);
    const mask = this.#hashes.length - 1;
    for (let slot = hash & mask; this.#hashes[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.#hashes[slot] !== hash) continue;
      const index = this.#entries[slot] ?? 0;
      const stored = this.#words[index] ?? '';
      if (stored.length === length && word.startsWith(stored)) return this.#values[index];
    }
    return undefined;
  }
}

/** FNV-1a over UTF-16 code units, mixed so the low bits index well; never 0 (the empty mark). */
function hashOf(word: string, length: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  return hash === 0 ? 1 : hash;
}
