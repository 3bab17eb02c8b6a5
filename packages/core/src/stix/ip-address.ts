/**
 * IPv4/IPv6 address-or-CIDR checks for `ipv4-addr`/`ipv6-addr` values (STIX 2.1 §6.10, §6.11: "one or
 * more IPv4 addresses expressed using CIDR notation"). Hand-written scanners: linear on any input, and
 * unlike the OASIS schema they accept IPv6 with an embedded IPv4 tail (`::ffff:192.0.2.1`).
 */
const isDigits = (s: string): boolean => s.length > 0 && [...s].every((c) => c >= '0' && c <= '9');
const isHexDigits = (s: string): boolean =>
  s.length > 0 && s.length <= 4 && [...s].every((c) => /[0-9a-f]/i.test(c));

function prefixOk(prefix: string | undefined, max: number): boolean {
  if (prefix === undefined) return true;
  if (!isDigits(prefix) || prefix.length > 3 || (prefix.length > 1 && prefix.startsWith('0')))
    return false;
  return Number(prefix) <= max;
}

function splitCidr(value: string): [string, string | undefined] | undefined {
  const slash = value.indexOf('/');
  if (slash === -1) return [value, undefined];
  if (value.indexOf('/', slash + 1) !== -1) return undefined;
  return [value.slice(0, slash), value.slice(slash + 1)];
}

function isIpv4Address(text: string): boolean {
  const parts = text.split('.');
  return (
    parts.length === 4 &&
    parts.every(
      (p) =>
        isDigits(p) && p.length <= 3 && (p.length === 1 || !p.startsWith('0')) && Number(p) <= 255,
    )
  );
}

function isIpv6Address(text: string): boolean {
  if (text.length > 45) return false;
  const halves = text.split('::');
  if (halves.length > 2) return false;
  const groups = (half: string): string[] => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0] ?? '');
  const tail = halves.length === 2 ? groups(halves[1] ?? '') : [];
  const all = [...head, ...tail];
  let width = 0;
  for (let i = 0; i < all.length; i += 1) {
    const g = all[i] as string;
    const last = i === all.length - 1;
    if (last && g.includes('.')) {
      if (!isIpv4Address(g)) return false;
      width += 2;
    } else if (isHexDigits(g)) {
      width += 1;
    } else {
      return false;
    }
  }
  return halves.length === 2 ? width <= 7 : width === 8;
}

export function isIpv4Value(value: string): boolean {
  const split = splitCidr(value);
  return split !== undefined && isIpv4Address(split[0]) && prefixOk(split[1], 32);
}

export function isIpv6Value(value: string): boolean {
  const split = splitCidr(value);
  return split !== undefined && isIpv6Address(split[0]) && prefixOk(split[1], 128);
}
