/**
 * The hand-written token scanner: one left-to-right pass over the UTF-8 bytes of a line that cuts it into
 * candidate tokens (host names, IPv4/IPv6 addresses, hashes, e-mail addresses, URLs) at token boundaries
 * and looks each up in the index. Boundaries make matching token-aware: `1.2.3.4` never fires inside
 * `11.2.3.45`, `evil.com` never inside `notevil.com`, an MD5 never inside a longer hex string. Bytes, not
 * strings: indexing a Uint8Array is about twice as fast as `charCodeAt`, and a miss creates no string.
 */
import type { IndicatorIndex } from './indicator-index.ts';
import { parseIPv4Bytes, parseIPv6 } from './ip.ts';
import { normalizeEmail, normalizeHost, normalizeUrl } from './normalize.ts';
import { type AtomTable, keyOf } from './atom-table.ts';
import { HASH_SEED, hashStep } from './token-hash.ts';
import type { AtomKind, IndexEntry } from './types.ts';
import { urlHostKey } from './url-host.ts';
import {
  NATIVE_HIT_INTS,
  NativeHit,
  type NativeScanFactory,
  type NativeTokenScan,
  nativeScanTables,
} from './native-scan.ts';

/**
 * Receives each token that hits: `value` is the token as the log wrote it (`A.b.Evil.example`, the
 * address inside a CIDR, the URL before normalization), decoded only on a hit; `at` is where the token
 * starts in the scanned bytes. Tokens never span a line break, and a line's tokens are all reported
 * before a later line's.
 */
export type TokenSink = (
  kind: AtomKind,
  value: string,
  entries: readonly IndexEntry[],
  at: number,
) => void;

/**
 * Per-byte facts, so each byte costs one table load and a few bit operations instead of a chain of range
 * tests (the narrow-token loop is the sweep's hot spot). Bits of a token's bytes are AND-ed (all
 * digits/dots? all hex?) or OR-ed (any upper case, dot, `@`, non-ASCII?). Narrow tokens are letters,
 * digits, `.-_@` and non-ASCII; wide breaks end the wide tokens URLs and IPv6 addresses are read from.
 */
const F_NARROW = 1;
const F_DIGIT_OR_DOT = 2;
const F_HEX = 4;
const F_DOT = 8;
const F_AT = 16;
const F_HIGH = 32;
const F_WIDE_BREAK = 64;
const FACTS = new Uint8Array(256);
for (let c = 0; c <= 32; c++) FACTS[c] = F_WIDE_BREAK;
for (const ch of '"\'`<>()[]{},;|\\^') FACTS[ch.charCodeAt(0)] = F_WIDE_BREAK;
FACTS[127] = F_WIDE_BREAK;
for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_@') {
  const c = ch.charCodeAt(0);
  let f = F_NARROW;
  if ((c >= 48 && c <= 57) || c === 46) f |= F_DIGIT_OR_DOT;
  if ((c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70)) f |= F_HEX;
  if (c === 46) f |= F_DOT;
  if (c === 64) f |= F_AT;
  FACTS[c] = f;
}
for (let c = 128; c < 256; c++) FACTS[c] = F_NARROW | F_HIGH;

/** Shortest token the narrow path looks at, and shortest digest (MD5). */
const MIN_TOKEN = 4;
const MIN_DIGEST = 32;

/**
 * Start of the first run of at least 32 hex bytes within bytes[pos, end) (a run is cut at `pos`), or -1.
 * Probes every 32nd byte: a run that long covers one of them, so a probe that is not hex rules out
 * every run starting in the 32 bytes before it.
 */
function hexRunFrom(bytes: Uint8Array, pos: number, end: number): number {
  let i = pos;
  while (i + MIN_DIGEST <= end) {
    const p = i + MIN_DIGEST - 1;
    if (!isHex(bytes[p]!)) {
      i = p + 1;
      continue;
    }
    let runStart = p;
    while (runStart > i && isHex(bytes[runStart - 1]!)) runStart--;
    let runEnd = p + 1;
    while (runEnd < end && isHex(bytes[runEnd]!)) runEnd++;
    if (runEnd - runStart >= MIN_DIGEST) return runStart;
    i = runEnd + 1;
  }
  return -1;
}

