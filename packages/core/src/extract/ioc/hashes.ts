/**
 * File hashes: maximal hex runs of exactly 32/40/64/128 digits (MD5, SHA-1, SHA-256, SHA-512) found by
 * one table-driven pass over the text, so a hash inside a longer hex string never counts.
 */
import type { Emit } from './emit.ts';

const HASH_TYPES = new Map([
  [32, 'md5'],
  [40, 'sha1'],
  [64, 'sha256'],
  [128, 'sha512'],
] as const);

/**
 * An imphash or Authenticode hash has the shape of an MD5/SHA-256 but is no file hash: a
 * `file:hashes.MD5` pattern built from it would never match. Looks back a bounded 24 characters.
 */
const OTHER_HASH_LABEL = /(?:imphash|import hash|authentihash|ssdeep|tlsh)[\s:=-]{0,8}$/i;
function labelledAsOtherHash(text: string, start: number): boolean {
  return OTHER_HASH_LABEL.test(text.slice(Math.max(0, start - 24), start));
}

/** Maximal hex runs of hash length anywhere in the token ("words<sha256>words" still counts). */
const HEX_TABLE = new Uint8Array(128);
for (const ch of '0123456789abcdefABCDEF') HEX_TABLE[ch.charCodeAt(0)] = 1;
const isHexFast = (c: number): boolean => c < 128 && HEX_TABLE[c] === 1;

/** Shortest hash length: every run that can be a hash holds one of the probes spaced this far apart. */
const SHORTEST = 32;

/**
 * Probes every 32nd character instead of testing each one: a non-hex probe rules out every run
 * starting in the 32 characters before it. A hex probe is widened to its maximal run, whose
 * characters are never visited again: linear, and about n / 32 probes on prose.
 */
export function findHashes(text: string, start: number, end: number, emit: Emit): void {
  let covered = start; // characters before this belong to runs already classified
  let probe = start + SHORTEST - 1;
  while (probe < end) {
    if (!isHexFast(text.charCodeAt(probe))) {
      probe += SHORTEST;
      continue;
    }
    let runStart = probe;
    while (runStart > covered && isHexFast(text.charCodeAt(runStart - 1))) runStart--;
    let i = probe + 1;
    while (i < end && isHexFast(text.charCodeAt(i))) i++;
    covered = i;
    probe = i + SHORTEST;
    const length = i - runStart;
    if (length !== 32 && length !== 40 && length !== 64 && length !== 128) continue;
    const type = HASH_TYPES.get(length);
    const hexLiteral =
      text.charCodeAt(runStart - 1) === 0x78 && text.charCodeAt(runStart - 2) === 0x30; // 0x...
    if (type && !hexLiteral && !labelledAsOtherHash(text, runStart)) {
      emit(type, text.slice(runStart, i).toLowerCase(), runStart, i);
    }
  }
}
