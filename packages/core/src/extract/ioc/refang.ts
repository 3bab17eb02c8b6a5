/**
 * Refanging: one left-to-right pass that rewrites defanged notation (`hxxp`, `[.]`, `(dot)`, `[at]`,
 * `[-]`, `[://]`, `\.`, fullwidth dots, ...) into plain form, and keeps an offset map so every match in the
 * refanged text can be traced back to the UTF-16 span the analyst wrote.
 *
 * Linear time: each position is visited once; the look-ahead at a candidate defang token is bounded
 * to a few characters (at most 6 brackets, a 4-letter word, 3 spaces), never by the input.
 *
 * Guard against false refanging in prose: dot and at tokens are rewritten only between characters
 * that can sit in a host name or mailbox ("example[.]com", not "see [.] below"); ` dot ` without
 * brackets only when the next word is an IANA top-level domain ("example dot com"), and ` . `
 * also between the octets of an IPv4 address ("10 . 0 . 0 . 1", spaced-ipv4.ts).
 */
import { OffsetMap } from './offset-map.ts';
import { isTopLevelDomain } from './hosts.ts';
import { ipLiteralEnd } from './ip-literal.ts';
import { joinsSpacedIpv4 } from './spaced-ipv4.ts';

/** Host-name or mailbox characters: letters (any script), digits, `-`, `_`. */
export function isLabelChar(c: number): boolean {
  if (c < 0x80) {
    return (
      (c >= 0x30 && c <= 0x39) ||
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      c === 0x2d ||
      c === 0x5f
    );
  }
  // Non-ASCII letters (IDN labels); exclude spaces, punctuation and fullwidth dots.
  return !(
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x206f) ||
    c === 0x3000 ||
    c === 0x3002 ||
    c === 0xff0e ||
    c === 0xff61 ||
    c === 0xfeff ||
    (c >= 0xff01 && c <= 0xff0f)
  );
}

/** Known URL schemes (plain): the only ones whose separators get refanged, and reported as URLs. */
export const URL_SCHEMES: ReadonlySet<string> = new Set([
  'http',
  'https',
  'ftp',
  'ftps',
  'sftp',
  'tcp',
  'udp',
  'ssh',
  'smb',
  'ws',
  'wss',
]);

export interface Refanged {
  readonly text: string;
  readonly map: OffsetMap;
}

/** What a bracketed/plain defang token stands for. */
type Inner = '.' | '@' | ':' | '://' | '/' | '//' | '-';

/** What the word s[start, end) stands for: ".", "dot", "@", "at", ":", "://", "/", "//", "-" (any case). */
function innerAt(s: string, start: number, end: number): Inner | undefined {
  const a = s.charCodeAt(start);
  const b = s.charCodeAt(start + 1);
  switch (end - start) {
    case 1:
      if (a === 0x2d) return '-';
      return a === 0x2e ? '.' : a === 0x40 ? '@' : a === 0x3a ? ':' : a === 0x2f ? '/' : undefined;
    case 2:
      if (a === 0x2f && b === 0x2f) return '//';
      return (a | 0x20) === 0x61 && (b | 0x20) === 0x74 ? '@' : undefined;
    case 3: {
      const c = s.charCodeAt(start + 2);
      if (a === 0x3a && b === 0x2f && c === 0x2f) return '://';
      const dot = (a | 0x20) === 0x64 && (b | 0x20) === 0x6f && (c | 0x20) === 0x74;
      return dot ? '.' : undefined;
    }
    default:
      return undefined;
  }
}

function skipSpaces(s: string, i: number, max: number): number {
  let j = i;
  while (j < s.length && j - i < max && s.charCodeAt(j) === 0x20) j++;
  return j;
}

/** Opening and closing characters of defang tokens; `\\` covers escaped forms like `\\(.\\)`. */
const isOpener = (c: number): boolean => c === 0x5b || c === 0x28 || c === 0x7b || c === 0x5c;
const isCloser = (c: number): boolean => c === 0x5d || c === 0x29 || c === 0x7d || c === 0x5c;