function hasDoubleColon(bytes: Uint8Array, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) if (bytes[k] === 58 && bytes[k - 1] === 58) return true;
  return false;
}

const isNarrow = (c: number): boolean => (FACTS[c]! & F_NARROW) !== 0;
const isHex = (c: number): boolean => (FACTS[c]! & F_HEX) !== 0;
const isTrim = (c: number): boolean => c === 46 || c === 45 || c === 95;

const UTF8 = new TextDecoder('utf-8', { fatal: false });
const decode = (bytes: Uint8Array, start: number, end: number): string =>
  UTF8.decode(bytes.subarray(start, end));

export class TokenScanner {
  /** Cached native search for the next dot / `@` / colon in `cached` (see nextByte). */
  private cached: Uint8Array | undefined;
  private readonly from = [0, 0, 0];
  private readonly found = [-1, -1, -1];
  /** Cached hex-run search (see nextHexRun): asked from `hexFrom` up to `hexEnd`, found `hexFound`. */
  private hexFrom = -1;
  private hexEnd = -1;
  private hexFound = -1;
  /**
   * The last wide token found to hold no colon (see wideAround): its other narrow tokens do not widen
   * it again, which made a long wide token of many narrow ones (`a.b/a.b/…`) cost quadratic time.
   */
  private plainWideStart = -1;
  private plainWideEnd = -1;
  private readonly native: NativeTokenScan | undefined;
  /** Hits of the last native scan (reused; grown when a scan finds more). */
  private nativeHits = new Int32Array(256 * NATIVE_HIT_INTS);

  /**
   * `exhaustive`: look at every token of every line instead of searching for candidates, read every
   * host through the string path (no suffix hashing, no last-label filter), and normalize every URL
   * (the reference the shortcuts are tested against; same hits, slower). `native`: runs the candidate
   * search in native code (native-scan.ts); ignored when exhaustive.
   */
  constructor(
    private readonly index: IndicatorIndex,
    private readonly exhaustive = false,
    native?: NativeScanFactory,
  ) {
    this.native = native && !exhaustive ? native(nativeScanTables(index.data())) : undefined;
  }

  /**
   * Scans the UTF-8 bytes[start, end) and reports every token that hits an indicator. Calls on one
   * buffer may reuse a search made for an earlier range of it: after changing a buffer's content, call
   * `forget` before scanning it again.
   */
  scan(bytes: Uint8Array, start: number, end: number, sink: TokenSink): void {
    const counts = this.index.counts;
    // Wide tokens (between wide breaks) matter only to URLs and IPv6 addresses.
    const wide = counts.url > 0 || counts.ipv6 > 0;
    if (this.native) {
      this.nativeCandidates(this.native, bytes, start, end, sink);
      return;
    }
    if (!this.exhaustive) {
      this.plainWideEnd = -1;
      this.candidates(bytes, start, end, wide, sink);
      return;
    }
    if (!wide) {
      // Narrow tokens never cross a wide break (wide breaks are not narrow characters).
      this.narrow(bytes, start, end, sink);
      return;
    }
    let i = start;
    while (i < end) {
      while (i < end && (FACTS[bytes[i]!]! & F_WIDE_BREAK) !== 0) i++;
      const wideStart = i;
      while (i < end && (FACTS[bytes[i]!]! & F_WIDE_BREAK) === 0) i++;
      if (i === wideStart) continue;
      this.wide(bytes, wideStart, i, sink);
      this.narrow(bytes, wideStart, i, sink);
    }
  }

