/**
 * One kind of atom (normalized observable value) in flat typed arrays: an open-addressing table of
 * 32-bit keys (token hashes, or IPv4 addresses) → atom ids, a byte arena holding each atom's value for
 * verification, and each atom's entry head (entry-lists.ts). Built once, then frozen into
 * SharedArrayBuffers: worker threads receive it in a message without a copy, so a million indicators
 * are held once per process, not once per thread, and a miss costs one or two adjacent loads.
 */
import { hashBytes } from './token-hash.ts';

/** The plain-data form that crosses to a worker (typed arrays over SharedArrayBuffers). */
export interface AtomTableData {
  /** Pairs per slot: [key, atom id + 1]; atom 0 marks an empty slot, so every key value is storable. */
  readonly slots: Int32Array;
  /** Atom i's value is arena[starts[i], starts[i + 1]); absent for exact keys (IPv4 addresses). */
  readonly starts: Int32Array | undefined;
  readonly arena: Uint8Array | undefined;
  readonly heads: Int32Array;
  /**
   * In front of big tables, which miss mostly out of cache: one bit per bucket of mixed keys (bucket =
   * mixed key >>> bitmapShift), about 32 bits per atom, so a miss usually costs one load from a bitmap
   * small enough to stay cached (256 KB for 40k atoms; at most 2 MB).
   */
  readonly bitmap: Int32Array | undefined;
  readonly bitmapShift: number;
  /**
   * In front of a bitmap too big for a core's cache (past 2^22 bits, as at a million indicators): one
   * bit per bucket of differently mixed keys in 2^22 bits (512 KB), so most misses are settled in
   * cache and only the rest pay the bigger bitmap's cache miss (at a million indicators each kind's
   * bitmap is 1-2 MB, more than a core's L2 on the bench machine). 512 KB rather than 256: a 256 KB
   * front was 15 % full at a million indicators and its sweeps ran 6 % behind 100k on average, 3 points
   * more than with 512 KB (BENCHMARKS.md, sixth session).
   */
  readonly front: Int32Array | undefined;
  /** Keys hash only the last `keySpan` bytes of a value (0: all of it); see `keyOf`. */
  readonly keySpan: number;
}

/** Spreads the bits of a key over the slot index (IPv4 addresses share their high bits). */
const mix = (k: number): number => {
  const h = Math.imul(k ^ (k >>> 16), 0x45d9f3b);
  return h ^ (h >>> 16);
};

/** Tables of more atoms than this get the bitmap (smaller ones stay cached whole). */
const BITMAP_FROM_ATOMS = 4096;
/** Bitmap size: 2^n bits, n within these bounds, about 32 bits per atom. */
const BITMAP_MIN_LOG2 = 16;
const BITMAP_MAX_LOG2 = 24;
/** Front bitmap size (2^n bits), given to tables whose bitmap is bigger. */
const FRONT_LOG2 = 22;

/** Bucket of a key in the front bitmap: another multiplier, so its bits are independent of `mix`'s. */
const frontBit = (k: number): number => Math.imul(k ^ (k >>> 15), 0x2c1b3c6d) >>> (32 - FRONT_LOG2);

const UTF8 = new TextEncoder();

/** An atom id from a builder, and whether the value was new (its entry head is not set yet). */
export interface AddedAtom {
  readonly atom: number;
  readonly isNew: boolean;
}