/**
 * A defang token at `i`: up to 6 openers, the inner word (`.`, `dot`, `@`, `at`, `:`, `://`, `/`, `-`),
 * up to 6 closers, spaces allowed inside: `[.]`, `(dot)`, `{ . }`, `[[.]]`, `\\.`, `.]`, `[.`, `[://]`.
 * Returns the inner meaning, the end, and how many brackets were seen; undefined when none.
 */
function bracketed(
  s: string,
  i: number,
): { inner: Inner; end: number; openers: number; closers: number } | undefined {
  let j = i;
  while (j < s.length && j - i < 6 && isOpener(s.charCodeAt(j))) j++;
  const openers = j - i;
  j = skipSpaces(s, j, 3);
  const wordStart = j;
  while (j < s.length && j - wordStart < 4) {
    const c = s.charCodeAt(j);
    const lower = c | 0x20;
    const isWordChar =
      c === 0x2e ||
      c === 0x40 ||
      c === 0x3a ||
      c === 0x2f ||
      c === 0x2d ||
      lower === 0x64 ||
      lower === 0x6f ||
      lower === 0x74 ||
      lower === 0x61;
    if (!isWordChar) break;
    j++;
  }
  // Try the longest inner word first, then shorter prefixes: "[dotcom" -> "dot" + "com".
  for (let end = j; end > wordStart; end--) {
    const inner = innerAt(s, wordStart, end);
    if (!inner) continue;
    const k = skipSpaces(s, end, 3);
    let m = k;
    while (m < s.length && m - k < 6 && isCloser(s.charCodeAt(m))) m++;
    const closers = m - k;
    if (openers + closers === 0) return undefined;
    return { inner, end: closers > 0 ? m : end, openers, closers };
  }
  return undefined;
}

/**
 * A fully bracketed lower-case "at" (`[at]`, `(at)`, `{@}`) is a defanged `@` wherever it stands: the
 * word has no other use in brackets ("[at](at)[at]" -> "@@@"). "(AT)" stays: it is Austria's code.
 */
function isBracketedAt(
  s: string,
  i: number,
  token: { inner: Inner; openers: number; closers: number },
): boolean {
  if (token.inner !== '@' || token.openers === 0 || token.closers === 0) return false;
  let j = i + token.openers;
  while (s.charCodeAt(j) === 0x20) j++;
  return s.charCodeAt(j) === 0x40 || (s.charCodeAt(j) === 0x61 && s.charCodeAt(j + 1) === 0x74);
}

/** Length of " dot " or " . " at `i` (a space), 0 when neither is there. */
function spacedDotLength(s: string, i: number): number {
  if (s.charCodeAt(i + 1) === 0x2e && s.charCodeAt(i + 2) === 0x20) return 3;
  const dot =
    (s.charCodeAt(i + 1) | 0x20) === 0x64 &&
    (s.charCodeAt(i + 2) | 0x20) === 0x6f &&
    (s.charCodeAt(i + 3) | 0x20) === 0x74 &&
    s.charCodeAt(i + 4) === 0x20;
  return dot ? 5 : 0;
}

/** First letters of URL_SCHEMES and of the defanged forms below (hxxp, fxp, ftx). */
const SCHEME_INITIALS: ReadonlySet<number> = new Set(
  [...URL_SCHEMES, 'hxxp', 'fxp'].map((scheme) => scheme.charCodeAt(0)),
);

