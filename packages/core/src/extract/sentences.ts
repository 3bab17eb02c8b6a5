/**
 * Sentence splitter shared by every extractor: provenance points at sentences (docs/ARCHITECTURE.md,
 * "Provenance"), so all extractors must agree on where sentences start and end.
 *
 * One left-to-right pass over the text, with a lookback bounded by MAX_ABBREVIATION_LENGTH: linear
 * time on any input. Offsets are UTF-16 code units (JavaScript string indices). Only line breaks and
 * terminal punctuation can end a sentence, so a native regex scan jumps between them; the text in
 * between only moves the current sentence's first and last non-space characters.
 *
 * A sentence ends:
 * - at `.`, `!`, `?`, `…` (and CJK `。！？`) followed by whitespace, unless the next word starts with a
 *   lower-case letter ("e.g. the") or the word before the dot is an abbreviation (U.S., Inc., Dr., J.);
 *   dots inside a token never end a sentence, so IPs, domains, versions and defanged `[.]` are safe;
 * - at a blank line (paragraph break);
 * - at a line break when the next line starts with a bullet (`-`, `*`, `•`, `1.`, `2)`) or the line
 *   before ends with a colon or terminal punctuation.
 * A single line break inside a paragraph (hard-wrapped text) does not end a sentence.
 */
import type { Span } from '../analysis/types.ts';

/** Abbreviations after which a dot does not end a sentence (compared lower-case, without the dot). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'mt',
  'gen',
  'col',
  'lt',
  'capt',
  'sgt',
  'gov',
  'sen',
  'rep',
  'pres',
  'rev',
  'hon',
  'inc',
  'ltd',
  'corp',
  'co',
  'llc',
  'plc',
  'bros',
  'dept',
  'univ',
  'assn',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'cf',
  'viz',
  'al',
  'approx',
  'ca',
  'no',
  'nos',
  'vol',
  'fig',
  'figs',
  'p',
  'pp',
  'ed',
  'eds',
  'est',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'u.s',
  'u.k',
  'u.n',
  'e.u',
  'a.m',
  'p.m',
  'ph.d',
  'op',
  'ref',
  'sec',
  'art',
  'para',
  'ch',
]);
// "etc." very often ends a sentence; it only suppresses a break before a lower-case word, which the
// lower-case rule already covers. It stays in the set for "etc. (see ...)" style continuations.

const MAX_ABBREVIATION_LENGTH = 12;

/** Whitespace and line breaks, one table lookup per character in the hot loops. */
const SPACES = new Uint8Array(0x10000);
for (const c of [0x20, 0x09, 0x0a, 0x0d, 0x0b, 0x0c, 0xa0, 0x2028, 0x2029, 0x3000]) SPACES[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) SPACES[c] = 1;

/** NaN (past either end of the text) is no space. */
const isSpace = (c: number): boolean => SPACES[c] === 1;

function isTerminal(c: number): boolean {
  // . ! ? … 。 ！ ？
  return (
    c === 0x2e ||
    c === 0x21 ||
    c === 0x3f ||
    c === 0x2026 ||
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff1f
  );
}

/** Closing quotes/brackets that belong to the sentence they follow: `he said "no."` */
function isCloser(c: number): boolean {
  return (
    c === 0x22 ||
    c === 0x27 ||
    c === 0x29 ||
    c === 0x5d ||
    c === 0x7d ||
    c === 0x2019 ||
    c === 0x201d ||
    c === 0xbb
  );
}

// Module-level: the TypeScript loader compiles `\p{…}` literals to `new RegExp(…)`, which inside a
// function would build a new regex on every call.
const LOWER_LETTER = /\p{Ll}/u;
const INITIALS = /^\p{L}(?:\.\p{L})*$/u;

/** A lower-case letter (Unicode Ll) at `i`; ASCII without a regex. */
function isLowerLetter(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 0x61 && c <= 0x7a;
  return LOWER_LETTER.test(text[i] ?? '');
}

