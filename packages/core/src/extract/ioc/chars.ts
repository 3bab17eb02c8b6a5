/** Character classes shared by the IOC token classifiers (ASCII; hot loops, no regex). */

export const isAsciiAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
export const isHex = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/**
 * Host-name characters are ASCII (IDNs appear as xn-- punycode): in CJK text words glue to host
 * names without spaces ("テスト.example.com"), and only the ASCII part is the host.
 */
export const isHostChar = (c: number): boolean => isAsciiAlnum(c) || c === 0x2d || c === 0x5f;

/** A regular-expression word character (`\w` without the u flag). */
export const isWordChar = (c: number): boolean => isAsciiAlnum(c) || c === 0x5f;
