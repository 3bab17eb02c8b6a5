/**
 * One canonical spelling per observable, so an indicator and a log token compare as strings: host names
 * lower-case ASCII (IDN → punycode, UTS #46 via the WHATWG URL parser), no trailing dot; URLs per the
 * WHATWG URL standard plus RFC 3986 §6.2.2 percent-encoding normalization; hashes lower-case hex.
 */
import { refang as refangText } from '../extract/ioc/refang.ts';

/**
 * Undoes defanging (`hxxp`, `[.]`, `(dot)`, `[@]`, `[:]`, ...) in one indicator value before parsing
 * it, with the same rules as text extraction (extract/ioc/refang.ts), so both agree on what a value is.
 */
export const refang = (text: string): string => refangText(text.trim()).text;

/** `refang`, skipped for the usual value that shows no sign of defanging (no bracket, no `hxxp`). */
export const refangIfDefanged = (text: string): string =>
  /[[({]|^\s*[hf]xx/i.test(text) ? refang(text) : text.trim();

function hasNonAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return true;
  return false;
}

/** Host name in canonical form, or undefined when it is not a plausible host name. */
export function normalizeHost(input: string): string | undefined {
  let host = input.trim().toLowerCase();
  while (host.endsWith('.')) host = host.slice(0, -1);
  while (host.startsWith('.')) host = host.slice(1);
  if (host.length === 0 || host.length > 253) return undefined;
  if (hasNonAscii(host)) {
    try {
      host = new URL(`http://${host}/`).hostname;
    } catch {
      return undefined;
    }
  }
  return host;
}

const HEX = '0123456789ABCDEF';
const isUnreserved = (c: number): boolean =>
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  (c >= 48 && c <= 57) ||
  c === 45 ||
  c === 46 ||
  c === 95 ||
  c === 126;

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** RFC 3986 §6.2.2.1–2: upper-case hex in escapes, decode escapes of unreserved characters. */
export function normalizePercentEncoding(text: string): string {
  if (!text.includes('%')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 37 && i + 2 < text.length) {
      const hi = hexDigit(text.charCodeAt(i + 1));
      const lo = hexDigit(text.charCodeAt(i + 2));
      if (hi >= 0 && lo >= 0) {
        const byte = hi * 16 + lo;
        out += isUnreserved(byte) ? String.fromCharCode(byte) : `%${HEX[hi]}${HEX[lo]}`;
        i += 2;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

/** URL in canonical form (scheme and host lower-case, default port dropped, escapes normalized). */
export function normalizeUrl(input: string): string | undefined {
  let url: URL;
  try {
    url = new URL(refang(input));
  } catch {
    return undefined;
  }
  if (url.host === '') return undefined;
  const userinfo =
    url.username || url.password ? `${url.username}${url.password ? `:${url.password}` : ''}@` : '';
  const host = url.hostname.endsWith('.') ? url.host.replace(/\.(?=:|$)/, '') : url.host;
  return normalizePercentEncoding(
    `${url.protocol}//${userinfo}${host}${url.pathname}${url.search}`,
  );
}

export function normalizeEmail(input: string): string | undefined {
  const text = input.trim();
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) return undefined;
  const host = normalizeHost(text.slice(at + 1));
  return host ? `${text.slice(0, at).toLowerCase()}@${host}` : undefined;
}

export type HashAlgorithm = 'MD5' | 'SHA-1' | 'SHA-256' | 'SHA-512';
const BY_LENGTH: Readonly<Record<number, HashAlgorithm>> = {
  32: 'MD5',
  40: 'SHA-1',
  64: 'SHA-256',
  128: 'SHA-512',
};

/** The algorithm a hex digest's length implies, or undefined when it is not a hex digest. */
export function hashAlgorithm(text: string): HashAlgorithm | undefined {
  const algorithm = BY_LENGTH[text.length];
  return algorithm && /^[0-9a-f]+$/i.test(text) ? algorithm : undefined;
}