/** Defanged scheme word at `i` (word start): hxxp, hXXps, h**p, hxxxp, fxp -> http, https, ftp. */
function schemeWord(s: string, i: number): { scheme: string; end: number } | undefined {
  let j = i;
  while (j < s.length && j - i < 8) {
    const c = s.charCodeAt(j) | 0x20;
    if (!((c >= 0x61 && c <= 0x7a) || s.charCodeAt(j) === 0x2a || s.charCodeAt(j) === 0x30)) break;
    j++;
  }
  // Cheap rejection before any allocation: a scheme word starts with a letter some scheme starts
  // with ("Note:" never is one) and is followed by ':', '_', '[' or '('.
  if (!SCHEME_INITIALS.has(s.charCodeAt(i) | 0x20)) return undefined;
  const next = s.charCodeAt(j);
  if (j - i < 2 || (next !== 0x3a && next !== 0x5f && next !== 0x5b && next !== 0x28))
    return undefined;
  const word = s.slice(i, j).toLowerCase();
  if (URL_SCHEMES.has(word)) return { scheme: word, end: j };
  // h + two or three of x/*/t + p + optional s (hxxp, h**p, hxtp, hxxxp); f + x + p (fxp).
  const http = /^h[tx*0]{2,3}p(s?)$/.exec(word);
  if (http) return { scheme: `http${http[1]}`, end: j };
  if (word === 'fxp' || word === 'fxps') return { scheme: word.replace('x', 't'), end: j };
  if (word === 'ftx' || word === 'ftxs') return { scheme: word.replace('x', 'p'), end: j };
  return undefined;
}

/**
 * A scheme separator after a scheme word: `://`, `:\\`, `:__`, `__`, `[:]//`, `[://]`, `:[/][/]`.
 * Returns its end, or undefined when what follows is no separator.
 */
function schemeSeparator(s: string, i: number): number | undefined {
  let j = i;
  let colons = 0;
  let slashes = 0;
  let underscores = 0;
  while (j < s.length && j - i < 10) {
    const c = s.charCodeAt(j);
    if (c === 0x3a) colons++;
    else if (c === 0x2f || c === 0x5c) slashes++;
    else if (c === 0x5f) underscores++;
    else if (c !== 0x5b && c !== 0x5d && c !== 0x28 && c !== 0x29) break;
    // "http://[2001:db8::1]:80/": this bracket opens an IPv6 host literal, not a defang token.
    else if (c === 0x5b && slashes === 2 && ipLiteralEnd(s, j) > 0) break;
    j++;
  }
  if (colons <= 1 && (slashes === 2 || (slashes === 0 && underscores === 2))) return j;
  return undefined;
}

/**
 * Characters where a defang token may start: brackets/backslash, scheme separators (`:`, `_`), a dot
 * before a closer; plus fullwidth dots/at. One native regex scan finds them (bounded alternatives:
 * linear); only these positions do any work. Tokens that start at a space (" [.] ", " dot ", " . ")
 * are found from what follows the space ("[", "dot ", ". ") and handled from the space: spaces are
 * too common to stop the scan at each one.
 *
 * Each alternative already asks for what its token needs next, so the many brackets, colons and
 * underscores of prose and code ("[1]", "Note:", "file_name") are never visited: an opener must be
 * followed, after at most 9 brackets or spaces (6 openers and 3 spaces in `bracketed`, or the
 * brackets `schemeSeparator` skips), by the first character of an inner word (`.`, `@`, `:`, `/`,
 * `at`, `dot`) or of a separator (`\\`, `_`); a `:` or `_` must be followed by separator syntax.
 * What follows is looked at, not consumed: every match is one character, so test() gives its
 * position without building a match object.
 */
const CANDIDATE =
  /[[({\\](?=[[\](){}\\ ]{0,9}[.@:/\\_ad-])|:(?=[/\\_[\]()])|_(?=[:_/\\[\]()])|\.(?=[\])}\\ ])|d(?=ot )/gi;

/**
 * Fullwidth and ideographic dots and the fullwidth at, also candidates. Kept out of CANDIDATE: in a
 * case-insensitive regular expression, non-ASCII characters make irregexp's scan about twice as
 * slow, and a native indexOf per character finds these rare ones almost for free.
 */
const WIDE_CANDIDATES = ['\uff0e', '\u3002', '\uff61', '\uff20'];

/** The next wide candidate at or after a position; each character's search only moves forward. */
class WideCandidates {
  readonly #next: number[];

  constructor(private readonly text: string) {
    this.#next = WIDE_CANDIDATES.map((ch) => text.indexOf(ch));
  }

  /** Smallest wide candidate position >= from, or -1. */
  from(from: number): number {
    let min = -1;
    for (let k = 0; k < this.#next.length; k++) {
      let at = this.#next[k]!;
      if (at >= 0 && at < from) {
        at = this.text.indexOf(WIDE_CANDIDATES[k]!, from);
        this.#next[k] = at;
      }
      if (at >= 0 && (min < 0 || at < min)) min = at;
    }
    return min;
  }
}

