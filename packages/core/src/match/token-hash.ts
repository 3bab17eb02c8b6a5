/**
 * A 32-bit hash of a token computed right to left over its bytes, ASCII upper case folded, so the scanner
 * gets the hash of every dot-suffix of a host name in one pass without creating a string. The index keys
 * its hosts and digests by it: a token whose hash is absent is dismissed with one probe; a present hash is
 * confirmed against the stored bytes.
 */
export const HASH_SEED = 0x811c9dc5;

/** One step of the right-to-left hash: `h` so far, `c` the next byte (to the left). */
export const hashStep = (h: number, c: number): number =>
  Math.imul(h ^ (c >= 65 && c <= 90 ? c | 0x20 : c), 0x01000193);

/** Hash of bytes[start, end). */
export function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let h = HASH_SEED;
  for (let k = end - 1; k >= start; k--) h = hashStep(h, bytes[k]!);
  return h;
}
