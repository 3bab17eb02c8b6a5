/**
 * Maps offsets in a rewritten (refanged) text back to the source text. Each rewrite records where
 * it starts and ends in both texts; between rewrites the two texts differ by a constant shift.
 */
export class OffsetMap {
  /** Output offset where each rewrite starts / ends, and the matching source offsets. */
  readonly #outStart: number[] = [];
  readonly #outEnd: number[] = [];
  readonly #srcStart: number[] = [];
  readonly #srcEnd: number[] = [];
  /** Whether each rewrite undid a defang (not only a Markdown escape). */
  readonly #defang: boolean[] = [];

  /**
   * Records a rewrite of source [srcStart, srcEnd) into `length` output characters at `outStart`; `defang`
   * false for a rewrite that only undoes how a format writes a character (Markdown's `\_`).
   */
  add(outStart: number, srcStart: number, length: number, srcEnd: number, defang = true): void {
    this.#outStart.push(outStart);
    this.#outEnd.push(outStart + length);
    this.#srcStart.push(srcStart);
    this.#srcEnd.push(srcEnd);
    this.#defang.push(defang);
  }

  get rewrites(): number {
    return this.#outStart.length;
  }

  /** Index of the last rewrite whose output end is <= `out` (-1 if none). */
  #lastEndedBy(out: number): number {
    let lo = 0;
    let hi = this.#outEnd.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.#outEnd[mid]! <= out) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Source offset of an output start offset (a rewrite's start maps to its source start). */
  toSourceStart(out: number): number {
    const k = this.#lastEndedBy(out);
    const next = k + 1;
    if (next < this.#outStart.length && this.#outStart[next]! <= out) {
      // Inside a rewrite: the match starts in rewritten text; point at the rewrite's source start.
      return this.#srcStart[next]!;
    }
    return k < 0 ? out : this.#srcEnd[k]! + (out - this.#outEnd[k]!);
  }

  /** Source offset of an output end offset (exclusive). */
  toSourceEnd(out: number): number {
    const k = this.#lastEndedBy(out);
    const next = k + 1;
    if (next < this.#outStart.length && this.#outStart[next]! < out) return this.#srcEnd[next]!;
    return k < 0 ? out : this.#srcEnd[k]! + (out - this.#outEnd[k]!);
  }

  /** Whether a defang's rewrite overlaps output [start, end): the source wrote that stretch defanged. */
  rewritten(start: number, end: number): boolean {
    // Only the rewrites inside the stretch are looked at (most often none, or one).
    for (let k = this.#lastEndedBy(start) + 1; k < this.#outStart.length; k++) {
      if (this.#outStart[k]! >= end) return false;
      if (this.#defang[k]) return true;
    }
    return false;
  }
}
