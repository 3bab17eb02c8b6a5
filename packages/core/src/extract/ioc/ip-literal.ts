/**
 * Bracketed address literals: the IPv6 host of a URL (`http://[2001:db8::1]:80/`, RFC 3986 §3.2.2)
 * and the address of an e-mail domain literal (`user@[192.0.2.1]`, RFC 5321 §4.1.3). Only ever looks
 * at a bounded window after the bracket.
 */
import { parseIpv4 } from './hosts.ts';
import { formatIpv6, parseIpv6 } from './ipv6.ts';

/** Longest literal: "[" + "IPv6:" + 45 characters of address + "]". */
const MAX_LITERAL = 52;

export interface IpLiteral {
  /** Index just after the closing bracket. */
  readonly end: number;
  readonly type: 'ipv4-addr' | 'ipv6-addr';
  /** Canonical address (IPv6 per RFC 5952). */
  readonly value: string;
}

/** The address literal whose `[` is at `i`, undefined when there is none. */
export function ipLiteralAt(text: string, i: number): IpLiteral | undefined {
  if (text.charCodeAt(i) !== 0x5b) return undefined;
  const close = text.slice(i + 1, i + MAX_LITERAL).indexOf(']');
  if (close < 0) return undefined;
  const inner = text.slice(i + 1, i + 1 + close);
  const end = i + close + 2;
  const v4 = parseIpv4(inner);
  if (v4) return { end, type: 'ipv4-addr', value: v4 };
  const groups = parseIpv6(/^ipv6:/i.test(inner) ? inner.slice(5) : inner);
  return groups ? { end, type: 'ipv6-addr', value: formatIpv6(groups) } : undefined;
}

/** Index after the address literal at `i`, or -1. */
export function ipLiteralEnd(text: string, i: number): number {
  return ipLiteralAt(text, i)?.end ?? -1;
}
