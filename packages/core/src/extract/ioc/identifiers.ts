/**
 * Identifier-shaped indicators found by anchored regular expressions over the refanged text: CVE ids,
 * MITRE ATT&CK ids and autonomous system numbers. Each regex starts with a literal or a tight class
 * and has bounded quantifiers only (linear; lint: regexp/no-super-linear-*).
 */
import type { Emit } from './emit.ts';
import { isWordChar } from './chars.ts';

/**
 * One scan for all three id kinds (the previous three scans cost three passes over the text). The
 * alternatives cannot start inside one another's matches (each begins at a word boundary with a
 * different letter run), so fusing them finds exactly what three separate scans found.
 *
 * - CVE-YYYY-NNNN+ (CVE numbering: 4+ digit sequence), also "CVE 2014-1001": groups 1-2.
 * - ATT&CK ids: techniques T1234 and sub-techniques T1234.001, tactics TA0001, mitigations M1017,
 *   groups G0128, software S0154, campaigns C0010: groups 3-5. Techniques, tactics and mitigations
 *   are accepted in lower case ("t1329" in ioc-finder's cases); group/software ids only in upper
 *   case, where they are far less ambiguous with part numbers.
 * - AS1234, ASN 1234, asn1234, AS 1234 (lower-case "as" only when glued to the number: "just as
 *   2014"): groups 6-8.
 */
const IDENTIFIER =
  /\b(?:cve[-\u2010\u2011 ]?(\d{4})[-\u2010\u2011](\d{4,7})(?!\d)|(TA|[TMGSC])(\d{4})(\.\d{3})?(?![\w.]\d|\w)|(asn?)( ?)(\d{1,10})\b)/gi;

/** IDENTIFIER tried at one position only (findIdentifierAt). */
const IDENTIFIER_AT = new RegExp(IDENTIFIER.source, 'iy');

const isLetter = (c: number): boolean => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/**
 * The identifier whose digits start at `runStart` (a digit run), reported; returns its end, or -1.
 * Scanning the text with IDENTIFIER would try its alternatives at every word boundary, while every
 * match is a word of 1-3 letters, an optional separator and a digit run: so IDENTIFIER is tried only
 * at the start of the letters before a digit run, when they start a word (digit-led.ts). Matches
 * never end inside a digit run.
 */
export function findIdentifierAt(text: string, runStart: number, emit: Emit): number {
  let q = runStart - 1; // the last letter of the prefix
  const sep = text.charCodeAt(q);
  if (sep === 0x2d || sep === 0x20 || sep === 0x2010 || sep === 0x2011) q--;
  if (!isLetter(text.charCodeAt(q))) return -1;
  let wordStart = q;
  while (wordStart > 0 && q - wordStart < 2 && isLetter(text.charCodeAt(wordStart - 1))) {
    wordStart--;
  }
  if (wordStart > 0 && isWordChar(text.charCodeAt(wordStart - 1))) return -1;
  IDENTIFIER_AT.lastIndex = wordStart;
  const m = IDENTIFIER_AT.exec(text);
  if (!m) return -1;
  const end = m.index + m[0].length;
  if (m[1] !== undefined) emitCve(m, emit);
  else if (m[3] !== undefined) emitAttackId(text, m, emit);
  else if (!insideBase64(text, m.index, end)) emitAsn(m, emit);
  return end;
}

const isBase64Char = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || isLetter(c) || c === 0x2b || c === 0x2f || c === 0x3d;
/** How far around an id the base64 test looks (bounded: linear on any input). */
const BASE64_REACH = 64;
const BASE64_MIN_RUN = 20;

/**
 * An ASN-shaped piece of a base64 blob (`…Zm9v+AS2/d29y…`: `+` and `/` are word boundaries) is no
 * ASN: the run of base64 characters around it is long, holds `+` or `/`, and has lower case, where a
 * list of ASNs (`AS13335/AS15169/AS16509`) has none. ATT&CK ids are not tested so: they sit in URL
 * paths (`attack.mitre.org/techniques/T1133/`), whose runs look the same, and base64 rarely makes a
 * capital T followed by exactly four digits between boundaries.
 */
function insideBase64(text: string, start: number, end: number): boolean {
  let left = start;
  while (left > 0 && start - left < BASE64_REACH && isBase64Char(text.charCodeAt(left - 1))) left--;
  let right = end;
  while (right < text.length && right - end < BASE64_REACH && isBase64Char(text.charCodeAt(right)))
    right++;
  if (right - left < BASE64_MIN_RUN) return false;
  let slash = false;
  let lower = false;
  for (let i = left; i < right; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2b || c === 0x2f) slash = true;
    else if (c >= 0x61 && c <= 0x7a) lower = true;
  }
  return slash && lower;
}

function emitCve(m: RegExpExecArray, emit: Emit): void {
  const year = Number(m[1]);
  if (year < 1999 || year > 2099) return; // CVE ids exist since 1999
  emit('cve', `CVE-${m[1]}-${m[2]}`, m.index, m.index + m[0].length);
}

function emitAttackId(text: string, m: RegExpExecArray, emit: Emit): void {
  const prefix = m[3]!;
  const upper = prefix.toUpperCase();
  if ((upper === 'G' || upper === 'S' || upper === 'C') && prefix !== upper) return;
  if (upper === 'C' || upper === 'G' || upper === 'S' || upper === 'M' || upper === 'TA') {
    if (m[5]) return; // only techniques have sub-ids
  }
  // Tactic ids run TA0001-TA0111; "TA2552" is a Proofpoint actor, whose numbers never start with 0.
  if (upper === 'TA' && !m[4]!.startsWith('0')) return;
  const end = m.index + m[0].length;
  // "T1156.0012": a sub-technique needs exactly three digits; longer is no ATT&CK id at all.
  if (m[5] === undefined && text.charCodeAt(end) === 0x2e && isWordChar(text.charCodeAt(end + 1))) {
    return;
  }
  emit('attack-id', `${upper}${m[4]}${m[5] ?? ''}`, m.index, end);
}

function emitAsn(m: RegExpExecArray, emit: Emit): void {
  const word = m[6]!;
  if (word === 'as' && m[7] === ' ') return; // English "as" followed by a number
  if (word === 'As' || word === 'aS') return;
  const number = Number(m[8]);
  if (!Number.isSafeInteger(number) || number > 4294967295) return;
  emit('asn', `AS${number}`, m.index, m.index + m[0].length);
}
