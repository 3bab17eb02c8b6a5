/** IPv4/IPv6 address and CIDR parsing into numbers (IPv4: uint32 as number; IPv6: 128-bit bigint). */

/**
 * Parses dotted-quad IPv4 in bytes[start, end) into a uint32 (no string is created). Leading zeros are
 * refused: `010.1.1.1` is octal to some parsers, so it is not the same address to every reader.
 */
export function parseIPv4Bytes(bytes: Uint8Array, start: number, end: number): number | undefined {
  let value = 0;
  let octet = 0;
  let digits = 0;
  let dots = 0;
  for (let i = start; i < end; i++) {
    const c = bytes[i]!;
    if (c >= 48 && c <= 57) {
      if (digits > 0 && octet === 0) return undefined;
      octet = octet * 10 + (c - 48);
      if (++digits > 3 || octet > 255) return undefined;
    } else if (c === 46) {
      if (digits === 0 || ++dots > 3) return undefined;
      value = value * 256 + octet;
      octet = 0;
      digits = 0;
    } else return undefined;
  }
  if (dots !== 3 || digits === 0) return undefined;
  return value * 256 + octet;
}

const scratch = new Uint8Array(15);

/** Dotted-quad IPv4 text → uint32 (same rules as parseIPv4Bytes). */
export function parseIPv4(text: string): number | undefined {
  if (text.length > scratch.length) return undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 127) return undefined;
    scratch[i] = c;
  }
  return parseIPv4Bytes(scratch, 0, text.length);
}

export const formatIPv4 = (value: number): string =>
  `${Math.floor(value / 16777216) % 256}.${Math.floor(value / 65536) % 256}.${Math.floor(value / 256) % 256}.${value % 256}`;

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/**
 * Parses an IPv6 address (RFC 4291 §2.2: full, `::`-compressed, or with an embedded dotted IPv4 tail) into
 * a bigint, so compressed and expanded spellings compare equal. A zone id (`%eth0`) is ignored.
 */
export function parseIPv6(input: string): bigint | undefined {
  const zone = input.indexOf('%');
  const text = zone >= 0 ? input.slice(0, zone) : input;
  if (text.length < 2 || text.length > 45) return undefined;
  const groups: number[] = [];
  let gap = -1;
  let i = 0;
  if (text.startsWith('::')) {
    gap = 0;
    i = 2;
    if (i === text.length) return 0n;
  } else if (text.charCodeAt(0) === 58) return undefined;
  while (i < text.length) {
    let j = i;
    let group = 0;
    while (j < text.length && j - i < 5) {
      const h = hexValue(text.charCodeAt(j));
      if (h < 0) break;
      group = group * 16 + h;
      j++;
    }
    if (j < text.length && text.charCodeAt(j) === 46) {
      // Embedded IPv4 tail (e.g. ::ffff:192.0.2.1) takes the last 32 bits.
      const v4 = parseIPv4(text.slice(i));
      if (v4 === undefined) return undefined;
      groups.push(Math.floor(v4 / 65536), v4 % 65536);
      break;
    }
    if (j === i || j - i > 4) return undefined;
    groups.push(group);
    if (j === text.length) break;
    if (text.charCodeAt(j) !== 58) return undefined;
    if (j + 1 < text.length && text.charCodeAt(j + 1) === 58) {
      if (gap >= 0) return undefined;
      gap = groups.length;
      i = j + 2;
    } else {
      if (j + 1 === text.length) return undefined;
      i = j + 1;
    }
  }
  if (gap < 0 ? groups.length !== 8 : groups.length > 7) return undefined;
  const full =
    gap < 0
      ? groups
      : [
          ...groups.slice(0, gap),
          ...new Array<number>(8 - groups.length).fill(0),
          ...groups.slice(gap),
        ];
  let value = 0n;
  for (const g of full) value = (value << 16n) | BigInt(g);
  return value;
}

export interface Cidr<T extends number | bigint> {
  readonly first: T;
  readonly last: T;
}

/** `a.b.c.d/n` → inclusive range; a bare address is a /32. Host bits set below the prefix are ignored. */
export function parseIPv4Cidr(text: string): Cidr<number> | undefined {
  const slash = text.indexOf('/');
  const address = parseIPv4(slash < 0 ? text : text.slice(0, slash));
  if (address === undefined) return undefined;
  const bits = slash < 0 ? 32 : prefixLength(text.slice(slash + 1), 32);
  if (bits === undefined) return undefined;
  const size = 2 ** (32 - bits);
  const first = address - (address % size);
  return { first, last: first + size - 1 };
}

export function parseIPv6Cidr(text: string): Cidr<bigint> | undefined {
  const slash = text.indexOf('/');
  const address = parseIPv6(slash < 0 ? text : text.slice(0, slash));
  if (address === undefined) return undefined;
  const bits = slash < 0 ? 128 : prefixLength(text.slice(slash + 1), 128);
  if (bits === undefined) return undefined;
  const hostMask = (1n << BigInt(128 - bits)) - 1n;
  const first = address & ~hostMask;
  return { first, last: first | hostMask };
}

function prefixLength(text: string, max: number): number | undefined {
  if (!/^\d{1,3}$/.test(text)) return undefined;
  const bits = Number(text);
  return bits <= max ? bits : undefined;
}