  /** The candidate search in native code; JS decodes the hits and reads the deferred tokens. */
  private nativeCandidates(
    native: NativeTokenScan,
    bytes: Uint8Array,
    start: number,
    end: number,
    sink: TokenSink,
  ): void {
    let count = native.scan(bytes, start, end, this.nativeHits);
    if (count * NATIVE_HIT_INTS > this.nativeHits.length) {
      this.nativeHits = new Int32Array(count * 2 * NATIVE_HIT_INTS);
      count = native.scan(bytes, start, end, this.nativeHits);
    }
    const hits = this.nativeHits;
    const index = this.index;
    for (let i = 0; i < count * NATIVE_HIT_INTS; i += NATIVE_HIT_INTS) {
      const s = hits[i + 1]!;
      const e = hits[i + 2]!;
      const extra = hits[i + 3]!;
      switch (hits[i]!) {
        case NativeHit.ipv4:
          sink('ipv4', decode(bytes, s, e), index.entriesOf(index.ipv4Atoms, extra), s);
          break;
        case NativeHit.hash:
          sink('hash', decode(bytes, s, e), index.entriesOf(index.hashAtoms, extra), s);
          break;
        case NativeHit.domain:
          sink('domain', decode(bytes, s, e), index.entriesOf(index.domainAtoms, extra), s);
          break;
        case NativeHit.deferEmail:
          this.email(bytes, s, e, sink);
          break;
        case NativeHit.deferHost:
          this.host(decode(bytes, s, e), s, sink);
          break;
        case NativeHit.deferUrl:
          this.urlAt(bytes, s, e, sink);
          break;
        case NativeHit.deferIPv6:
          this.ipv6At(bytes, s, e, sink);
          break;
        case NativeHit.deferIPv4Range: {
          const entries = index.ipv4(extra >>> 0);
          if (entries) sink('ipv4', decode(bytes, s, e), entries, s);
          break;
        }
        default:
          throw new Error(`native scan: unknown hit kind ${hits[i]}`);
      }
    }
  }

  /** URL and IPv6 candidates of one wide token bytes[start, end). */
  private wide(bytes: Uint8Array, start: number, end: number, sink: TokenSink): void {
    const counts = this.index.counts;
    let colons = 0;
    let slashColon = -1;
    for (let i = start; i < end; i++) {
      if (bytes[i] !== 58) continue;
      colons++;
      if (slashColon < 0 && i + 2 < end && bytes[i + 1] === 47 && bytes[i + 2] === 47)
        slashColon = i;
    }
    if (slashColon > start && counts.url > 0) this.url(bytes, start, end, slashColon, sink);
    if (colons >= 2 && counts.ipv6 > 0) this.ipv6(bytes, start, end, sink);
  }

  /** The buffer passed to `scan` changed content: drop the cached searches. */
  forget(): void {
    this.cached = undefined;
    this.hexFrom = -1;
  }

  /** Every narrow token of bytes[start, end). */
  private narrow(bytes: Uint8Array, start: number, end: number, sink: TokenSink): void {
    let i = start;
    while (i < end) {
      while (i < end && (FACTS[bytes[i]!]! & F_NARROW) === 0) i++;
      const s = i;
      let all = F_DIGIT_OR_DOT | F_HEX;
      let any = 0;
      while (i < end) {
        const f = FACTS[bytes[i]!]!;
        if ((f & F_NARROW) === 0) break;
        all &= f;
        any |= f;
        i++;
      }
      if (i - s >= MIN_TOKEN) this.token(bytes, s, i, all, any, sink);
    }
  }

