/**
 * Token-level indicators: the refanged text is cut into whitespace/quote/bracket-delimited tokens in
 * one pass, and each token that could hold an indicator (has a dot, colon, at-sign, slash, or is long
 * enough for a hash or wallet) is classified: URL, e-mail, IPv4(+CIDR), IPv6, domain, hash, file
 * name, bitcoin address. Work per token is linear in its length; plain words are skipped unsliced.
 */
import type { Emit } from './emit.ts';
import { isBitcoinAddress } from './bitcoin.ts';
import {
  FILE_EXTENSIONS,
  PAYLOAD_EXTENSIONS,
  isValidDomain,
  lastLabel,
  parseIpv4,
} from './hosts.ts';
import { isLabelChar } from './refang.ts';
import { isAsciiAlnum, isHostChar } from './chars.ts';
import { findHashes } from './hashes.ts';
import { classifyEmail, classifyUrl } from './url-email.ts';
import { classifyIpv6, findGluedIpv4 } from './addresses.ts';

const ASCII_DELIMITERS = new Uint8Array(128);
for (const ch of ' \t\n\r\v\f"\'<>`,;|()[]{}^') ASCII_DELIMITERS[ch.charCodeAt(0)] = 1;

function isDelimiter(c: number): boolean {
  if (c < 0x80) return c < 0x20 || ASCII_DELIMITERS[c] === 1;
  return (
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x3000 ||
    c === 0xfeff ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x2018 ||
    c === 0x2019 ||
    c === 0xab ||
    c === 0xbb ||
    c === 0x3001 ||
    c === 0xff0c ||
    c === 0x300c ||
    c === 0x300d ||
    c === 0x2026 ||
    c === 0xff1c ||
    c === 0xff1e
  );
}

/** Characters stripped from a token's end: sentence punctuation, not URL syntax like `/` or `=`. */
const TRAILING = new Set([...'.,!?:;*\'"-'].map((ch) => ch.charCodeAt(0)).concat([0x3002, 0xff0e]));

/** Longest token classified as URL/host; longer runs (minified blobs, adversarial input) are skipped. */
const MAX_TOKEN = 8192;

/**
 * Characters that make a token worth classifying (hosts, URLs, e-mails, paths, IPv6). A dot right
 * before a delimiter (the sentence-final "word. ") is skipped by the scan itself: it ends its token
 * and is trimmed as trailing punctuation, so it can never be the token's only trigger (an earlier
 * trigger in the same token is found first). Most dots in prose are such dots.
 */
const TRIGGER = /[:@/\\]|\.(?![\t\n\v\f\r "'),;\]\u00a0]|$)/g;
const TRIGGER_TABLE = new Uint8Array(128);
for (const ch of '.:@/\\') TRIGGER_TABLE[ch.charCodeAt(0)] = 1;

/** Wallet-shaped words need no trigger character (hash-length hex runs neither: findHashes). */
const WALLET =
  /\b(?:[13][1-9A-HJ-NP-Za-km-z]{25,34}|bc1[02-9ac-hj-np-z]{11,71}|BC1[02-9AC-HJ-NP-Z]{11,71})\b/g;

/**
 * Jumps from trigger character to trigger character (a native regex scan), widens each to its token
 * and classifies it once; hex runs and wallets are found by their own scans. Every character is
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
  for (let m = TRIGGER.exec(text); m; m = TRIGGER.exec(text)) {
    let start = m.index;
    if (start < covered) continue;
    while (start > covered && !isDelimiter(text.charCodeAt(start - 1))) start--;
    let end = m.index + 1;
    while (end < n && !isDelimiter(text.charCodeAt(end))) end++;
    covered = end;
    TRIGGER.lastIndex = end;
    if (end - start >= 3) classifyToken(text, start, end, emit, isDefanged);
  }
  findHashes(text, 0, n, emit);
  for (const m of text.matchAll(WALLET)) {
    const before = text.charCodeAt(m.index - 1);
    const after = text.charCodeAt(m.index + m[0].length);
    const bounded = (c: number): boolean => Number.isNaN(c) || isDelimiter(c) || TRAILING.has(c);
    if (bounded(before) && bounded(after) && isBitcoinAddress(m[0])) {
      emit('bitcoin-address', m[0], m.index, m.index + m[0].length);
    }
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
  while (end > start && TRAILING.has(text.charCodeAt(end - 1))) end--;
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
  if (schemeAt > 0 && classifyUrl(token, start, schemeAt, emit)) return;

  const at = token.indexOf('@');
  if (at > 0 && classifyEmail(token, start, at, emit)) return;

  if (classifyHost(token, start, emit, isDefanged)) return;
  if (findGluedIpv4(token, start, emit)) return;
  if (classifyIpv6(token, start, emit)) return;
  classifyFileName(token, start, emit);
}

/**
 * The first dotted run of host characters in the token: IPv4 (with /CIDR), or a domain (valid ICANN
 * suffix), and, when a path follows, a scheme-less URL ("example[.]com/path").
 */
function classifyHost(
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

  const ip = parseIpv4(run);
  if (ip) {
    // A fifth numeric label ("1.2.3.4.5") is a version or OID, not an address.
    if (next === 0x2e && isAsciiAlnum(token.charCodeAt(runEnd + 1))) return true;
    const prev = token.charCodeAt(runStart - 1);
    if (prev === 0x2e && isAsciiAlnum(token.charCodeAt(runStart - 2))) return true;
    const cidr = next === 0x2f ? /^\/(\d{1,2})(?!\d)/.exec(token.slice(runEnd, runEnd + 4)) : null;
    if (cidr && Number(cidr[1]) <= 32) {
      emit('ipv4-addr', `${ip}/${cidr[1]}`, start + runStart, start + runEnd + cidr[0].length);
    } else {
      emit('ipv4-addr', ip, start + runStart, start + runEnd);
    }
    return true;
  }
  if (/^[\d.]+$/.test(run)) return true; // numbers and versions

  const host = run.toLowerCase();
  const spanStart = start + runStart;
  const spanEnd = start + runEnd;
  // A name ending in a file extension that is also a TLD (invoice.zip, clip.mov, tool.py) is a file
  // unless the writer marked it as a host: defanged, or followed by a path.
  const fileLike = FILE_EXTENSIONS.has(lastLabel(host));
  const hostEvidence = isDefanged(spanStart, spanEnd) || next === 0x2f;
  if (fileLike && !hostEvidence) return false;
  if (!isValidDomain(host)) return false;
  emit('domain-name', host, spanStart, spanEnd);
  if (next === 0x2f && runStart === 0) {
    emit('url', `${host}${token.slice(runEnd)}`, spanStart, start + token.length);
  }
  return true;
}

/** A file name with a payload extension: the last path component of the token. */
function classifyFileName(token: string, start: number, emit: Emit): void {
  const slash = Math.max(token.lastIndexOf('/'), token.lastIndexOf('\\'));
  const name = token.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || !PAYLOAD_EXTENSIONS.has(lastLabel(name))) return;
  // Framework names (Node.js, Vue.js, D3.js) are capitalized words, not dropped scripts.
  if (lastLabel(name) === 'js' && /^[A-Z][a-z0-9]*$/.test(name.slice(0, dot))) return;
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
