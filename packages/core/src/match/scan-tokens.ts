/**
 * The hand-written token scanner: one left-to-right pass over a line that cuts it into candidate tokens
 * (host names, IPv4/IPv6 addresses, hashes, e-mail addresses, URLs) at token boundaries and looks each up
 * in the index. Boundaries make matching token-aware: `1.2.3.4` never fires inside `11.2.3.45`,
 * `evil.com` never inside `notevil.com`, an MD5 never inside a longer hex string. No regular expressions.
 */
import type { IndicatorIndex } from './indicator-index.ts';
import { parseIPv4, parseIPv6 } from './ip.ts';
import { normalizeEmail, normalizeHost, normalizeUrl } from './normalize.ts';
import { HASH_SEED, hashStep } from './token-hash.ts';
import type { AtomKind, IndexEntry } from './types.ts';

export type TokenSink = (kind: AtomKind, value: string, entries: readonly IndexEntry[]) => void;

// Character classes for code units < 128: 1 = breaks a wide token, 2 = part of a narrow token.
const WIDE_BREAK = 1;
const NARROW = 2;
const CLASS = new Uint8Array(128);
for (let c = 0; c <= 32; c++) CLASS[c] = WIDE_BREAK;
for (const ch of '"\'`<>()[]{},;|\\^') CLASS[ch.charCodeAt(0)] = WIDE_BREAK;
CLASS[127] = WIDE_BREAK;
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_@') {
  CLASS[ch.charCodeAt(0)] = NARROW;
}
const classOf = (c: number): number => (c < 128 ? CLASS[c]! : NARROW);

/**
 * Per-character facts for the narrow-token loop, so each character costs one table load and a few bit
 * operations instead of a chain of range tests (the loop is the sweep's hot spot). Bits of a token's
 * characters are AND-ed (all digits/dots? all hex?) or OR-ed (any upper case?).
 */
const F_NARROW = 1;
const F_DIGIT_OR_DOT = 2;
const F_HEX = 4;
const F_UPPER = 8;
const FACTS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  let f = CLASS[c] === NARROW ? F_NARROW : 0;
  if ((c >= 48 && c <= 57) || c === 46) f |= F_DIGIT_OR_DOT;
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)) f |= F_HEX;
  if (c >= 65 && c <= 90) f |= F_UPPER;
  FACTS[c] = f;
}
/** Facts of a non-ASCII code unit: part of a narrow token, nothing else. */
const HIGH_FACTS = F_NARROW;

const isHex = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const isTrim = (c: number): boolean => c === 46 || c === 45 || c === 95;

export interface ScanOptions {
  /** Code units are UTF-8 bytes (a latin1-decoded buffer): re-decode tokens holding bytes ≥ 0x80. */
  readonly utf8Bytes?: boolean;
}