  /**
   * The narrow tokens of bytes[start, end) that can hit: only those holding a dot (host names, IPv4),
   * an `@` (e-mail addresses, when some are indexed) or a hex run of at least 32 (digests). Dots and `@`
   * are found by the engine's native byte search and hex runs by probing every 32nd byte, so most bytes
   * of a line are never looked at by this code; each candidate is then widened to its whole token.
   */
  private candidates(
    bytes: Uint8Array,
    start: number,
    end: number,
    wide: boolean,
    sink: TokenSink,
  ): void {
    const counts = this.index.counts;
    const wantAt = counts.email > 0;
    const wantHex = counts.hash > 0;
    if (bytes !== this.cached) {
      this.cached = bytes;
      this.from.fill(bytes.length);
      this.hexFrom = -1;
    }
    let pos = start;
    while (pos < end) {
      let next = this.nextByte(bytes, 0, 46, pos);
      if (next < 0 || next > end) next = end;
      if (wantAt) {
        const at = this.nextByte(bytes, 1, 64, pos);
        if (at >= 0 && at < next) next = at;
      }
      if (wide) {
        const colon = this.nextByte(bytes, 2, 58, pos);
        if (colon >= 0 && colon < next) next = colon;
      }
      if (wantHex) {
        const run = this.nextHexRun(bytes, pos, end);
        if (run >= 0 && run < next) next = run;
      }
      if (next >= end) return;
      // A wide token holding a colon may hold a URL or an IPv6 address: it is read first, then its
      // narrow tokens, in the order of the exhaustive scan.
      if (wide && bytes[next] === 58) {
        pos = Math.max(this.wideAround(bytes, start, end, next, next, sink), next + 1);
        continue;
      }
      let s = next;
      let e = next;
      let all = F_DIGIT_OR_DOT | F_HEX;
      let any = 0;
      while (s > start) {
        const f = FACTS[bytes[s - 1]!]!;
        if ((f & F_NARROW) === 0) break;
        all &= f;
        any |= f;
        s--;
      }
      while (e < end) {
        const f = FACTS[bytes[e]!]!;
        if ((f & F_NARROW) === 0) break;
        all &= f;
        any |= f;
        e++;
      }
      // Most narrow tokens stand between wide breaks (blanks, quotes, brackets): then the wide token is
      // the narrow one, which holds no colon, and needs no second look.
      if (wide && !this.wideBreakAround(bytes, start, end, s, e)) {
        const after = this.wideAround(bytes, start, end, s, e, sink);
        if (after >= 0) {
          pos = after;
          continue;
        }
      }
      if (e - s >= MIN_TOKEN) this.token(bytes, s, e, all, any, sink);
      pos = e;
    }
  }

  /** True when bytes[s, e) has a wide break (or the range's edge) on both sides. */
  private wideBreakAround(bytes: Uint8Array, start: number, end: number, s: number, e: number) {
    const before = s > start ? FACTS[bytes[s - 1]!]! : F_WIDE_BREAK;
    const after = e < end ? FACTS[bytes[e]!]! : F_WIDE_BREAK;
    return (before & after & F_WIDE_BREAK) !== 0;
  }

  /**
   * The wide token around bytes[s, e): when it holds a colon, reads its URL / IPv6 address and then its
   * narrow tokens, and returns its end; when it is too short to hold anything, returns its end too;
   * otherwise returns -1 (nothing read).
   */
  private wideAround(
    bytes: Uint8Array,
    start: number,
    end: number,
    s: number,
    e: number,
    sink: TokenSink,
  ): number {
    if (s >= this.plainWideStart && e <= this.plainWideEnd) return -1;
    let ws = s;
    while (ws > start && (FACTS[bytes[ws - 1]!]! & F_WIDE_BREAK) === 0) ws--;
    let we = e;
    while (we < end && (FACTS[bytes[we]!]! & F_WIDE_BREAK) === 0) we++;
    // Shorter than `::1`: no address, URL or narrow token fits (JSON's `":"` between keys and values).
    if (we - ws < 3) return we;
    const colon = this.nextByte(bytes, 2, 58, ws);
    if (colon < 0 || colon >= we) {
      this.plainWideStart = ws;
      this.plainWideEnd = we;
      return -1;
    }
    this.wide(bytes, ws, we, sink);
    this.candidates(bytes, ws, we, false, sink);
    return we;
  }

  /**
   * Position of the next `byte` at or after `pos` (-1: none), by native search. The answer is kept
   * (slot `which`) and reused while it stays ahead, so consecutive lines of one block cost one search
   * in all rather than one search per line that may run to the end of the block.
   */
  private nextByte(bytes: Uint8Array, which: number, byte: number, pos: number): number {
    const from = this.from[which]!;
    const found = this.found[which]!;
    if (from <= pos && (found < 0 || found >= pos)) return found;
    const at = bytes.indexOf(byte, pos);
    this.from[which] = pos;
    this.found[which] = at;
    return at;
  }

