/**
 * Bitcoin address validation: Base58Check (P2PKH `1...`, P2SH `3...`, version byte + 4-byte double
 * SHA-256 checksum) and Bech32/Bech32m (BIP 173 / BIP 350, `bc1...`). Checking the checksum is what
 * keeps random base58-looking words from becoming indicators.
 */
import { sha256 } from '@noble/hashes/sha2.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_INDEX = new Map([...BASE58].map((ch, i) => [ch, i]));

function decodeBase58(text: string): Uint8Array | undefined {
  const bytes: number[] = [0];
  for (const ch of text) {
    const digit = BASE58_INDEX.get(ch);
    if (digit === undefined) return undefined;
    let carry = digit;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i]! * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry > 0) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (let i = 0; i < text.length && text[i] === '1'; i++) bytes.push(0);
  return Uint8Array.from(bytes.reverse());
}

function isBase58CheckAddress(text: string): boolean {
  if (text.length < 26 || text.length > 35 || (text[0] !== '1' && text[0] !== '3')) return false;
  const raw = decodeBase58(text);
  if (!raw || raw.length !== 25) return false;
  const payload = raw.subarray(0, 21);
  const check = sha256(sha256(payload));
  for (let i = 0; i < 4; i++) if (check[i] !== raw[21 + i]) return false;
  const version = raw[0];
  return version === 0x00 || version === 0x05;
}

const BECH32_CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const BECH32_CONST = 1;
const BECH32M_CONST = 0x2bc830a3;

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATORS[i]!;
  }
  return chk >>> 0;
}

function isBech32Address(text: string): boolean {
  if (text.length < 14 || text.length > 74) return false;
  const lower = text.toLowerCase();
  if (text !== lower && text !== text.toUpperCase()) return false; // mixed case is invalid (BIP 173)
  if (!lower.startsWith('bc1')) return false;
  const data: number[] = [];
  for (const ch of lower.slice(3)) {
    const v = BECH32_CHARSET.indexOf(ch);
    if (v < 0) return false;
    data.push(v);
  }
  const hrp = [...'bc'].map((ch) => ch.charCodeAt(0));
  const expanded = [...hrp.map((c) => c >> 5), 0, ...hrp.map((c) => c & 31), ...data];
  const check = polymod(expanded);
  const version = data[0];
  if (version === undefined) return false;
  return version === 0 ? check === BECH32_CONST : version <= 16 && check === BECH32M_CONST;
}

/** Whether `text` is a valid mainnet bitcoin address (checksum verified). */
export function isBitcoinAddress(text: string): boolean {
  return text.startsWith('bc1') || text.startsWith('BC1')
    ? isBech32Address(text)
    : isBase58CheckAddress(text);
}