function isLowerStart(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 0x61 && code <= 0x7a;
  const ch = text[i];
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** Longest entry of ABBREVIATIONS: a longer word can only be a dotted run of initials ("U.S.A"). */
const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((a) => a.length));

/** Whether the word before a dot at `dot` is an abbreviation; slices only plausible candidates. */
function isAbbreviationBefore(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < MAX_ABBREVIATION_LENGTH) {
    const c = text.charCodeAt(start - 1);
    if (isSpace(c) || c === 0x28 || c === 0x22 || c === 0x201c) break;
    start--;
  }
  const length = dot - start;
  if (length === 0) return false;
  // A single letter is an initial ("J. Smith"), a dotted single-letter run an acronym ("U.S.A").
  if ((length === 1 || mayBeInitials(text, start)) && INITIALS.test(text.slice(start, dot))) {
    return true;
  }
  // Most words before a sentence-final dot are ordinary words, too long for the list.
  return length <= LONGEST_ABBREVIATION && isListedAbbreviation(text, start, dot);
}

/** ABBREVIATIONS by asciiKey: most words before a dot are looked up without building a string. */
const ABBREVIATION_KEYS = new Set([...ABBREVIATIONS].map((a) => asciiKey(a, 0, a.length)));

/**
 * A number standing for the lower-case ASCII word text[start, end) (at most 7 characters: base 128,
 * led by a 1 so that lengths differ), or -1 when the word holds a non-ASCII character.
 */
function asciiKey(text: string, start: number, end: number): number {
  let key = 1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return -1;
    key = key * 128 + (c >= 0x41 && c <= 0x5a ? c | 0x20 : c);
  }
  return key;
}

/** Whether text[start, end) (at most LONGEST_ABBREVIATION long) is in ABBREVIATIONS, in any case. */
function isListedAbbreviation(text: string, start: number, end: number): boolean {
  const key = asciiKey(text, start, end);
  if (key >= 0) return ABBREVIATION_KEYS.has(key);
  return ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

/**
 * Whether a word starting at `start` can be a run of initials ("J", "U.S.A"): a letter, then a dot
 * (or a letter outside the BMP, two code units, whose dot comes later).
 */
function mayBeInitials(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  return (first >= 0xd800 && first <= 0xdbff) || text.charCodeAt(start + 1) === 0x2e;
}

/**
 * Whether punctuation ending at `end` closes the sentence, given the next word at `next`: not before
 * a lower-case word ("e.g. the"), not after an abbreviation ("U.S. Department", "J. Smith").
 */
function endsSentenceBefore(text: string, end: number, next: number): boolean {
  if (isLowerStart(text, next)) return false;
  // Only a single dot can end an abbreviation; "?!" or "..." always ends the sentence.
  const dot = end - 1;
  if (text.charCodeAt(dot) !== 0x2e || isTerminal(text.charCodeAt(dot - 1))) return true;
  return !isAbbreviationBefore(text, dot);
}

/** Length of a bullet marker at `i` (start of a line, after indentation), 0 if none. */
function bulletLength(text: string, i: number): number {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  // - * • ‣ ◦ ▪ · – —
  if (
    (c === 0x2d ||
      c === 0x2a ||
      c === 0x2022 ||
      c === 0x2023 ||
      c === 0x25e6 ||
      c === 0x25aa ||
      c === 0xb7 ||
      c === 0x2013 ||
      c === 0x2014) &&
    isSpace(next)
  ) {
    return 1;
  }
  // 1. 12) a) — numbered items: at most 3 digits or one letter, then `.` or `)`, then a space.
  let j = i;
  while (j < text.length && j - i < 3 && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39)
    j++;
  if (j === i && isLowerLetter(text, i)) j = i + 1;
  if (j === i) return 0;
  const mark = text.charCodeAt(j);
  if ((mark === 0x2e || mark === 0x29) && isSpace(text.charCodeAt(j + 1))) return j + 1 - i;
  return 0;
}

/**
 * Whether a Markdown heading marker starts at `i` ("## " before "Sandworm"): one to six `#`, then a space.
 * A heading is a line of its own, never the start of the paragraph under it ("### Sandworm" / "Active since
 * 2009, …"). "#include" or "#hashtag" has no space and is no heading.
 */
function isHashHeading(text: string, i: number): boolean {
  let j = i;
  while (j - i < 6 && text.charCodeAt(j) === 0x23) j++;
  const mark = text.charCodeAt(j);
  return j > i && (mark === 0x20 || mark === 0x09);
}

/** Whether `i` opens its line, after at most three spaces as in Markdown (the bound keeps it constant). */
function opensLine(text: string, i: number): boolean {
  let k = i;
  while (k > 0 && i - k < 3 && (text.charCodeAt(k - 1) === 0x20 || text.charCodeAt(k - 1) === 0x09))
    k--;
  return k === 0 || text.charCodeAt(k - 1) === 0x0a || text.charCodeAt(k - 1) === 0x0d;
}

/** Longest line read as a bold heading: the bound keeps the scan for its closing marks constant. */
const BOLD_HEADING_LENGTH = 200;

/**
 * Whether the line opening at `i` is bold from its first character to its last ("**Final remarks**",
 * "**Guccifer 2.0: A spanner in the works**"). Blogs converted to Markdown write their headings so: a line of
 * its own, like a `#` heading.
 */
function isBoldLine(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0x2a || text.charCodeAt(i + 1) !== 0x2a) return false;
  const inner = text.charCodeAt(i + 2);
  if (inner === 0x2a || isSpace(inner) || Number.isNaN(inner)) return false;
  const limit = Math.min(text.length, i + BOLD_HEADING_LENGTH);
  for (let k = i + 3; k < limit; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x0a || c === 0x0d) return false;
    if (c !== 0x2a || text.charCodeAt(k + 1) !== 0x2a) continue;
    // The first closing marks must end the line.
    let e = k + 2;
    while (e < limit && (text.charCodeAt(e) === 0x20 || text.charCodeAt(e) === 0x09)) e++;
    const after = text.charCodeAt(e);
    return e === text.length || after === 0x0a || after === 0x0d;
  }
  return false;
}

