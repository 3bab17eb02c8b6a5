/** Which sentence an offset falls in: binary search over the sorted sentence spans of a text. */
import type { Span } from '../analysis/types.ts';

/** Index of the sentence holding `offset`, or -1 when it falls between sentences or outside them all. */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the sentence holding `offset`, else of the last one starting before it (0 when none does). */
export function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/**
 * sentenceAt for offsets that mostly arrive in text order (an extractor's matches): remembers the
 * last answer and checks it and the next sentence before falling back to the binary search.
 */
export class SentenceCursor {
  #last = 0;

  constructor(private readonly sentences: readonly Span[]) {}

  at(offset: number): number {
    const s = this.sentences;
    const k = this.#last;
    if (k < s.length && s[k]!.start <= offset) {
      if (k + 1 >= s.length || s[k + 1]!.start > offset) return k;
      if (k + 2 >= s.length || s[k + 2]!.start > offset) return (this.#last = k + 1);
    }
    this.#last = sentenceAt(s, offset);
    return this.#last;
  }
}
