/**
 * Ethereum addresses: a whole word `0x` + 40 hex digits. A word in one case is taken as written; a
 * mixed-case word is EIP-55 checksummed (each letter's case is one bit of the Keccak-256 of the
 * lower-case address) and counts only when the checksum holds, since a wrong one is a typo or no
 * address at all. The value is the lower-case address, as block explorers and logs compare it.
 */
import { keccak_256 } from '@noble/hashes/sha3.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { Emit } from './emit.ts';
import { isTokenBoundary } from './tokens.ts';

/** The whole word: the finder checks the start, `\b` the end. */
const ADDRESS_AT = /0x[\da-f]{40}\b/iy;

/** EIP-55: the letter at hex position i is upper-case exactly when nibble i of the hash is 8 or more. */
function hasValidChecksum(hex: string): boolean {
  const hash = keccak_256(utf8ToBytes(hex.toLowerCase()));
  for (let i = 0; i < hex.length; i++) {
    const c = hex.charCodeAt(i);
    const isLetter = c > 0x39;
    if (!isLetter) continue;
    const nibble = (hash[i >> 1]! >> (i % 2 === 0 ? 4 : 0)) & 0x0f;
    const isUpper = c < 0x61;
    if (isUpper !== nibble >= 8) return false;
  }
  return true;
}

/** Forty hex digits in one case, or mixed with a valid EIP-55 checksum. */
function isAddressHex(hex: string): boolean {
  const oneCase = hex === hex.toLowerCase() || hex === hex.toUpperCase();
  return oneCase || hasValidChecksum(hex);
}

/** Reports the address starting at the digit run at `runStart`, if one starts there. */
export function findEthereumAt(text: string, runStart: number, emit: Emit): void {
  const x = text.charCodeAt(runStart + 1);
  if (text.charCodeAt(runStart) !== 0x30 || (x !== 0x78 && x !== 0x58)) return;
  ADDRESS_AT.lastIndex = runStart;
  const m = ADDRESS_AT.exec(text);
  if (!m) return;
  const end = runStart + m[0].length;
  const bounded =
    isTokenBoundary(text.charCodeAt(runStart - 1)) && isTokenBoundary(text.charCodeAt(end));
  if (bounded && isAddressHex(m[0].slice(2)))
    emit('ethereum-address', m[0].toLowerCase(), runStart, end);
}
