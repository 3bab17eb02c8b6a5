/**
 * Character classes shared by the IOC token classifiers (ASCII; hot loops, no regex). One table
 * lookup per character: these run over every character of long tokens and encoded blobs, where a
 * chain of range comparisons costs several times more.
 */

const ALNUM = 1;
const HEX = 2;
const HOST = 4; // alphanumerics, `-`, `_`
const WORD = 8; // alphanumerics, `_`

const CLASSES = new Uint8Array(128);
const mark = (from: string, to: string, kinds: number): void => {
  for (let c = from.charCodeAt(0); c <= to.charCodeAt(0); c++) CLASSES[c]! |= kinds;
};
mark('0', '9', ALNUM | HEX | HOST | WORD);
mark('A', 'Z', ALNUM | HOST | WORD);
mark('a', 'z', ALNUM | HOST | WORD);
mark('A', 'F', HEX);
mark('a', 'f', HEX);
mark('-', '-', HOST);
mark('_', '_', HOST | WORD);

const has = (c: number, kind: number): boolean => c < 128 && (CLASSES[c]! & kind) !== 0;

export const isAsciiAlnum = (c: number): boolean => has(c, ALNUM);
export const isHex = (c: number): boolean => has(c, HEX);

/**
 * Host-name characters are ASCII (IDNs appear as xn-- punycode): in CJK text words glue to host
 * names without spaces ("テスト.example.com"), and only the ASCII part is the host.
 */
export const isHostChar = (c: number): boolean => has(c, HOST);

/** A regular-expression word character (`\w` without the u flag). */
export const isWordChar = (c: number): boolean => has(c, WORD);
