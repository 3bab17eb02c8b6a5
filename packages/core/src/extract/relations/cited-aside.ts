/**
 * A name inside a bracketed pointer to other reading is cited, not acting in its sentence: "TA505 will
 * continue to leverage COVID-19 (as detailed in our new Redline Stealer Threat Insight blog)" says nothing
 * of TA505 using Redline Stealer.
 */
const POINTER =
  /^\(\s*(?:as\s+(?:detailed|described|reported|discussed|covered|explained|outlined|documented)\s+(?:in|by|on)|see|read|for\s+more)\b/iu;

/** How far back from a name its opening bracket may stand, and past it its closing one. */
const REACH = 120;

export function inCitedAside(text: string, start: number, end: number): boolean {
  let open = -1;
  // Bounded both ways: a text of many names and no brackets costs each name REACH steps, no more.
  for (let k = start - 1; k >= Math.max(0, start - REACH); k--) {
    const c = text.charCodeAt(k);
    if (c === 0x29) return false;
    if (c === 0x28) {
      open = k;
      break;
    }
  }
  if (open < 0 || !POINTER.test(text.slice(open, open + 40))) return false;
  const close = text.slice(end, end + REACH).search(/[()]/u);
  return close >= 0 && text.charCodeAt(end + close) === 0x29;
}
