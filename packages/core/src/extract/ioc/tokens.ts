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
import { formatIpv6, parseIpv6 } from './ipv6.ts';
import { isLabelChar } from './refang.ts';

/**
 * Host-name characters are ASCII (IDNs appear as xn-- punycode): in CJK text words glue to host
 * names without spaces ("テスト.example.com"), and only the ASCII part is the host.
 */
const isHostChar = (c: number): boolean => isAsciiAlnum(c) || c === 0x2d || c === 0x5f;

/** URL schemes reported as URLs (after refanging hxxp -> http). */
const URL_SCHEMES = new Set([
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

const isAsciiAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isHex = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/** Characters stripped from a token's end: sentence punctuation, not URL syntax like `/` or `=`. */
const TRAILING = new Set([...'.,!?:;*\'"-'].map((ch) => ch.charCodeAt(0)).concat([0x3002, 0xff0e]));

const HASH_TYPES = new Map([
  [32, 'md5'],
  [40, 'sha1'],
  [64, 'sha256'],
  [128, 'sha512'],
] as const);

/** Longest token classified as URL/host; longer runs (minified blobs, adversarial input) are skipped. */
const MAX_TOKEN = 8192;

/** Characters that make a token worth classifying (hosts, URLs, e-mails, paths, IPv6). */
const TRIGGER = /[.:@/\\]/g;
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
  if (schemeAt > 0 && classifyUrl(text, token, start, schemeAt, emit)) return;

  const at = token.indexOf('@');
  if (at > 0 && classifyEmail(token, start, at, emit)) return;

  if (classifyHost(text, token, start, emit, isDefanged)) return;
  if (findGluedIpv4(token, start, emit)) return;
  if (classifyIpv6(token, start, emit)) return;
  classifyFileName(token, start, emit);
}

/**
 * An imphash or Authenticode hash has the shape of an MD5/SHA-256 but is no file hash: a
 * `file:hashes.MD5` pattern built from it would never match. Looks back a bounded 24 characters.
 */
const OTHER_HASH_LABEL = /(?:imphash|import hash|authentihash|ssdeep|tlsh)[\s:=-]{0,8}$/i;
function labelledAsOtherHash(text: string, start: number): boolean {
  return OTHER_HASH_LABEL.test(text.slice(Math.max(0, start - 24), start));
}

/** Maximal hex runs of hash length anywhere in the token ("words<sha256>words" still counts). */
const HEX_TABLE = new Uint8Array(128);
for (const ch of '0123456789abcdefABCDEF') HEX_TABLE[ch.charCodeAt(0)] = 1;
const isHexFast = (c: number): boolean => c < 128 && HEX_TABLE[c] === 1;

function findHashes(text: string, start: number, end: number, emit: Emit): void {
  let i = start;
  while (i < end) {
    if (!isHexFast(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const runStart = i;
    i++;
    while (i < end && isHexFast(text.charCodeAt(i))) i++;
    const length = i - runStart;
    if (length !== 32 && length !== 40 && length !== 64 && length !== 128) continue;
    const type = HASH_TYPES.get(length);
    const hexLiteral =
      text.charCodeAt(runStart - 1) === 0x78 && text.charCodeAt(runStart - 2) === 0x30; // 0x...
    if (type && !hexLiteral && !labelledAsOtherHash(text, runStart)) {
      emit(type, text.slice(runStart, i).toLowerCase(), runStart, i);
    }
  }
}

/** Host part of an authority: strips user info and port; undefined when it is no host name/IP. */
function hostOf(authority: string): { host: string; offset: number } | undefined {
  const userEnd = authority.lastIndexOf('@') + 1;
  let host = authority.slice(userEnd);
  const colon = host.lastIndexOf(':');
  if (colon >= 0 && /^\d{0,5}$/.test(host.slice(colon + 1))) host = host.slice(0, colon);
  if (host.length === 0 || /^\d+$/.test(host)) return undefined; // "http://192,168,0,1" is no host
  for (let k = 0; k < host.length; k++) {
    const c = host.charCodeAt(k);
    if (c !== 0x2e && !isHostChar(c)) return undefined;
  }
  return { host, offset: userEnd };
}

function classifyUrl(
  text: string,
  token: string,
  start: number,
  schemeAt: number,
  emit: Emit,
): boolean {
  let schemeStart = schemeAt;
  while (schemeStart > 0 && schemeAt - schemeStart < 8) {
    const c = token.charCodeAt(schemeStart - 1) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    schemeStart--;
  }
  const scheme = token.slice(schemeStart, schemeAt).toLowerCase();
  if (!URL_SCHEMES.has(scheme)) return false;
  const authorityStart = schemeAt + 3;
  let authorityEnd = authorityStart;
  while (authorityEnd < token.length) {
    const c = token.charCodeAt(authorityEnd);
    if (c === 0x2f || c === 0x3f || c === 0x23 || c === 0x5c) break;
    authorityEnd++;
  }
  const authority = token.slice(authorityStart, authorityEnd);
  const parsed = hostOf(authority);
  if (!parsed) return false;
  const host = parsed.host.toLowerCase();
  const hostStart = start + authorityStart + parsed.offset;
  const value = `${scheme}://${authority.slice(0, parsed.offset)}${host}${authority.slice(parsed.offset + host.length)}${token.slice(authorityEnd)}`;
  emit('url', value, start + schemeStart, start + token.length);
  const ip = parseIpv4(host);
  if (ip) emit('ipv4-addr', ip, hostStart, hostStart + host.length);
  else if (isValidDomain(host)) emit('domain-name', host, hostStart, hostStart + host.length);
  void text;
  return true;
}

const isLocalChar = (c: number): boolean =>
  isLabelChar(c) ||
  c === 0x2e ||
  c === 0x2b ||
  c === 0x25 ||
  c === 0x21 ||
  c === 0x23 ||
  c === 0x24 ||
  c === 0x26 ||
  c === 0x2a ||
  c === 0x3d ||
  c === 0x7e;

function classifyEmail(token: string, start: number, at: number, emit: Emit): boolean {
  let localStart = at;
  while (localStart > 0 && at - localStart < 64 && isLocalChar(token.charCodeAt(localStart - 1)))
    localStart--;
  while (localStart < at && token.charCodeAt(localStart) === 0x2e) localStart++;
  let domainEnd = at + 1;
  while (
    domainEnd < token.length &&
    (isHostChar(token.charCodeAt(domainEnd)) || token.charCodeAt(domainEnd) === 0x2e)
  ) {
    domainEnd++;
  }
  while (
    domainEnd > at + 1 &&
    (token.charCodeAt(domainEnd - 1) === 0x2e || token.charCodeAt(domainEnd - 1) === 0x2d)
  ) {
    domainEnd--;
  }
  if (localStart >= at) return false;
  const domain = token.slice(at + 1, domainEnd).toLowerCase();
  // The mailbox syntax is itself evidence, so any syntactically valid domain with an alphabetic TLD
  // is accepted (internal mail domains, new TLDs); only ICANN-valid ones also become domain-names.
  const valid = isValidDomain(domain);
  if (!valid && !/^(?:[a-z0-9_-]{1,63}\.){1,8}[a-z]{2,63}$/.test(domain)) return false;
  const local = token.slice(localStart, at);
  emit('email-addr', `${local}@${domain}`, start + localStart, start + domainEnd);
  if (valid) emit('domain-name', domain, start + at + 1, start + domainEnd);
  return true;
}

/**
 * The first dotted run of host characters in the token: IPv4 (with /CIDR), or a domain (valid ICANN
 * suffix), and, when a path follows, a scheme-less URL ("example[.]com/path").
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
  void text;
  return true;
}

function classifyIpv6(token: string, start: number, emit: Emit): boolean {
  const first = token.indexOf(':');
  if (first < 0 || token.indexOf(':', first + 1) < 0) return false;
  let s = 0;
  while (s < token.length && !isHex(token.charCodeAt(s)) && token.charCodeAt(s) !== 0x3a) s++;
  let e = s;
  while (
    e < token.length &&
    (isHex(token.charCodeAt(e)) || token.charCodeAt(e) === 0x3a || token.charCodeAt(e) === 0x2e)
  )
    e++;
  // "Namespace::func" and "std::byte" are code, not addresses: the address must stand alone.
  if ((s > 0 && isAsciiAlnum(token.charCodeAt(s - 1))) || /^[g-z]/i.test(token.slice(e, e + 1)))
    return false;
  const candidate = token.slice(s, e);
  const groups = parseIpv6(candidate);
  if (!groups || groups.every((g) => g === 0)) return false;
  let value = formatIpv6(groups);
  let spanEnd = e;
  const cidr = /^\/(\d{1,3})(?!\d)/.exec(token.slice(e, e + 5));
  if (cidr && Number(cidr[1]) <= 128) {
    value += `/${cidr[1]}`;
    spanEnd += cidr[0].length;
  } else if (token.charCodeAt(e) === 0x25) {
    spanEnd = token.length; // zone index (fe80::1%11): part of the mention, not of the value
  }
  emit('ipv6-addr', value, start + s, start + spanEnd);
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

/**
 * An IPv4 address glued to letters ("words1.1.1.1words", "ip:10.0.0.1"): the first run of digits and
 * dots bounded by non-digits that is exactly a dotted quad.
 */
function findGluedIpv4(token: string, start: number, emit: Emit): boolean {
  let i = 0;
  while (i < token.length) {
    const c = token.charCodeAt(i);
    if (c < 0x30 || c > 0x39) {
      i++;
      continue;
    }
    const runStart = i;
    while (
      i < token.length &&
      ((token.charCodeAt(i) >= 0x30 && token.charCodeAt(i) <= 0x39) || token.charCodeAt(i) === 0x2e)
    )
      i++;
    let runEnd = i;
    while (runEnd > runStart && token.charCodeAt(runEnd - 1) === 0x2e) runEnd--;
    const ip = parseIpv4(token.slice(runStart, runEnd));
    if (ip && token.charCodeAt(runStart - 1) !== 0x2e) {
      emit('ipv4-addr', ip, start + runStart, start + runEnd);
      return true;
    }
  }
  return false;
}
