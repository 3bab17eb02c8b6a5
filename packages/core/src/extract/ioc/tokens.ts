/**
 * Token-level indicators: the refanged text is cut into whitespace/quote/bracket-delimited tokens in
 * one pass, and each token that could hold an indicator (has a dot, colon, at-sign or slash) is
 * classified: URL, e-mail, IPv4(+CIDR), IPv6, domain, file name; hashes are hex runs found by their
 * own probe. Work per token is linear in its length; plain words are skipped unsliced.
 */
import type { Emit } from './emit.ts';
import {
  PAYLOAD_EXTENSIONS,
  endsInDoubleExtension,
  endsInFileExtension,
  isValidDomain,
  lastLabel,
  parseIpv4,
} from './hosts.ts';
import { isLabelChar } from './refang.ts';
import { isAsciiAlnum, isHostChar } from './chars.ts';
import { findHashes } from './hashes.ts';
import { classifyEmail, classifyEmbeddedUrl, classifyUrl } from './url-email.ts';
import { classifyIpv6, findGluedIpv4 } from './addresses.ts';
import { ipLiteralEnd } from './ip-literal.ts';
import { findInUrlPath } from './url-path.ts';
import { namesNoHost, writtenAsCode } from './not-hosts.ts';

/** Token delimiters: whitespace, quotes, brackets, list punctuation (one table lookup per character). */
const DELIMITERS = new Uint8Array(0x10000);
for (let c = 0; c < 0x20; c++) DELIMITERS[c] = 1;
for (const ch of ' \t\n\r\v\f"\'<>`,;|()[]{}^') DELIMITERS[ch.charCodeAt(0)] = 1;
for (let c = 0x2000; c <= 0x200b; c++) DELIMITERS[c] = 1;
for (const c of [
  0xa0, 0x202f, 0x205f, 0x2028, 0x2029, 0x3000, 0xfeff, 0x201c, 0x201d, 0x2018, 0x2019, 0xab, 0xbb,
  0x3001, 0xff0c, 0x300c, 0x300d, 0x2026, 0xff1c, 0xff1e,
]) {
  DELIMITERS[c] = 1;
}

const isDelimiter = (c: number): boolean => DELIMITERS[c] === 1;

/** Characters stripped from a token's end: sentence punctuation, not URL syntax like `/` or `=`. */
const TRAILING = new Uint8Array(0x10000);
// Dashes and a middle dot end sentences and list items on web pages too ("…/p3.exe—", "…/culture–").
for (const ch of '.,!?:;*\'"-\u3002\uff0e\u2013\u2014\u00b7') TRAILING[ch.charCodeAt(0)] = 1;
const isTrailing = (c: number): boolean => TRAILING[c] === 1;

/** Longest token classified as URL/host; longer runs (minified blobs, adversarial input) are skipped. */
const MAX_TOKEN = 8192;

/**
 * Characters that make a token worth classifying (hosts, URLs, e-mails, paths, IPv6). A dot or
 * colon right before a delimiter (the sentence-final "word. ", "as follows: ") is skipped by the scan
 * itself: it ends its token and is trimmed as trailing punctuation, so it can never be the token's
 * only trigger (an earlier trigger in the same token is found first). Most dots and colons in prose
 * are such.
 */
