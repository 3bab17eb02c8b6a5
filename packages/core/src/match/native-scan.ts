/**
 * The seam for a native candidate scanner (packages/scan-native, loaded by the CLI; core never imports
 * it): TokenScanner hands it the index's tables once and asks it for the hits of a byte range. It does
 * what TokenScanner's candidate path does and hands back, as "defer" hits, the tokens whose lookup needs
 * the JavaScript code (normalization, IPv6 parsing, CIDR ranges), so the hits stay exactly those of the
 * JavaScript scanner, in the same order.
 */
import type { AtomTableData } from './atom-table.ts';
import type { IndexData } from './indicator-index.ts';

/** Kinds of the hits a native scan writes (scan-native/src/scanner.h holds the same numbers). */
export const NativeHit = {
  /** An indexed IPv4 address; extra = atom of the ipv4 table. */
  ipv4: 0,
  /** extra = atom of the hash table. */
  hash: 1,
  /** [start, end) the whole host; extra = atom of its indexed suffix. */
  domain: 2,
  deferEmail: 3,
  /** A host with non-ASCII bytes (IDN normalization). */
  deferHost: 4,
  /** A URL whose host passed the URL-host prefilter; extra = position of its `://`. */
  deferUrl: 5,
  /** A run of hex digits, colons and dots shaped like an IPv6 address, at a token boundary. */
  deferIPv6: 6,
  /** An IPv4 address that hits while CIDR ranges are indexed; extra = the address (int32). */
  deferIPv4Range: 7,
} as const;

/** Ints per hit in the output: kind, token start, token end, extra. */
export const NATIVE_HIT_INTS = 4;

/** What the native side reads: typed arrays over SharedArrayBuffers, which never move. */
export interface NativeScanTables {
  readonly ipv4: AtomTableData;
  readonly domains: AtomTableData;
  readonly hostLastLabels: AtomTableData;
  readonly hashes: AtomTableData;
  readonly urlHosts: AtomTableData;
  readonly ipv4Blocks: Int32Array;
  /** The IPv4 CIDR segments (range-table.ts): [starts[i], ends[i]), sorted; empty when none. */
  readonly ipv4RangeStarts: Float64Array;
  readonly ipv4RangeEnds: Float64Array;
  readonly has: {
    readonly ipv4: boolean;
    readonly ipv6: boolean;
    readonly domain: boolean;
    readonly url: boolean;
    readonly email: boolean;
    readonly hash: boolean;
    readonly dotlessHosts: boolean;
  };
}

export interface NativeTokenScan {
  /**
   * Writes the hits of bytes[start, end) into `out` (NATIVE_HIT_INTS each, position order) and returns
   * their number, which is more than `out` holds when it was too small (then nothing is lost by
   * scanning again with a bigger `out`).
   */
  scan(bytes: Uint8Array, start: number, end: number, out: Int32Array): number;
}

export type NativeScanFactory = (tables: NativeScanTables) => NativeTokenScan;

export function nativeScanTables(data: IndexData): NativeScanTables {
  const counts = data.counts;
  return {
    ipv4: data.ipv4,
    domains: data.domains,
    hostLastLabels: data.hostLastLabels,
    hashes: data.hashes,
    urlHosts: data.urlHosts,
    ipv4Blocks: data.ipv4Blocks,
    ipv4RangeStarts: Float64Array.from(data.ipv4Ranges?.starts ?? []),
    ipv4RangeEnds: Float64Array.from(data.ipv4Ranges?.ends ?? []),
    has: {
      ipv4: counts.ipv4 > 0,
      ipv6: counts.ipv6 > 0,
      domain: counts.domain > 0,
      url: counts.url > 0,
      email: counts.email > 0,
      hash: counts.hash > 0,
      dotlessHosts: data.dotlessHosts > 0,
    },
  };
}