export class AtomTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly starts: Int32Array | undefined;
  private readonly arena: Uint8Array | undefined;
  /** Entry head of each atom (entry-lists.ts). */
  readonly heads: Int32Array;
  private readonly bitmap: Int32Array | undefined;
  private readonly bitmapShift: number;
  private readonly front: Int32Array | undefined;
  readonly keySpan: number;

  constructor(data: AtomTableData) {
    this.slots = data.slots;
    this.mask = (data.slots.length >>> 1) - 1;
    this.starts = data.starts;
    this.arena = data.arena;
    this.heads = data.heads;
    this.bitmap = data.bitmap;
    this.bitmapShift = data.bitmapShift;
    this.front = data.front;
    this.keySpan = data.keySpan;
  }

  get size(): number {
    return this.heads.length;
  }

  data(): AtomTableData {
    const { slots, starts, arena, heads, bitmap, bitmapShift, front, keySpan } = this;
    return { slots, starts, arena, heads, bitmap, bitmapShift, front, keySpan };
  }

  /** True when some atom may have this key (no false negatives); the cheap first test of a token. */
  mayHave(key: number): boolean {
    const front = this.front;
    if (front !== undefined) {
      const bit = frontBit(key);
      if ((front[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    const bitmap = this.bitmap;
    if (bitmap !== undefined) {
      const bit = mix(key) >>> this.bitmapShift;
      if ((bitmap[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
      const atom = slots[2 * slot + 1]!;
      if (atom === 0) return false;
      if (slots[2 * slot] === key) return true;
    }
  }

  /** Atom id of an exact key (IPv4 address as int32), or -1. */
  findKey(key: number): number {
    return probeKey(this.slots, this.mask, key);
  }

  /**
   * Atom id whose value equals bytes[start, end) (ASCII upper case folded when `fold`), given the
   * bytes' hash, or -1.
   */
  findBytes(key: number, bytes: Uint8Array, start: number, end: number, fold: boolean): number {
    return probeBytes(
      this.slots,
      this.mask,
      this.starts!,
      this.arena!,
      key,
      bytes,
      start,
      end,
      fold,
    );
  }

  /** Atom id of a normalized string value, or -1. */
  findString(value: string): number {
    const bytes = UTF8.encode(value);
    return this.findBytes(
      keyOf(bytes, 0, bytes.length, this.keySpan),
      bytes,
      0,
      bytes.length,
      false,
    );
  }
}

/**
 * Key of bytes[start, end): the token hash of its last `span` bytes (all when 0). Random values such as
 * digests need no more than 16 bytes for a well-spread key, and the scanner then hashes 16 bytes of a
 * SHA-256, not 64.
 */
export const keyOf = (bytes: Uint8Array, start: number, end: number, span: number): number =>
  hashBytes(bytes, span > 0 && end - span > start ? end - span : start, end);

/** Growable builder; `freeze` copies the result into exact-size shared buffers. */
export class AtomTableBuilder {
  private slots = new Int32Array(32);
  private mask = 15;
  private count = 0;
  private starts: Int32Array | undefined;
  private arena: Uint8Array | undefined;
  private arenaUsed = 0;
  private heads = new Int32Array(16);
  /** UTF-8 bytes of the value being added (reused: a million values, no allocation each). */
  private scratch = new Uint8Array(256);

  /**
   * `exact`: keys are the values themselves (IPv4 addresses), so no arena is kept. `keySpan`: keys
   * hash only the values' last bytes (AtomTableData.keySpan).
   */
  constructor(
    private readonly exact: boolean,
    private readonly keySpan = 0,
  ) {
    if (!exact) {
      this.starts = new Int32Array(17);
      this.arena = new Uint8Array(1024);
    }
  }

  /** Atom id of an exact key, added when new; `isNew` tells the caller to set its head. */
  addKey(key: number): AddedAtom {
    const k = key | 0;
    const found = probeKey(this.slots, this.mask, k);
    if (found >= 0) return { atom: found, isNew: false };
    return { atom: this.append(k), isNew: true };
  }

  /** Atom id of a normalized string value, added when new. */
  addString(value: string): AddedAtom {
    if (value.length * 3 > this.scratch.length) this.scratch = new Uint8Array(value.length * 3);
    const bytes = this.scratch.subarray(0, UTF8.encodeInto(value, this.scratch).written);
    const key = keyOf(bytes, 0, bytes.length, this.keySpan);
    const found = probeBytes(
      this.slots,
      this.mask,
      this.starts!,
      this.arena!,
      key,
      bytes,
      0,
      bytes.length,
      false,
    );
    if (found >= 0) return { atom: found, isNew: false };
    const atom = this.count;
    while (this.arenaUsed + bytes.length > this.arena!.length) this.arena = grown(this.arena!);
    this.arena!.set(bytes, this.arenaUsed);
    this.arenaUsed += bytes.length;
    if (atom + 2 > this.starts!.length) this.starts = grown(this.starts!);
    this.starts![atom + 1] = this.arenaUsed;
    return { atom: this.append(key), isNew: true };
  }

  setHead(atom: number, head: number): void {
    this.heads[atom] = head;
  }
  head(atom: number): number {
    return this.heads[atom]!;
  }

  freeze(): AtomTable {
    const n = this.count;
    const heads = shared(this.heads.subarray(0, n));
    const slots = shared(this.slots);
    let bitmap: Int32Array | undefined;
    let bitmapShift = 32;
    let front: Int32Array | undefined;
    if (n > BITMAP_FROM_ATOMS) {
      const log2 = Math.min(
        BITMAP_MAX_LOG2,
        Math.max(BITMAP_MIN_LOG2, Math.ceil(Math.log2(n * 32))),
      );
      bitmapShift = 32 - log2;
      bitmap = new Int32Array(new SharedArrayBuffer(2 ** log2 / 8));
      if (log2 > FRONT_LOG2) front = new Int32Array(new SharedArrayBuffer(2 ** FRONT_LOG2 / 8));
      for (let s = 0; s < slots.length; s += 2) {
        if (slots[s + 1] === 0) continue;
        const bit = mix(slots[s]!) >>> bitmapShift;
        bitmap[bit >>> 5]! |= 1 << (bit & 31);
        if (front) {
          const f = frontBit(slots[s]!);
          front[f >>> 5]! |= 1 << (f & 31);
        }
      }
    }
    return new AtomTable({
      slots,
      starts: this.exact ? undefined : shared(this.starts!.subarray(0, n + 1)),
      arena: this.exact ? undefined : shared(this.arena!.subarray(0, this.arenaUsed)),
      heads,
      bitmap,
      bitmapShift,
      front,
      keySpan: this.keySpan,
    });
  }

  private append(key: number): number {
    const atom = this.count++;
    if (atom >= this.heads.length) this.heads = grown(this.heads);
    // Load factor at most 1/2 keeps probe runs short.
    if (this.count * 2 > this.slots.length / 2) this.rehash(this.slots.length * 2);
    insert(this.slots, this.mask, key, atom);
    return atom;
  }

  private rehash(length: number): void {
    const old = this.slots;
    this.slots = new Int32Array(length);
    this.mask = length / 2 - 1;
    for (let s = 0; s < old.length; s += 2)
      if (old[s + 1] !== 0) insert(this.slots, this.mask, old[s]!, old[s + 1]! - 1);
  }
}

function probeKey(slots: Int32Array, mask: number, key: number): number {
  for (let slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
    const atom = slots[2 * slot + 1]!;
    if (atom === 0) return -1;
    if (slots[2 * slot] === key) return atom - 1;
  }
}

/** Several atoms may share a 32-bit hash: each candidate is verified against the arena. */
function probeBytes(
  slots: Int32Array,
  mask: number,
  starts: Int32Array,
  arena: Uint8Array,
  key: number,
  bytes: Uint8Array,
  start: number,
  end: number,
  fold: boolean,
): number {
  const length = end - start;
  for (let slot = mix(key) & mask; ; slot = (slot + 1) & mask) {
    const atom = slots[2 * slot + 1]!;
    if (atom === 0) return -1;
    if (slots[2 * slot] !== key) continue;
    const from = starts[atom - 1]!;
    if (starts[atom]! - from !== length) continue;
    let k = 0;
    while (k < length) {
      const c = bytes[start + k]!;
      if (arena[from + k] !== (fold && c >= 65 && c <= 90 ? c | 0x20 : c)) break;
      k++;
    }
    if (k === length) return atom - 1;
  }
}

function insert(slots: Int32Array, mask: number, key: number, atom: number): void {
  let slot = mix(key) & mask;
  while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
  slots[2 * slot] = key;
  slots[2 * slot + 1] = atom + 1;
}

function grown<T extends Int32Array | Uint8Array>(array: T): T {
  const bigger = new (array.constructor as new (n: number) => T)(array.length * 2);
  bigger.set(array);
  return bigger;
}

function shared<T extends Int32Array | Uint8Array>(array: T): T {
  const Kind = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Kind(new SharedArrayBuffer(array.byteLength));
  copy.set(array);
  return copy;
}
