/**
 * A compact set of 32-bit keys (token hashes, IPv4 addresses) in one Int32Array with open addressing and
 * linear probing. The scanner asks it about almost every token, and almost every answer is "no": a JS
 * `Set` of 100k numbers costs several dependent memory loads per miss, this table one or two adjacent
 * loads in a few hundred KB, which is what keeps large indicator sets as fast as small ones.
 *
 * Slot value 0 means empty; key 0 is kept in a separate flag so every 32-bit value is storable.
 */
export class HashFilter {
  private table = new Int32Array(16);
  private mask = 15;
  private count = 0;
  private hasZero = false;
  /**
   * For big tables (1M indicators: 8–16 MB, beyond what stays in cache next to the log data), one bit per
   * 2^24 mixed-key bucket (2 MB) answers most misses before the table is touched.
   */
  private bitmap: Int32Array | undefined;

  get size(): number {
    return this.count + (this.hasZero ? 1 : 0);
  }

  add(key: number): void {
    const k = key | 0;
    if (k === 0) {
      this.hasZero = true;
      return;
    }
    // Load factor at most 1/2 keeps probe runs short.
    if ((this.count + 1) * 2 > this.table.length) this.grow();
    if (this.insert(this.table, this.mask, k)) {
      this.count++;
      if (this.bitmap) setBit(this.bitmap, k);
    }
  }

  has(key: number): boolean {
    const k = key | 0;
    if (k === 0) return this.hasZero;
    const bitmap = this.bitmap;
    if (bitmap !== undefined) {
      const bit = mix(k) >>> 8;
      if ((bitmap[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    const table = this.table;
    const mask = this.mask;
    let slot = mix(k) & mask;
    for (;;) {
      const at = table[slot]!;
      if (at === k) return true;
      if (at === 0) return false;
      slot = (slot + 1) & mask;
    }
  }

  private insert(table: Int32Array, mask: number, k: number): boolean {
    let slot = mix(k) & mask;
    for (;;) {
      const at = table[slot]!;
      if (at === k) return false;
      if (at === 0) {
        table[slot] = k;
        return true;
      }
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = table.length - 1;
    for (const k of old) if (k !== 0) this.insert(table, mask, k);
    this.table = table;
    this.mask = mask;
    if (table.length > BITMAP_FROM_SLOTS) {
      const bitmap = (this.bitmap ??= new Int32Array(1 << 19));
      for (const k of table) if (k !== 0) setBit(bitmap, k);
    }
  }
}

/** Spreads the bits of a key over the slot index (IPv4 addresses share their high bits). */
const mix = (k: number): number => {
  const h = Math.imul(k ^ (k >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
};

/** Tables beyond this many slots (256 KB) get the bitmap. */
const BITMAP_FROM_SLOTS = 1 << 16;

function setBit(bitmap: Int32Array, k: number): void {
  const bit = mix(k) >>> 8;
  bitmap[bit >>> 5]! |= 1 << (bit & 31);
}
