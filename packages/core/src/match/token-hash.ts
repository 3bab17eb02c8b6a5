/**
 * A 32-bit hash of a token computed right to left over its lower-cased characters, so the scanner gets the
 * hash of every dot-suffix of a host name in one pass without creating a string. The index keeps the hashes
 * of its hosts and digests: a token whose hash is absent is dismissed with one numeric lookup; a present
 * hash is confirmed by the exact string lookup.
 */
export const HASH_SEED = 0x811c9dc5;

/** One step of the right-to-left hash: `h` so far, `c` the next character code (to the left). */
export const hashStep = (h: number, c: number): number =>
  Math.imul(h ^ (c >= 65 && c <= 90 ? c | 0x20 : c), 0x01000193);

export function tokenHash(text: string): number {
  let h = HASH_SEED;
  for (let i = text.length - 1; i >= 0; i--) h = hashStep(h, text.charCodeAt(i));
  return h;
}
