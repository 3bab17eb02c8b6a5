/** IPv6 addresses (RFC 5952 canonical value, optional /CIDR) and IPv4 addresses glued to letters. */
import type { Emit } from './emit.ts';
import { isAsciiAlnum, isHex } from './chars.ts';
import { parseIpv4 } from './hosts.ts';
import { formatIpv6, parseIpv6 } from './ipv6.ts';

export function classifyIpv6(token: string, start: number, emit: Emit): boolean {
  const first = token.indexOf(':');
  if (first < 0 || token.indexOf(':', first + 1) < 0) return false;
  let s = 0;
  while (s < token.length && !isHex(token.charCodeAt(s)) && token.charCodeAt(s) !== 0x3a) s++;
  let e = s;
  while (
    e < token.length &&
    (isHex(token.charCodeAt(e)) || token.charCodeAt(e) === 0x3a || token.charCodeAt(e) === 0x2e)
  )
    e++;
  // "Namespace::func" and "std::byte" are code, not addresses: the address must stand alone.
  if ((s > 0 && isAsciiAlnum(token.charCodeAt(s - 1))) || /^[g-z]/i.test(token.slice(e, e + 1)))
    return false;
  const candidate = token.slice(s, e);
  const groups = parseIpv6(candidate);
  if (!groups || groups.every((g) => g === 0)) return false;
  let value = formatIpv6(groups);
  let spanEnd = e;
  const cidr = /^\/(\d{1,3})(?!\d)/.exec(token.slice(e, e + 5));
  if (cidr && Number(cidr[1]) <= 128) {
    value += `/${cidr[1]}`;
    spanEnd += cidr[0].length;
  } else if (token.charCodeAt(e) === 0x25) {
    spanEnd = token.length; // zone index (fe80::1%11): part of the mention, not of the value
  }
  emit('ipv6-addr', value, start + s, start + spanEnd);
  return true;
}

/**
 * An IPv4 address glued to letters ("words1.1.1.1words", "ip:10.0.0.1"): the first run of digits and
 * dots bounded by non-digits that is exactly a dotted quad.
 */
export function findGluedIpv4(token: string, start: number, emit: Emit): boolean {
  let i = 0;
  while (i < token.length) {
    const c = token.charCodeAt(i);
    if (c < 0x30 || c > 0x39) {
      i++;
      continue;
    }
    const runStart = i;
    while (
      i < token.length &&
      ((token.charCodeAt(i) >= 0x30 && token.charCodeAt(i) <= 0x39) || token.charCodeAt(i) === 0x2e)
    )
      i++;
    let runEnd = i;
    while (runEnd > runStart && token.charCodeAt(runEnd - 1) === 0x2e) runEnd--;
    const ip = parseIpv4(token.slice(runStart, runEnd));
    if (ip && token.charCodeAt(runStart - 1) !== 0x2e) {
      emit('ipv4-addr', ip, start + runStart, start + runEnd);
      return true;
    }
  }
  return false;
}
