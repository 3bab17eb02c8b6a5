/**
 * Windows registry keys: a hive (HKLM, HKEY_LOCAL_MACHINE, ...) then `\`-separated key names. Key
 * names may hold single spaces ("Windows NT", "Image File Execution Options") when another `\`
 * follows; the last name ends at the first space. `<HKCU>\...` (angle-bracketed hive) and
 * placeholder names such as `<USER SID>` are accepted.
 */
import type { Emit } from './emit.ts';

const HIVES: ReadonlySet<string> = new Set([
  'HKEY_LOCAL_MACHINE',
  'HKEY_CURRENT_USER',
  'HKEY_CLASSES_ROOT',
  'HKEY_USERS',
  'HKEY_CURRENT_CONFIG',
  'HKEY_PERFORMANCE_DATA',
  'HKLM',
  'HKCU',
  'HKCR',
  'HKU',
  'HKCC',
]);
const LONGEST_HIVE = 'HKEY_PERFORMANCE_DATA'.length;

interface HiveMatch {
  /** Where the match starts (at `<` when the hive is written `<HKCU>`). */
  readonly index: number;
  /** The hive as written. */
  readonly hive: string;
  /** `<` before the hive. */
  readonly opened: boolean;
  /** `>` after the hive. */
  readonly closed: boolean;
  /** Just after the backslash that follows the hive. */
  readonly end: number;
}

/**
 * The hive written right before the backslash at `slash`: `HKLM\`, `<HKCU>\`, any case, starting a
 * word (not after a word character or `<`). Every key starts with such a backslash, and backslashes
 * are far rarer than the letters a hive could start with, so a native indexOf finds them.
 */
function hiveBefore(text: string, slash: number): HiveMatch | undefined {
  const closed = text.charCodeAt(slash - 1) === 0x3e;
  const nameEnd = closed ? slash - 1 : slash;
  let nameStart = nameEnd;
  while (
    nameStart > 0 &&
    nameEnd - nameStart <= LONGEST_HIVE &&
    isWordChar(text.charCodeAt(nameStart - 1))
  ) {
    nameStart--;
  }
  // Every hive starts with "HK": most backslashes end other words ("C:\\Windows\\System32").
  const startsWithHk =
    (text.charCodeAt(nameStart) | 0x20) === 0x68 &&
    (text.charCodeAt(nameStart + 1) | 0x20) === 0x6b;
  if (!startsWithHk) return undefined;
  const hive = text.slice(nameStart, nameEnd);
  if (!HIVES.has(hive.toUpperCase())) return undefined;
  const opened = text.charCodeAt(nameStart - 1) === 0x3c;
  const index = opened ? nameStart - 1 : nameStart;
  const before = text.charCodeAt(index - 1);
  if (isWordChar(before) || before === 0x3c) return undefined;
  return { index, hive, opened, closed, end: slash + 1 };
}

const isWordChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/** Longest stretch looked at for a space-containing key name (bounds the look-ahead). */
const MAX_NAME = 128;

/** No-break and other wide spaces (web pages align tables with them) end a name as a space does. */
const isWideSpace = (c: number): boolean =>
  c === 0xa0 ||
  (c >= 0x2000 && c <= 0x200b) ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

const isNameChar = (c: number): boolean =>
  c > 0x20 &&
  !isWideSpace(c) &&
  c !== 0x5c &&
  c !== 0x22 &&
  c !== 0x27 &&
  c !== 0x7c &&
  c !== 0x201c &&
  c !== 0x201d &&
  c !== 0x2018 &&
  c !== 0x2019 &&
  c !== 0x3c &&
  c !== 0x3e &&
  c !== 0x2c;

/** End of a key name starting at `i`, or -1 when the name is malformed (unclosed `<`). */
function nameEnd(text: string, i: number): { end: number; last: boolean } {
  if (text.charCodeAt(i) === 0x3c) {
    const window = text.slice(i, i + MAX_NAME); // bounded: never scan to the end of the text
    const close = window.indexOf('>');
    if (close < 0 || window.slice(0, close).includes('\\')) return { end: -1, last: true };
    return { end: i + close + 1, last: text.charCodeAt(i + close + 1) !== 0x5c };
  }
  let j = i;
  for (;;) {
    while (j < text.length && isNameChar(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if (c === 0x5c) return { end: j, last: false };
    if (c !== 0x20 || !isNameChar(text.charCodeAt(j + 1))) return { end: j, last: true };
    // The next word starts another key ("...\\Run HKLM\\..."): this name ends here.
    if (/^<?hk/i.test(text.slice(j + 1, j + 4))) return { end: j, last: true };
    // A single space: part of this name only if a `\` follows before the name would end.
    let k = j + 1;
    while (
      k < text.length &&
      k - i < MAX_NAME &&
      (isNameChar(text.charCodeAt(k)) ||
        (text.charCodeAt(k) === 0x20 && isNameChar(text.charCodeAt(k + 1))))
    )
      k++;
    if (text.charCodeAt(k) !== 0x5c) return { end: j, last: true };
    j = k;
  }
}

const TRAILING = new Set([0x2e, 0x3a, 0x3b, 0x21, 0x3f, 0x29, 0x5d]);

export function findRegistryKeys(text: string, emit: Emit): void {
  let resumeAt = 0;
  for (let slash = text.indexOf('\\'); slash >= 0; slash = text.indexOf('\\', slash + 1)) {
    const m = hiveBefore(text, slash);
    if (!m || m.index < resumeAt) continue;
    const hive = m.hive.toUpperCase();
    let i = m.end;
    const start = m.opened ? m.index + 1 : m.index;
    const names: string[] = [];
    let ok = true;
    for (;;) {
      const { end, last } = nameEnd(text, i);
      if (end < 0) {
        ok = false;
        break;
      }
      if (end > i) names.push(text.slice(i, end));
      i = end;
      if (last || text.charCodeAt(i) !== 0x5c) break;
      i++;
    }
    resumeAt = i;
    if (!ok || names.length === 0) continue;
    let lastName = names[names.length - 1]!;
    while (lastName.length > 0 && TRAILING.has(lastName.charCodeAt(lastName.length - 1))) {
      lastName = lastName.slice(0, -1);
    }
    names[names.length - 1] = lastName;
    if (lastName === '') names.pop();
    if (names.length === 0) continue;
    const value = `${hive}\\${names.join('\\')}`;
    const end = start + m.hive.length + (m.closed ? 1 : 0) + 1 + names.join('\\').length;
    emit('windows-registry-key', value, start, end);
  }
}
