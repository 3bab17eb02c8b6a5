/**
 * Percent-decoding (RFC 3986 §2.1) that remembers where each decoded character was written, so an
 * indicator found in the decoded text keeps a span into the text as written.
 */
import { isHex } from './chars.ts';

export interface Decoded {
  readonly text: string;
  /** Index in the source of decoded character k; `at(text.length)` is the source end. */
  readonly at: (k: number) => number;
}

const hexValue = (c: number): number => (c <= 0x39 ? c - 0x30 : (c | 0x20) - 0x57);

/**
 * Decodes `source[from..]`. Only ASCII escapes (%00-%7F) are decoded: host names are ASCII, and a
 * lone byte of a UTF-8 sequence is no character. Without any `%` the text is returned as is.
 */
export function percentDecode(source: string, from: number): Decoded {
  const rest = source.slice(from);
  if (!rest.includes('%')) return { text: rest, at: (k) => from + k };
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
  return { text, at: (k) => positions[k]! };
}
