/**
 * URLs (known scheme, any host: the scheme is the evidence) and e-mail addresses inside a token, each
 * also reporting its host as domain-name/ipv4-addr/ipv6-addr. A URL's path and query are searched for
 * the hosts they name (url-path.ts).
 */
import type { Emit } from './emit.ts';
import { isHostChar } from './chars.ts';
import { endsInFileExtension, isValidDomain, parseIpv4 } from './hosts.ts';
import { ipLiteralAt } from './ip-literal.ts';
import { isLabelChar } from './refang.ts';
import { findInUrlPath, schemeStart as schemeStartAt } from './url-path.ts';

/**
 * Host part of an authority: strips user info and port; undefined when it is no host name, IP or
 * bracketed IPv6 literal.
 */
function hostOf(authority: string): { host: string; offset: number } | undefined {
  const userEnd = authority.lastIndexOf('@') + 1;
  let host = authority.slice(userEnd);
  const colon = host.lastIndexOf(':');
  if (colon >= 0 && /^\d{0,5}$/.test(host.slice(colon + 1))) host = host.slice(0, colon);
  if (host.length === 0 || /^\d+$/.test(host)) return undefined; // "http://192,168,0,1" is no host
  if (host.charCodeAt(0) === 0x5b) {
    return ipLiteralAt(host, 0)?.end === host.length ? { host, offset: userEnd } : undefined;
  }
  for (let k = 0; k < host.length; k++) {
    const c = host.charCodeAt(k);
    if (c !== 0x2e && !isHostChar(c)) return undefined;
  }
  return { host, offset: userEnd };
}

export interface UrlContext {
  /**
   * The token was cut at a comma glued to a host character (`http://example,com/`): a dotless host
   * there is a name cut in half, not a host.
   */
  readonly cutAtComma?: boolean;
  /** The URL sits inside another URL's path, which is searched for hosts already. */
  readonly embedded?: boolean;
}

export function classifyUrl(
  written: string,
  start: number,
  schemeAt: number,
  emit: Emit,
  context: UrlContext = {},
): boolean {
  // Backslashes ending a URL escape the quote after it in code (`Create(\\\"http://x/Robots.txt\\\")`).
  let end = written.length;
  while (end > schemeAt + 3 && written.charCodeAt(end - 1) === 0x5c) end--;
  const token = written.slice(0, end);
  const schemeStart = schemeStartAt(token, schemeAt);
  if (schemeStart < 0) return false;
  const scheme = token.slice(schemeStart, schemeAt).toLowerCase();
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
  if (context.cutAtComma && authorityEnd === token.length && !host.includes('.')) return false;
  const hostStart = start + authorityStart + parsed.offset;
  const value = `${scheme}://${authority.slice(0, parsed.offset)}${host}${authority.slice(parsed.offset + host.length)}${pathAsFetched(scheme, token.slice(authorityEnd))}`;
  emit('url', value, start + schemeStart, start + token.length);
  emitHost(host, hostStart, emit);
  if (!context.embedded) findInUrlPath(token, start, authorityEnd, emit, classifyEmbeddedUrl);
  return true;
}

/** Schemes the WHATWG URL standard calls special: their paths take a backslash for a slash. */
const SPECIAL_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'ftp', 'ws', 'wss']);

/**
 * The path a client requests (WHATWG URL, path state): `mshta.exe "https://pastebin.com\raw\ZnhyvWAU"`
 * fetches `/raw/ZnhyvWAU`, which is what a proxy log shows and a hunt must match. The query and the
 * fragment keep their backslashes.
 */
function pathAsFetched(scheme: string, rest: string): string {
  if (!SPECIAL_SCHEMES.has(scheme) || !rest.includes('\\')) return rest;
  let end = rest.length;
  for (const mark of ['?', '#']) {
    const at = rest.indexOf(mark);
    if (at >= 0 && at < end) end = at;
  }
  return rest.slice(0, end).replaceAll('\\', '/') + rest.slice(end);
}

/** A URL found inside another URL's path (findInUrlPath's callback). */
export const classifyEmbeddedUrl = (url: string, schemeAt: number, emit: Emit): boolean =>
  classifyUrl(url, 0, schemeAt, emit, { embedded: true });

/** The host of a URL or e-mail address: IPv4, bracketed IP literal, or an ICANN-valid domain. */
function emitHost(host: string, hostStart: number, emit: Emit): void {
  const literal = ipLiteralAt(host, 0);
  if (literal) {
    emit(literal.type, literal.value, hostStart + 1, hostStart + host.length - 1);
    return;
  }
  const ip = parseIpv4(host);
  if (ip) emit('ipv4-addr', ip, hostStart, hostStart + host.length);
  else if (isValidDomain(host)) emit('domain-name', host, hostStart, hostStart + host.length);
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

/** Syntactically valid mail domain (RFC 5321 §4.1.2: letters, digits, hyphens) with a letter TLD. */
const MAIL_DOMAIN = /^(?:[a-z0-9-]{1,63}\.){1,8}[a-z]{2,63}$/;

export function classifyEmail(token: string, start: number, at: number, emit: Emit): boolean {
  let localStart = at;
  while (localStart > 0 && at - localStart < 64 && isLocalChar(token.charCodeAt(localStart - 1)))
    localStart--;
  while (localStart < at && token.charCodeAt(localStart) === 0x2e) localStart++;
  if (localStart >= at) return false;
  const local = token.slice(localStart, at);

  // Address literal (RFC 5321 §4.1.3): user@[192.0.2.1], user@[IPv6:2001:db8::1].
  const literal = ipLiteralAt(token, at + 1);
  if (literal) {
    const domain = literal.type === 'ipv4-addr' ? literal.value : `IPv6:${literal.value}`;
    emit('email-addr', `${local}@[${domain}]`, start + localStart, start + literal.end);
    emitHost(token.slice(at + 1, literal.end), start + at + 1, emit);
    return true;
  }

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
  const domain = token.slice(at + 1, domainEnd).toLowerCase();
  // The mailbox syntax is itself evidence, so any syntactically valid domain with an alphabetic TLD
  // is accepted (internal mail domains, new TLDs); only ICANN-valid ones also become domain-names.
  // An underscore is valid in a DNS name but never in a mail domain: then only the domain counts.
  const valid = isValidDomain(domain);
  // "readme_contact_alex.dali@iran.ir.htm" is a ransom note's file name: a file extension is no TLD.
  if (!valid && endsInFileExtension(domain)) return false;
  const mailDomain = !domain.includes('_') && (valid || MAIL_DOMAIN.test(domain));
  if (!mailDomain) {
    if (!valid) return false;
    emit('domain-name', domain, start + at + 1, start + domainEnd);
    return true;
  }
  emit('email-addr', `${local}@${domain}`, start + localStart, start + domainEnd);
  if (valid) emit('domain-name', domain, start + at + 1, start + domainEnd);
  return true;
}