  /**
   * Start of the next digest-long hex run in bytes[pos, end), or -1. The answer is kept and reused while
   * it stays ahead (as nextByte's), so a line costs one search, not one per candidate token. A run never
   * straddles `pos`: candidates are asked from a line's start or from just after a token.
   */
  private nextHexRun(bytes: Uint8Array, pos: number, end: number): number {
    const found = this.hexFound;
    if (
      this.hexFrom >= 0 &&
      this.hexFrom <= pos &&
      this.hexEnd === end &&
      (found < 0 || found >= pos)
    )
      return found;
    this.hexFrom = pos;
    this.hexEnd = end;
    return (this.hexFound = hexRunFrom(bytes, pos, end));
  }

  /** One narrow token bytes[s, e) with the AND (`all`) and OR (`any`) of its bytes' facts. */
  private token(
    bytes: Uint8Array,
    s: number,
    e: number,
    all: number,
    any: number,
    sink: TokenSink,
  ): void {
    const counts = this.index.counts;
    const untrimmed = e - s;
    while (s < e && isTrim(bytes[s]!)) s++;
    while (e > s && isTrim(bytes[e - 1]!)) e--;
    if (e - s < MIN_TOKEN) return;
    if (e - s < untrimmed) {
      // Facts of what is left: a digest ending a sentence (`…abb02f.`) is still all hex.
      all = F_DIGIT_OR_DOT | F_HEX;
      any = 0;
      for (let k = s; k < e; k++) {
        all &= FACTS[bytes[k]!]!;
        any |= FACTS[bytes[k]!]!;
      }
    }
    if ((any & F_AT) !== 0) {
      let at = e - 1;
      while (at >= s && bytes[at] !== 64) at--;
      if (at <= s || at >= e - 1) return;
      if (counts.email > 0) this.email(bytes, s, e, sink);
      s = at + 1;
      while (s < e && isTrim(bytes[s]!)) s++;
    } else if ((all & F_DIGIT_OR_DOT) !== 0) {
      if (counts.ipv4 > 0) this.ipv4(bytes, s, e, sink);
      return;
    } else if ((all & F_HEX) !== 0) {
      const length = e - s;
      if (length === 32 || length === 40 || length === 64 || length === 128) {
        if (counts.hash > 0) this.digest(bytes, s, e, sink);
        return;
      }
    }
    if ((any & F_DOT) !== 0 && counts.domain > 0) {
      // The exhaustive reference reads every host through the string path (index.domain).
      if ((any & F_HIGH) !== 0 || this.exhaustive) this.host(decode(bytes, s, e), s, sink);
      else this.asciiHost(bytes, s, e, sink);
    }
  }

  private ipv4(bytes: Uint8Array, s: number, e: number, sink: TokenSink): void {
    const address = parseIPv4Bytes(bytes, s, e);
    if (address === undefined) return;
    const entries = this.index.ipv4(address);
    if (entries) sink('ipv4', decode(bytes, s, e), entries, s);
  }

  private digest(bytes: Uint8Array, s: number, e: number, sink: TokenSink): void {
    const table = this.index.hashAtoms;
    const h = keyOf(bytes, s, e, table.keySpan);
    if (!table.mayHave(h)) return;
    const atom = table.findBytes(h, bytes, s, e, true);
    if (atom >= 0) sink('hash', decode(bytes, s, e), this.index.entriesOf(table, atom), s);
  }

  /**
   * ASCII host bytes[s, e): hashes every dot-suffix right to left, a label at a time (no allocation), and
   * decodes the host only when the index holds one of its suffixes.
   */
  private asciiHost(bytes: Uint8Array, s: number, e: number, sink: TokenSink): void {
    const table = this.index.domainAtoms;
    let h = HASH_SEED;
    let k = e - 1;
    while (k >= s && bytes[k] !== 46) h = hashStep(h, bytes[k--]!);
    // Every indexed host ends with one of few labels (a small, cached table): `x.js` stops here. The
    // hash alone decides (no byte compare): a rare false pass only costs the probes below.
    if (!this.index.hostLastLabels.mayHave(h)) return;
    // A suffix without a dot (`com`) is probed only when some indexed host has none: a probe of a big
    // table is a cache miss.
    if (this.index.dotlessHosts > 0) this.suffix(table, h, bytes, s, k + 1, e, sink);
    while (k >= s) {
      h = hashStep(h, 46);
      const labelEnd = --k;
      while (k >= s && bytes[k] !== 46) h = hashStep(h, bytes[k--]!);
      if (k < labelEnd) this.suffix(table, h, bytes, s, k + 1, e, sink);
    }
  }

