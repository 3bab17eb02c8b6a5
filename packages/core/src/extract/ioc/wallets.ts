/**
 * Bitcoin addresses: a whole word (letters, digits, `_`) that is Base58Check (`1...`, `3...`) or
 * Bech32 (`bc1...`), checksum verified (bitcoin.ts). Every such word starts with a digit run (`1`, `3`)
 * or has one right after `bc`, so they are looked for only there (digit-led.ts).
 */
import type { Emit } from './emit.ts';
import { isBitcoinAddress } from './bitcoin.ts';
import { isWordChar } from './chars.ts';
import { isTokenBoundary } from './tokens.ts';

/** The whole word must match: \b on both sides. */
const WALLET_AT =
  /\b(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{11,71}|BC1[02-9AC-HJ-NP-Z]{11,71})\b/y;

/** Where a wallet word holding the digit run at `runStart` would start, or -1. */
function walletStart(text: string, runStart: number): number {
  const c = text.charCodeAt(runStart);
  if ((c === 0x31 || c === 0x33) && !isWordChar(text.charCodeAt(runStart - 1))) return runStart;
  if (c !== 0x31 || runStart < 2) return -1;
  const b = text.charCodeAt(runStart - 2);
  const cc = text.charCodeAt(runStart - 1);
  const bech = (b === 0x62 && cc === 0x63) || (b === 0x42 && cc === 0x43); // "bc" or "BC"
  return bech && !isWordChar(text.charCodeAt(runStart - 3)) ? runStart - 2 : -1;
}

/** Reports the wallet around the digit run at `runStart`, if there is one. */
export function findWalletAt(text: string, runStart: number, emit: Emit): void {
  const start = walletStart(text, runStart);
  if (start < 0) return;
  WALLET_AT.lastIndex = start;
  const m = WALLET_AT.exec(text);
  if (!m) return;
  const end = start + m[0].length;
  const bounded =
    isTokenBoundary(text.charCodeAt(start - 1)) && isTokenBoundary(text.charCodeAt(end));
  if (bounded && isBitcoinAddress(m[0])) emit('bitcoin-address', m[0], start, end);
}