/**
 * Whether the line [start, end) is a table row ("| APT28 | X-Agent | banks |"): a record of its own, never
 * one sentence with the rows around it. A lone "|" between cells written one per line is no row.
 */
const isTableRow = (text: string, start: number, end: number): boolean =>
  end - start >= 3 && text.charCodeAt(start) === 0x7c && text.charCodeAt(end - 1) === 0x7c;

/** End of the content of the line that starts at `i` (trailing spaces left out). */
function lineContentEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0x7c) return i; // only rows are asked for: no scan for other lines
  let end = text.indexOf('\n', i);
  if (end < 0) end = text.length;
  while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether a heading (`### …` or a bold line) starts at `i`, assumed to open its line. */
const startsHeading = (text: string, i: number): boolean =>
  isHashHeading(text, i) || isBoldLine(text, i);

/** Whether a heading opens at `i`, at the start of its line. */
const opensHeading = (text: string, i: number): boolean =>
  startsHeading(text, i) && opensLine(text, i);

/** Whether a sentence is a heading line ("### Sandworm Team", "**Final remarks**"). */
export const isHeading = (text: string, sentence: Span): boolean =>
  opensHeading(text, sentence.start);

/**
 * Where a sentence can end: line breaks, and terminal punctuation (. ! ? … 。 ！ ？) whose run of
 * terminal punctuation and closers ends at whitespace. The run inside a token ("1.2.3.4",
 * "example.com", "v2.1") ends at neither and only moves the sentence's start and content end, which
 * the scan of the text between candidates does as well: skipping it saves a stop at most dots. A
 * run longer than 8 characters is a candidate whatever follows (the loop then reads it once), so the
 * lookahead reads a bounded number of characters at each position: linear.
 */