  /** The suffix bytes[from, e) of host bytes[s, e), with hash `h`: reported when indexed. */
  private suffix(
    table: AtomTable,
    h: number,
    bytes: Uint8Array,
    s: number,
    from: number,
    e: number,
    sink: TokenSink,
  ): void {
    if (!table.mayHave(h)) return;
    const atom = table.findBytes(h, bytes, from, e, true);
    if (atom >= 0) sink('domain', decode(bytes, s, e), this.index.entriesOf(table, atom), s);
  }

  /** Non-ASCII host: IDN normalization (punycode) first. */
  private host(raw: string, at: number, sink: TokenSink): void {
    const host = normalizeHost(raw);
    if (host) this.index.domain(host, (_suffix, entries) => sink('domain', raw, entries, at));
  }

  private email(bytes: Uint8Array, s: number, e: number, sink: TokenSink): void {
    const logged = decode(bytes, s, e);
    const email = normalizeEmail(logged);
    const entries = email ? this.index.email(email) : undefined;
    if (entries) sink('email', logged, entries, s);
  }

  private url(
    bytes: Uint8Array,
    start: number,
    end: number,
    slashColon: number,
    sink: TokenSink,
  ): void {
    let s = slashColon;
    while (s > start) {
      const c = bytes[s - 1]!;
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
      const c = bytes[e - 1]!;
      if (c !== 46 && c !== 58 && c !== 33 && c !== 63) break;
      e--;
    }
    if (s === slashColon) return;
    const host = urlHostKey(bytes, slashColon, e);
    if (!this.exhaustive && host !== undefined && !this.index.urlHostKeys.mayHave(host)) return;
    this.urlAt(bytes, s, e, sink);
  }

  /** The URL bytes[s, e): normalized and looked up. */
  private urlAt(bytes: Uint8Array, s: number, e: number, sink: TokenSink): void {
    const logged = decode(bytes, s, e);
    const url = normalizeUrl(logged);
    const entries = url ? this.index.url(url) : undefined;
    if (entries) sink('url', logged, entries, s);
  }

  private ipv6(bytes: Uint8Array, start: number, end: number, sink: TokenSink): void {
    let i = start;
    while (i < end) {
      while (i < end && !isHex(bytes[i]!) && bytes[i] !== 58) i++;
      const s = i;
      let colons = 0;
      while (i < end) {
        const c = bytes[i]!;
        if (c === 58) colons++;
        else if (!isHex(c) && c !== 46) break;
        i++;
      }
      // Eight groups need seven colons (six before a dotted IPv4 tail); fewer need `::`.
      if (colons >= 6 || (colons >= 2 && hasDoubleColon(bytes, s, i))) {
        // A run glued to letters is part of a longer word, not an address (token boundary).
        const before = s > start ? bytes[s - 1]! : 32;
        const after = i < end ? bytes[i]! : 32;
        if (isNarrow(before) || (isNarrow(after) && after !== 46)) continue;
        let e = i;
        while (e > s && bytes[e - 1] === 46) e--;
        this.ipv6At(bytes, s, e, sink);
      }
    }
  }

  /** The IPv6 address candidate bytes[s, e): parsed and looked up. */
  private ipv6At(bytes: Uint8Array, s: number, e: number, sink: TokenSink): void {
    const value = decode(bytes, s, e);
    const address = parseIPv6(value);
    const entries = address === undefined ? undefined : this.index.ipv6(address);
    if (entries) sink('ipv6', value, entries, s);
  }
}
