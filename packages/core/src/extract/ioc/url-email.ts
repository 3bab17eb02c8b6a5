/**
 * URLs (known scheme, any host: the scheme is the evidence) and e-mail addresses inside a token, each
 * also reporting its host as domain-name/ipv4-addr.
 */
import type { Emit } from './emit.ts';
import { isHostChar } from './chars.ts';
import { isValidDomain, parseIpv4 } from './hosts.ts';
import { isLabelChar, URL_SCHEMES } from './refang.ts';

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

export function classifyUrl(token: string, start: number, schemeAt: number, emit: Emit): boolean {
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

export function classifyEmail(token: string, start: number, at: number, emit: Emit): boolean {
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