/** Re-decodes a latin1 view of UTF-8 bytes into the real string. */
function fromUtf8Bytes(latin1: string): string {
  const bytes = new Uint8Array(latin1.length);
  for (let i = 0; i < latin1.length; i++) bytes[i] = latin1.charCodeAt(i);
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

export class TokenScanner {
  private readonly utf8Bytes: boolean;
  constructor(
    private readonly index: IndicatorIndex,
    options: ScanOptions = {},
  ) {
    this.utf8Bytes = options.utf8Bytes ?? false;
  }

  /** Scans text[start, end) and reports every token that hits an indicator. */
  scan(text: string, start: number, end: number, sink: TokenSink): void {
    const counts = this.index.counts;
    if (counts.url === 0 && counts.ipv6 === 0) {
      // Wide tokens matter only to URLs and IPv6 addresses. Narrow tokens never cross a wide break
      // (wide breaks are not narrow characters), so one narrow pass over the line finds the same tokens.
      this.wide(text, start, end, 0, -1, sink);
      return;
    }
    let i = start;
    while (i < end) {
      while (i < end && classOf(text.charCodeAt(i)) === WIDE_BREAK) i++;
      const wideStart = i;
      let colons = 0;
      let slashColon = -1;
      while (i < end) {
        const c = text.charCodeAt(i);
        if (c < 128 && CLASS[c] === WIDE_BREAK) break;
        if (c === 58) {
          colons++;
          if (slashColon < 0 && text.charCodeAt(i + 1) === 47 && text.charCodeAt(i + 2) === 47)
            slashColon = i;
        }
        i++;
      }
      if (i > wideStart) this.wide(text, wideStart, i, colons, slashColon, sink);
    }
  }

  private wide(
    text: string,
    start: number,
    end: number,
    colons: number,
    slashColon: number,
    sink: TokenSink,
  ): void {
    const counts = this.index.counts;
    if (slashColon > start && counts.url > 0) this.url(text, start, end, slashColon, sink);
    if (colons >= 2 && counts.ipv6 > 0) this.ipv6(text, start, end, sink);
    let i = start;
    while (i < end) {
      while (i < end && classOf(text.charCodeAt(i)) !== NARROW) i++;
      let s = i;
      let dots = 0;
      let at = -1;
      let all = F_DIGIT_OR_DOT | F_HEX;
      let any = 0;
      let high = false;
      while (i < end) {
        const c = text.charCodeAt(i);
        let f: number;
        if (c < 128) {
          f = FACTS[c]!;
          if ((f & F_NARROW) === 0) break;
          if (c === 46) dots++;
          else if (c === 64) at = i;
        } else {
          f = HIGH_FACTS;
          high = true;
        }
        all &= f;
        any |= f;
        i++;
      }
      const digitsAndDots = (all & F_DIGIT_OR_DOT) !== 0;
      const hex = (all & F_HEX) !== 0;
      const upper = (any & F_UPPER) !== 0;
      let e = i;
      while (s < e && isTrim(text.charCodeAt(s))) s++;
      while (e > s && isTrim(text.charCodeAt(e - 1))) e--;
      if (e - s < 4) continue;
      if (at >= 0) {
        if (at > s && at < e - 1) {
          if (counts.email > 0) this.email(text, s, e, sink);
          s = at + 1;
          while (s < e && isTrim(text.charCodeAt(s))) s++;
        } else continue;
      }
      if (digitsAndDots) {
        if (counts.ipv4 > 0) {
          const address = parseIPv4(text, s, e);
          if (address !== undefined) {
            const entries = this.index.ipv4(address);
            if (entries) sink('ipv4', text.slice(s, e), entries);
          }
        }
        continue;
      }
      const length = e - s;
      if (hex && at < 0 && (length === 32 || length === 40 || length === 64 || length === 128)) {
        if (counts.hash > 0) {
          let h = HASH_SEED;
          for (let k = e - 1; k >= s; k--) h = hashStep(h, text.charCodeAt(k));
          if (this.index.digestHashes.has(h)) {
            const digest = text.slice(s, e).toLowerCase();
            const entries = this.index.hash(digest);
            if (entries) sink('hash', digest, entries);
          }
        }
        continue;
      }
      if (dots > 0 && counts.domain > 0) {
        if (high) this.host(text.slice(s, e), high, upper, sink);
        else this.asciiHost(text, s, e, upper, sink);
      }
    }
  }

  /**
   * ASCII host text[s, e): hashes every dot-suffix right to left (no allocation) and slices only the
   * suffixes whose hash the index knows.
   */
  private asciiHost(text: string, s: number, e: number, upper: boolean, sink: TokenSink): void {
    const known = this.index.domainHashes;
    let h = HASH_SEED;
    for (let k = e - 1; k >= s; k--) {
      const c = text.charCodeAt(k);
      h = hashStep(h, c);
      if ((k === s || text.charCodeAt(k - 1) === 46) && known.has(h)) {
        const raw = text.slice(k, e);
        const suffix = upper ? raw.toLowerCase() : raw;
        const entries = this.index.domainEntries(suffix);
        if (entries) sink('domain', suffix, entries);
      }
    }
  }

  private host(raw: string, high: boolean, upper: boolean, sink: TokenSink): void {
    const host = high
      ? normalizeHost(this.utf8Bytes ? fromUtf8Bytes(raw) : raw)
      : upper
        ? raw.toLowerCase()
        : raw;
    if (host) this.index.domain(host, (domain, entries) => sink('domain', domain, entries));
  }

  private email(text: string, s: number, e: number, sink: TokenSink): void {
    const raw = text.slice(s, e);
    const email = normalizeEmail(this.utf8Bytes ? fromUtf8Bytes(raw) : raw);
    const entries = email ? this.index.email(email) : undefined;
    if (email && entries) sink('email', email, entries);
  }

  private url(text: string, start: number, end: number, slashColon: number, sink: TokenSink): void {
    let s = slashColon;
    while (s > start) {
      const c = text.charCodeAt(s - 1);
      const schemeChar =
        (c >= 97 && c <= 122) ||
        (c >= 65 && c <= 90) ||
        (c >= 48 && c <= 57) ||
        c === 43 ||
        c === 45 ||
        c === 46;
      if (!schemeChar) break;
      s--;
    }
    let e = end;
    while (e > slashColon + 3) {
      const c = text.charCodeAt(e - 1);
      if (c !== 46 && c !== 58 && c !== 33 && c !== 63) break;
      e--;
    }
    if (s === slashColon) return;
    const raw = text.slice(s, e);
    const url = normalizeUrl(this.utf8Bytes ? fromUtf8Bytes(raw) : raw);
    const entries = url ? this.index.url(url) : undefined;
    if (url && entries) sink('url', url, entries);
  }

  private ipv6(text: string, start: number, end: number, sink: TokenSink): void {
    let i = start;
    while (i < end) {
      while (i < end && !isHex(text.charCodeAt(i)) && text.charCodeAt(i) !== 58) i++;
      const s = i;
      let colons = 0;
      while (i < end) {
        const c = text.charCodeAt(i);
        if (c === 58) colons++;
        else if (!isHex(c) && c !== 46) break;
        i++;
      }
      if (colons >= 2) {
        // A run glued to letters is part of a longer word, not an address (token boundary).
        const before = s > start ? text.charCodeAt(s - 1) : 32;
        const after = i < end ? text.charCodeAt(i) : 32;
        if (classOf(before) === NARROW || (classOf(after) === NARROW && after !== 46)) continue;
        let e = i;
        while (e > s && text.charCodeAt(e - 1) === 46) e--;
        const value = text.slice(s, e);
        const address = parseIPv6(value);
        const entries = address === undefined ? undefined : this.index.ipv6(address);
        if (entries) sink('ipv6', value.toLowerCase(), entries);
      }
    }
  }
}
