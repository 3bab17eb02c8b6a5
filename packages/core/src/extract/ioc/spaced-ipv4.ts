/**
 * IPv4 addresses defanged with spaced dots: `10 . 0 . 0 . 1`, or only some dots spaced
 * (`2.2.2 . 2`). The ` . ` is the same defang as in `example . com`, which refang accepts before a
 * top-level domain; between numbers it is accepted only when the numbers around it make exactly one
 * dotted quad. Strict so that prose never joins: digits only, four octets 0-255, each dot either
 * plain or one space on both sides, and nothing glued on either end (no word character, no further
 * dotted number: `1.2.3 . 4.5` is a version list, not an address). Looks at most four octets each
 * way: bounded work per ` . `.
 */

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isWordChar = (c: number): boolean =>
  isDigit(c) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;

/** Octets of a quad and one more, to see that there is no fifth. */
const MAX_OCTETS = 5;

/** Length of the dot separator ending just before `end` ("." or " . " after a digit), 0 if none. */
function separatorBefore(s: string, end: number): number {
  if (s.charCodeAt(end - 1) === 0x2e && isDigit(s.charCodeAt(end - 2))) return 1;
  const spaced =
    s.charCodeAt(end - 1) === 0x20 &&
    s.charCodeAt(end - 2) === 0x2e &&
    s.charCodeAt(end - 3) === 0x20 &&
    isDigit(s.charCodeAt(end - 4));
  return spaced ? 3 : 0;
}

/** Length of the dot separator starting at `start` ("." or " . " before a digit), 0 if none. */
function separatorAt(s: string, start: number): number {
  if (s.charCodeAt(start) === 0x2e && isDigit(s.charCodeAt(start + 1))) return 1;
  const spaced =
    s.charCodeAt(start) === 0x20 &&
    s.charCodeAt(start + 1) === 0x2e &&
    s.charCodeAt(start + 2) === 0x20 &&
    isDigit(s.charCodeAt(start + 3));
  return spaced ? 3 : 0;
}

/** Value of the octet s[start, end), or -1 when it is no 1-3 digit number up to 255. */
function octet(s: string, start: number, end: number): number {
  if (end - start < 1 || end - start > 3) return -1;
  const value = Number(s.slice(start, end));
  return value <= 255 ? value : -1;
}

/**
 * Whether the ` . ` at `space` (a space, a dot, a space, between two digits) joins two octets of a
 * spaced-dot IPv4 address.
 */
export function joinsSpacedIpv4(s: string, space: number): boolean {
  let octets = 0;
  // Leftwards: octets ending at `end`, each preceded by a separator, up to the left edge.
  let end = space;
  let leftEdge = space;
  while (octets < MAX_OCTETS) {
    let start = end;
    while (start > 0 && end - start < 4 && isDigit(s.charCodeAt(start - 1))) start--;
    if (octet(s, start, end) < 0) return false;
    octets++;
    leftEdge = start;
    const separator = separatorBefore(s, start);
    if (separator === 0) break;
    end = start - separator;
  }
  // Rightwards from the digit after the ` . `.
  let start = space + 3;
  let rightEdge = start;
  while (octets < MAX_OCTETS) {
    let stop = start;
    while (stop < s.length && stop - start < 4 && isDigit(s.charCodeAt(stop))) stop++;
    if (octet(s, start, stop) < 0) return false;
    octets++;
    rightEdge = stop;
    const separator = separatorAt(s, stop);
    if (separator === 0) break;
    start = stop + separator;
  }
  if (octets !== 4) return false;
  const before = leftEdge > 0 ? s.charCodeAt(leftEdge - 1) : -1;
  const after = s.charCodeAt(rightEdge);
  // A dot before the first octet or after the last is a further label (`v.1.2 . 3.4`, `1.2.3 . 4.x`).
  return (
    !isWordChar(before) && before !== 0x2e && !isWordChar(after) && !isFollowingLabel(s, rightEdge)
  );
}

/** A dot followed by a word character right after the address: another label of a longer name. */
function isFollowingLabel(s: string, i: number): boolean {
  return s.charCodeAt(i) === 0x2e && isWordChar(s.charCodeAt(i + 1));
}