const BOUNDARY_CANDIDATE =
  /[\n\r]|[.!?\u2026\u3002\uff01\uff1f](?=[.!?\u2026\u3002\uff01\uff1f"')\]}\u2019\u201d\u00bb]{0,7}[ \t\n\r\v\f\u00a0\u2028\u2029\u3000\u2000-\u200a]|[.!?\u2026\u3002\uff01\uff1f"')\]}\u2019\u201d\u00bb]{8})/g;

/**
 * Splits `text` into sentence spans (start inclusive, end exclusive), trimmed of surrounding
 * whitespace, in order, non-overlapping. Whitespace-only text yields no spans.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let start = -1; // start of the current sentence, -1 while between sentences
  let lastContentEnd = 0; // end of the last non-space character seen in the current sentence
  let pos = 0; // text before this has been accounted for
  let lineStart = 0; // first non-space character of the current line

  const close = (end: number): void => {
    if (start >= 0 && end > start) spans.push({ start, end });
    start = -1;
  };

  /**
   * Accounts for [pos, to), which holds no line break or terminal punctuation: only its first and
   * last non-space characters matter (sentence start, content end). Each character is looked at
   * once from each side at most, and only across a run of spaces.
   */
  const advance = (to: number): void => {
    let last = to;
    while (last > pos && isSpace(text.charCodeAt(last - 1))) last--;
    if (last > pos) {
      if (start < 0) {
        let first = pos;
        while (isSpace(text.charCodeAt(first))) first++;
        start = first;
      }
      lastContentEnd = last;
    }
    pos = to;
  };

  BOUNDARY_CANDIDATE.lastIndex = 0;
  // test() rather than exec(): no match object per candidate; every match is one character.
  while (BOUNDARY_CANDIDATE.test(text)) {
    const i = BOUNDARY_CANDIDATE.lastIndex - 1;
    advance(i);
    const c = text.charCodeAt(i);

    if (c === 0x0a || c === 0x0d) {
      // Line break: find the next line's first non-space and count blank lines on the way.
      let j = i;
      let newlines = 0;
      while (j < n && isSpace(text.charCodeAt(j))) {
        const d = text.charCodeAt(j);
        if (d === 0x0a || (d === 0x0d && text.charCodeAt(j + 1) !== 0x0a)) newlines++;
        j++;
      }
      if (start >= 0) {
        const prev = text.charCodeAt(lastContentEnd - 1);
        const breaks =
          newlines >= 2 ||
          j >= n ||
          bulletLength(text, j) > 0 ||
          opensHeading(text, start) ||
          startsHeading(text, j) ||
          isTableRow(text, lineStart, lastContentEnd) ||
          isTableRow(text, j, lineContentEnd(text, j)) ||
          prev === 0x3a || // ':' introduces a list or a block
          ((isTerminal(prev) || isCloser(prev)) && endsSentenceBefore(text, lastContentEnd, j));
        if (breaks) close(lastContentEnd);
      }
      pos = j;
      lineStart = j;
    } else {
      // Terminal punctuation: consume a run of it and closers: "?!", "...", `."`, `.)`.
      if (start < 0) start = i;
      let j = i + 1;
      while (j < n && (isTerminal(text.charCodeAt(j)) || isCloser(text.charCodeAt(j)))) j++;
      lastContentEnd = j;
      pos = j;
      // Inside a token (1.2.3.4, example[.]com, v2.1, "end.Next") or at the end: no boundary here.
      if (j < n && isSpace(text.charCodeAt(j))) {
        let k = j;
        while (k < n && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
        const atLineEnd = k >= n || text.charCodeAt(k) === 0x0a || text.charCodeAt(k) === 0x0d;
        // At a line end the line-break branch decides (terminal punctuation before it breaks).
        if (!atLineEnd && endsSentenceBefore(text, j, k)) close(j);
      }
    }
    BOUNDARY_CANDIDATE.lastIndex = pos;
  }
  advance(n);
  close(lastContentEnd);
  return spans;
}