const TRIGGER = /[@/\\]|[.:](?![\t\n\v\f\r "'),;\]\u00a0]|$)/g;
const TRIGGER_TABLE = new Uint8Array(128);
for (const ch of '.:@/\\') TRIGGER_TABLE[ch.charCodeAt(0)] = 1;

/** Where a token may end: a delimiter, trailing punctuation, or the end of the text. */
export const isTokenBoundary = (c: number): boolean =>
  Number.isNaN(c) || isDelimiter(c) || isTrailing(c);

/**
 * Jumps from trigger character to trigger character (a native regex scan), widens each to its token
 * and classifies it once; hex runs are found by their own probe. Every character is
 * visited a bounded number of times: linear.
 */
export function findTokenIndicators(
  text: string,
  emit: Emit,
  isDefanged: (s: number, e: number) => boolean,
): void {
  const n = text.length;
  TRIGGER.lastIndex = 0;
  let covered = 0;
  // test() rather than exec(): no match object per trigger; every match is one character.
  while (TRIGGER.test(text)) {
    const at = TRIGGER.lastIndex - 1;
    let start = at;
    while (start > covered && !isDelimiter(text.charCodeAt(start - 1))) start--;
    const end = tokenEnd(text, at + 1);
    covered = end;
    TRIGGER.lastIndex = end;
    if (end - start >= 3) classifyToken(text, start, end, emit, isDefanged);
  }
  findHashes(text, 0, n, emit);
}

/**
 * End of the token running through `i`. A bracket right after `//` or `@` opens an address literal
 * (`http://[2001:db8::1]:80/`, `user@[192.0.2.1]`), which the token spans instead of ending there.
 */
function tokenEnd(text: string, i: number): number {
  let end = i;
  for (;;) {
    while (end < text.length && !isDelimiter(text.charCodeAt(end))) end++;
    const before = text.charCodeAt(end - 1);
    const opensLiteral =
      text.charCodeAt(end) === 0x5b &&
      (before === 0x40 || (before === 0x2f && text.charCodeAt(end - 2) === 0x2f));
    const literalEnd = opensLiteral ? ipLiteralEnd(text, end) : -1;
    if (literalEnd < 0) return end;
    end = literalEnd;
  }
}

function classifyToken(
  text: string,
  rawStart: number,
  rawEnd: number,
  emit: Emit,
  isDefanged: (s: number, e: number) => boolean,
): void {
  let start = rawStart;
  let end = rawEnd;
  while (
    start < end &&
    !isAsciiAlnum(text.charCodeAt(start)) &&
    text.charCodeAt(start) < 0x80 &&
    text.charCodeAt(start) !== 0x5f &&
    !(text.charCodeAt(start) === 0x3a && text.charCodeAt(start + 1) === 0x3a) // "::1"
  ) {
    start++;
  }
  while (end > start && isTrailing(text.charCodeAt(end - 1))) end--;
  if (end - start < 3) return;
  // Most triggers are sentence-final dots ("word."): nothing is left once the dot is trimmed.
  let trigger = false;
  for (let k = start; k < end && !trigger; k++) {
    const c = text.charCodeAt(k);
    trigger = c < 128 && TRIGGER_TABLE[c] === 1;
  }
  if (!trigger) return;

  if (end - start > MAX_TOKEN) return;
  const token = text.slice(start, end);

  const schemeAt = token.indexOf('://');
  const cutAtComma = text.charCodeAt(end) === 0x2c && isHostChar(text.charCodeAt(end + 1));
  if (schemeAt > 0 && classifyUrl(token, start, schemeAt, emit, { cutAtComma })) return;

  const at = token.indexOf('@');
  if (at > 0 && classifyEmail(token, start, at, emit)) return;

  if (classifyHost(text, token, start, emit, isDefanged)) return;
  if (findGluedIpv4(token, start, emit)) return;
  if (classifyIpv6(token, start, emit)) return;
  classifyFileName(token, start, emit);
}

/**
 * The first dotted run of host characters in the token: IPv4 (with /CIDR), or a domain (valid ICANN
 * suffix), and, when a path follows (after an optional port), a scheme-less URL
 * ("example[.]com/path", "192.0.2.1:8080/gate.php").
 */
function classifyHost(
  text: string,
  token: string,
  start: number,
  emit: Emit,
  isDefanged: (s: number, e: number) => boolean,
): boolean {
  let runStart = 0;
  while (runStart < token.length && !isHostChar(token.charCodeAt(runStart))) runStart++;
  let runEnd = runStart;
  while (
    runEnd < token.length &&
    (isHostChar(token.charCodeAt(runEnd)) || token.charCodeAt(runEnd) === 0x2e)
  ) {
    runEnd++;
  }
  while (runEnd > runStart && token.charCodeAt(runEnd - 1) === 0x2e) runEnd--;
  const run = token.slice(runStart, runEnd);
  if (!run.includes('.')) return false;
  const next = token.charCodeAt(runEnd);
  const spanStart = start + runStart;
  const spanEnd = start + runEnd;

  const ip = parseIpv4(run);
  if (ip) {
    // A fifth numeric label ("1.2.3.4.5") is a version or OID, not an address.
    if (next === 0x2e && isAsciiAlnum(token.charCodeAt(runEnd + 1))) return true;
    const prev = token.charCodeAt(runStart - 1);
    if (prev === 0x2e && isAsciiAlnum(token.charCodeAt(runStart - 2))) return true;
    const cidr = next === 0x2f ? /^\/(\d{1,2})(?!\d)/.exec(token.slice(runEnd, runEnd + 4)) : null;
    if (cidr && Number(cidr[1]) <= 32) {
      emit('ipv4-addr', `${ip}/${cidr[1]}`, spanStart, spanEnd + cidr[0].length);
      return true;
    }
    emit('ipv4-addr', ip, spanStart, spanEnd);
    // "151.80.0.0/16151.80.0.0/17": CIDR ranges glued together in a table, not a path.
    if (!/^\/\d{3,5}\./.test(token.slice(runEnd, runEnd + 7))) {
      emitSchemelessUrl(token, start, runStart, runEnd, ip, emit);
    }
    return true;
  }
  if (/^[\d.]+$/.test(run)) return true; // numbers and versions

  const host = run.toLowerCase();
  const pathAt = pathStart(token, runEnd);
  // "FileMonitor.app/Contents/MacOS/FileMonitor" is the inside of a macOS application bundle.
  if (pathAt >= 0 && host.endsWith('.app') && /^\/Contents(?:\/|$)/u.test(token.slice(pathAt))) {
    return false;
  }
  // Evidence that a name ending in a file extension is a host (hosts.ts, isHostName), looked up
  // only for such names.
  const bare = pathAt < 0 && !isDefanged(spanStart, spanEnd);
  const fileLike = pathAt < 0 && (bare ? endsInFileExtension(host) : endsInDoubleExtension(host));
  const code = bare && (namesNoHost(run) || writtenAsCode(text, spanStart, spanEnd));
  if (fileLike || code || !isValidDomain(host)) return false;
  emit('domain-name', host, spanStart, spanEnd);
  emitSchemelessUrl(token, start, runStart, runEnd, host, emit);
  return true;
}

/** Where the path starts after a host ending at `i` (`/path` or `:port/path`), -1 when none does. */
function pathStart(token: string, i: number): number {
  let j = i;
  if (token.charCodeAt(j) === 0x3a) {
    j++;
    while (j - i <= 5 && token.charCodeAt(j) >= 0x30 && token.charCodeAt(j) <= 0x39) j++;
    if (j === i + 1) return -1;
  }
  return token.charCodeAt(j) === 0x2f ? j : -1;
}

/**
 * A host (the token's first run, at `runStart`) followed by a path is a URL without a scheme; the
 * hosts its path names are reported too.
 */
function emitSchemelessUrl(
  token: string,
  start: number,
  runStart: number,
  runEnd: number,
  host: string,
  emit: Emit,
): void {
  const pathAt = pathStart(token, runEnd);
  if (pathAt < 0 || runStart !== 0) return;
  emit('url', `${host}${token.slice(runEnd)}`, start, start + token.length);
  findInUrlPath(token, start, pathAt, emit, classifyEmbeddedUrl);
}

const LONGEST_PAYLOAD_EXTENSION = Math.max(...[...PAYLOAD_EXTENSIONS].map((e) => e.length));

/** A file name with a payload extension: the last path component of the token. */
function classifyFileName(token: string, start: number, emit: Emit): void {
  const slash = Math.max(token.lastIndexOf('/'), token.lastIndexOf('\\'));
  const name = token.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || name.length - dot - 1 > LONGEST_PAYLOAD_EXTENSION) return;
  const extension = lastLabel(name);
  if (!PAYLOAD_EXTENSIONS.has(extension)) return;
  // Framework names (Node.js, Vue.js, D3.js) are capitalized words, not dropped scripts.
  if (extension === 'js' && /^[A-Z][a-z0-9]*$/.test(name.slice(0, dot))) return;
  let dots = 0;
  for (let k = 0; k < name.length; k++) {
    const c = name.charCodeAt(k);
    if (c === 0x2e) dots++;
    else if (!isLabelChar(c) && c !== 0x20 && c !== 0x24 && c !== 0x7e) return;
  }
  // "a.b.c.d.exe" is rarely a name; lists of extensions (".3ds.7z.accdb...") never are.
  if (dots > 3) return;
  emit('file-name', name, start + slash + 1, start + token.length);
}
