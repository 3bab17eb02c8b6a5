/**
 * Percent-decoding (RFC 3986 §2.1) that remembers where each decoded character was written, so an
 * indicator found in the decoded text keeps a span into the text as written.
 */
import { isHex } from './chars.ts';

export interface Decoded {
  readonly text: string;
  /** Where the decoded text starts in the source. */
  readonly from: number;
  /** Source index of each decoded character, plus the source end; null when nothing was decoded. */
  readonly positions: readonly number[] | null;
}

/** Source index of decoded character `k` (`k === text.length`: the source end). */
export function sourceIndex(decoded: Decoded, k: number): number {
  return decoded.positions ? decoded.positions[k]! : decoded.from + k;
}

const hexValue = (c: number): number => (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57);

/**
 * Decodes `source[from..]`. Only ASCII escapes (%00-%7F) are decoded: host names are ASCII, and a
 * lone byte of a UTF-8 sequence is no character. Without any `%` the text is returned as is.
 */
export function percentDecode(source: string, from: number): Decoded {
  const rest = source.slice(from);
  if (!rest.includes('%')) return { text: rest, from, positions: null };
  const chars: number[] = [];
  const positions: number[] = [];
  for (let i = from; i < source.length;) {
    const c = source.charCodeAt(i);
    const a = source.charCodeAt(i + 1);
    const b = source.charCodeAt(i + 2);
    positions.push(i);
    if (c === 0x25 && isHex(a) && isHex(b) && a <= 0x37) {
      chars.push(hexValue(a) * 16 + hexValue(b));
      i += 3;
    } else {
      chars.push(c);
      i++;
    }
  }
  positions.push(source.length);
  let text = '';
  for (let k = 0; k < chars.length; k += 8192) {
    text += String.fromCharCode(...chars.slice(k, k + 8192));
  }
  return { text, from, positions };
}