/**
 * End of a Markdown-escaped underscore at `i` ("invoice\_pdf.exe", "tbl\\_add.php" escaped twice over),
 * -1 when there is none. In a URL a backslash is no character of its own, and in a file name the
 * escape is not a path separator: the indicator is "invoice_pdf.exe".
 */
function markdownUnderscoreEnd(s: string, i: number): number {
  if (s.charCodeAt(i + 1) === 0x5f) return i + 2;
  return s.charCodeAt(i + 1) === 0x5c && s.charCodeAt(i + 2) === 0x5f ? i + 3 : -1;
}

const isSchemeChar = (c: number): boolean =>
  ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x2a || c === 0x30;

/** Refangs `source`; returns the plain text and the offset map back to `source`. */
export function refang(source: string): Refanged {
  const map = new OffsetMap();
  const parts: string[] = [];
  let copiedTo = 0; // source index up to which text has been copied to parts
  let outLength = 0; // length of the output produced so far

  const replace = (start: number, end: number, replacement: string, defang = true): void => {
    parts.push(source.slice(copiedTo, start), replacement);
    outLength += start - copiedTo;
    map.add(outLength, start, replacement.length, end, defang);
    outLength += replacement.length;
    copiedTo = end;
  };
  const prevChar = (i: number): number => (i > 0 ? source.charCodeAt(i - 1) : -1);

  const n = source.length;

  /** Handles the trigger at `i`; returns where scanning resumes, or -1 to resume at i + 1. */
  const step = (i: number, c: number): number => {
    if (c === 0x5c) {
      const escaped = markdownUnderscoreEnd(source, i);
      const before = prevChar(i);
      // Not at a word's start ("\_init" in prose), nor at the second backslash of "\\_".
      if (escaped > 0 && before > 0x20 && before !== 0x5c) {
        replace(i, escaped, '_', false);
        return escaped;
      }
    }
    if (c === 0x3a || c === 0x5f || c === 0x5b || c === 0x28) {
      // A scheme separator after a (defanged) scheme word: hxxp:// -> http://, http[:]// -> http://
      let wordStart = i;
      while (
        wordStart > copiedTo &&
        i - wordStart < 8 &&
        isSchemeChar(source.charCodeAt(wordStart - 1))
      ) {
        wordStart--;
      }
      if (wordStart < i && !isLabelChar(prevChar(wordStart))) {
        const word = schemeWord(source, wordStart);
        const sepEnd = word && word.end === i ? schemeSeparator(source, i) : undefined;
        if (word && sepEnd !== undefined) {
          const plain = `${word.scheme}://`;
          if (source.slice(wordStart, sepEnd).toLowerCase() !== plain)
            replace(wordStart, sepEnd, plain);
          return sepEnd;
        }
      }
      if (c === 0x3a || c === 0x5f) return -1;
    }

    if (isOpener(c) || c === 0x20 || (c === 0x2e && isCloser(source.charCodeAt(i + 1)))) {
      // " [.] ", "[.]", "\\.", ".]" between host characters; "[:]", "[/]" in URLs; " dot " + TLD.
      const before = prevChar(i);
      if (c === 0x20 && !isLabelChar(before)) {
        return -1;
      }
      const open = c === 0x20 ? skipSpaces(source, i, 3) : i;
      // After spaces only a bracketed token counts (" [.] "); " dot " is handled below.
      const bracketAhead = c !== 0x20 || isOpener(source.charCodeAt(open));
      const token = open < n && bracketAhead ? bracketed(source, open) : undefined;
      if (token && (c !== 0x20 || token.openers > 0)) {
        const hostToken = token.inner === '.' || token.inner === '@';
        let end = token.end;
        if (hostToken && (c === 0x20 || token.closers > 0)) end = skipSpaces(source, end, 2);
        const after = source.charCodeAt(end);
        const labelled = isLabelChar(before) && isLabelChar(after);
        if (hostToken && !labelled && isBracketedAt(source, open, token)) {
          replace(open, token.end, '@'); // the spaces around it are not part of the token
          return token.end;
        }
        const enclosed = token.openers > 0 && token.closers > 0;
        // "vision[-]ex.de": a hyphen only in brackets on both sides, inside a name.
        const ok =
          hostToken || token.inner === '-'
            ? labelled && (hostToken || enclosed)
            : c !== 0x20 && (enclosed || (token.inner === '/' && labelled));
        if (ok) {
          replace(i, end, token.inner);
          return end;
        }
      }
      const spaced = c === 0x20 ? spacedDotLength(source, i) : 0;
      if (spaced > 0) {
        // " dot " or " . " + a top-level domain: "example dot com", "example . com".
        const wordStart = i + spaced;
        let wordEnd = wordStart;
        while (wordEnd < n && wordEnd - wordStart < 24 && isLabelChar(source.charCodeAt(wordEnd))) {
          wordEnd++;
        }
        if (wordEnd > wordStart && isTopLevelDomain(source.slice(wordStart, wordEnd))) {
          replace(i, wordStart, '.');
          return wordStart;
        }
        // " . " inside an IPv4 address: "10 . 0 . 0 . 1", "2.2.2 . 2".
        if (spaced === 3 && joinsSpacedIpv4(source, i)) {
          replace(i, wordStart, '.');
          return wordStart;
        }
      }
      return -1;
    }

    if (c === 0xff0e || c === 0x3002 || c === 0xff61) {
      // Fullwidth / ideographic full stops inside a host name.
      if (isLabelChar(prevChar(i)) && isLabelChar(source.charCodeAt(i + 1))) {
        replace(i, i + 1, '.');
        return i + 1;
      }
    } else if (c === 0xff20) {
      // Fullwidth commercial at.
      if (isLabelChar(prevChar(i)) && isLabelChar(source.charCodeAt(i + 1))) {
        replace(i, i + 1, '@');
        return i + 1;
      }
    }
    return -1;
  };

  /**
   * A token at the first of the (at most 3) spaces before `i`, as the space itself would trigger:
   * spaces before `from` are already consumed. -1 when none.
   */
  const stepFromSpaces = (i: number, from: number): number => {
    let space = i;
    while (space > from && i - space < 3 && source.charCodeAt(space - 1) === 0x20) space--;
    return space < i ? step(space, 0x20) : -1;
  };

  // Jump between candidates with one native regex scan instead of a per-character loop.
  let from = 0; // the scan resumed here: text before it is consumed
  const wide = new WideCandidates(source);
  let nextWide = wide.from(0); // the next wide candidate at or after `from`, or -1
  /** The first CANDIDATE match at or after `at`, or -1. */
  const candidateFrom = (at: number): number => {
    CANDIDATE.lastIndex = at;
    return CANDIDATE.test(source) ? CANDIDATE.lastIndex - 1 : -1;
  };
  let candidate = candidateFrom(0); // the next CANDIDATE match at or after `from`, or -1
  for (;;) {
    if (candidate >= 0 && candidate < from) candidate = candidateFrom(from);
    if (nextWide >= 0 && nextWide < from) nextWide = wide.from(from);
    const i = candidate >= 0 && (nextWide < 0 || candidate < nextWide) ? candidate : nextWide;
    if (i < 0) break;
    const c = source.charCodeAt(i);
    let next: number;
    if ((c === 0x2e && source.charCodeAt(i + 1) === 0x20) || (c | 0x20) === 0x64) {
      // "dot " or ". ": a token only after a space (" dot com"); a sentence-final ". " is none.
      next = i > from && source.charCodeAt(i - 1) === 0x20 ? step(i - 1, 0x20) : -1;
    } else {
      next = isOpener(c) ? stepFromSpaces(i, from) : -1;
      if (next < 0) next = step(i, c);
    }
    from = next > i ? next : i + 1;
  }

  if (copiedTo === 0) return { text: source, map };
  parts.push(source.slice(copiedTo));
  return { text: parts.join(''), map };
}
