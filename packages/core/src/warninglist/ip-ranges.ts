/**
 * Sets of IP ranges (CIDR blocks and single addresses) with O(log n) membership: ranges are sorted and
 * merged, so one binary search answers "is this address inside any of them". IPv4 as numbers, IPv6
 * as bigints.
 */
import { parseIpv4 } from '../extract/ioc/hosts.ts';
import { parseIpv6 } from '../extract/ioc/ipv6.ts';

type Range<T> = [T, T];

/** The union of IPv6 ranges (bigints: no typed array holds 128 bits), sorted by start and swept. */
function mergeBigints(ranges: Range<bigint>[]): Range<bigint>[] {
  ranges.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Range<bigint>[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) {
      if (r[1] > last[1]) last[1] = r[1];
    } else {
      out.push([r[0], r[1]]);
    }
  }
  return out;
}

/**
 * The union of IPv4 ranges given as parallel start and end arrays: both sorted on their own (a numeric typed
 * array sort, no comparator call per pair), then swept; a range starting at or before the open union's end
 * extends it, as in `mergeBigints`.
 */
function mergeNumbers(starts: Float64Array, ends: Float64Array): Range<number>[] {
  starts.sort();
  ends.sort();
  const out: Range<number>[] = [];
  let open = 0;
  let from = 0;
  let j = 0;
  for (let i = 0; i < starts.length;) {
    if (starts[i]! <= ends[j]!) {
      if (open++ === 0) from = starts[i]!;
      i++;
    } else {
      if (--open === 0) out.push([from, ends[j]!]);
      j++;
    }
  }
  if (starts.length > 0) out.push([from, ends[ends.length - 1]!]);
  return out;
}

function contains<T extends number | bigint>(ranges: readonly Range<T>[], x: T): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (x < r[0]) hi = mid - 1;
    else if (x > r[1]) lo = mid + 1;
    else return true;
  }
  return false;
}

export function ipv4ToNumber(text: string): number | undefined {
  const ip = parseIpv4(text);
  if (!ip) return undefined;
  // Digits and dots only, checked above: read them without the strings a split would make (the cloud
  // providers' lists hold tens of thousands of blocks, read at every command's start).
  let value = 0;
  let octet = 0;
  for (let i = 0; i < ip.length; i++) {
    const c = ip.charCodeAt(i);
    if (c === 0x2e) {
      value = value * 256 + octet;
      octet = 0;
    } else octet = octet * 10 + (c - 0x30);
  }
  return value * 256 + octet;
}

export function ipv6ToBigInt(text: string): bigint | undefined {
  const groups = parseIpv6(text);
  if (!groups) return undefined;
  return groups.reduce((n, g) => (n << 16n) | BigInt(g), 0n);
}

/** An IP address as a number (IPv4) or a bigint (IPv6); neither when the value is no address. */
export interface IpNumber {
  readonly v4?: number;
  readonly v6?: bigint;
}

/** The address of a value (of a CIDR block: its first address) as a number. */
export function ipNumber(value: string): IpNumber {
  const address = value.split('/')[0] ?? '';
  if (address.includes(':')) {
    const v6 = ipv6ToBigInt(address);
    return v6 === undefined ? {} : { v6 };
  }
  const v4 = ipv4ToNumber(address);
  return v4 === undefined ? {} : { v4 };
}

/** Splits "a.b.c.d/nn" into address and prefix length (full length when absent). */
function splitCidr(text: string, bits: number): [string, number] | undefined {
  const slash = text.indexOf('/');
  if (slash < 0) return [text, bits];
  const prefix = Number(text.slice(slash + 1));
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > bits) return undefined;
  return [text.slice(0, slash), prefix];
}

export class IpRangeSet {
  readonly #v4: Range<number>[];
  readonly #v6: Range<bigint>[];

  constructor(entries: readonly string[]) {
    const starts = new Float64Array(entries.length);
    const ends = new Float64Array(entries.length);
    let v4 = 0;
    const v6: Range<bigint>[] = [];
    for (const entry of entries) {
      const text = entry.trim();
      if (text.includes(':')) {
        const parts = splitCidr(text, 128);
        const base = parts && ipv6ToBigInt(parts[0]);
        if (base === undefined || !parts) continue;
        const size = 1n << BigInt(128 - parts[1]);
        const start = base & ~(size - 1n);
        v6.push([start, start + size - 1n]);
      } else {
        const parts = splitCidr(text, 32);
        const base = parts && ipv4ToNumber(parts[0]);
        if (base === undefined || !parts) continue;
        const size = 2 ** (32 - parts[1]);
        const start = base - (base % size);
        starts[v4] = start;
        ends[v4++] = start + size - 1;
      }
    }
    this.#v4 = mergeNumbers(starts.subarray(0, v4), ends.subarray(0, v4));
    this.#v6 = mergeBigints(v6);
  }

  /** Whether an address (or every address of a CIDR block, judged by its first one) is inside. */
  has(value: string): boolean {
    return this.hasAddress(ipNumber(value));
  }

  /** Whether an address, already turned into a number by ipNumber, is inside. */
  hasAddress(ip: IpNumber): boolean {
    if (ip.v6 !== undefined) return contains(this.#v6, ip.v6);
    return ip.v4 !== undefined && contains(this.#v4, ip.v4);
  }
}
