/**
 * A cheap key for the host of a URL, so the scanner dismisses most logged URLs without the WHATWG parse
 * normalizeUrl does (about a microsecond each, once per line in a proxy log). The key is the token hash
 * of the host with userinfo, port and trailing dots dropped, ASCII case folded. It is given only for
 * plain hosts (ASCII letters, digits, `-`, `_`, `.`; last label not starting with a digit), which the URL
 * parser changes in nothing but case: an indicator URL can then equal the logged one only if both keys
 * are equal. Other hosts (IDN, percent escapes, IPv4 number forms like `0x7f.1`) get no key and are
 * always normalized.
 */
import { hashBytes } from './token-hash.ts';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isPlain = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c) || c === 45 || c === 95 || c === 46;

/** Key of the host of the URL bytes[..end) whose `://` starts at `slashColon`, or undefined. */
export function urlHostKey(bytes: Uint8Array, slashColon: number, end: number): number | undefined {
  const authority = slashColon + 3;
  let stop = authority;
  let at = -1;
  while (stop < end) {
    const c = bytes[stop]!;
    if (c === 47 || c === 63 || c === 35) break;
    if (c === 64) at = stop;
    stop++;
  }
  const start = at >= 0 ? at + 1 : authority;
  let hostEnd = stop;
  let k = hostEnd;
  while (k > start && isDigit(bytes[k - 1]!)) k--;
  if (k > start && bytes[k - 1] === 58) hostEnd = k - 1;
  while (hostEnd > start && bytes[hostEnd - 1] === 46) hostEnd--;
  if (hostEnd === start) return undefined;
  let lastLabel = start;
  for (k = start; k < hostEnd; k++) {
    const c = bytes[k]!;
    if (!isPlain(c)) return undefined;
    if (c === 46) lastLabel = k + 1;
  }
  if (isDigit(bytes[lastLabel]!)) return undefined;
  return hashBytes(bytes, start, hostEnd);
}

/** Key of a (normalized) URL string's host, or undefined. */
export function urlHostKeyOf(url: string): number | undefined {
  const bytes = new TextEncoder().encode(url);
  const slashColon = url.indexOf('://');
  return slashColon < 0 ? undefined : urlHostKey(bytes, slashColon, bytes.length);
}
