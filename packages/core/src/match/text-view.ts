/**
 * The observables a plain text line shows, as a pattern view (condition.ts): each token between blanks,
 * quotes, brackets, commas, semicolons or bars that reads as a URL, an e-mail address, an IP address, a
 * host name or a digest, under the SCO path a STIX pattern names it by (a URL's host also as a domain
 * name). So a LIKE or MATCHES comparison holds on a proxy log's text line as on a JSON record's field.
 * One pass over the line; the view grows with its tokens only.
 */
import { parseIPv4, parseIPv6 } from './ip.ts';
import { hashAlgorithm } from './normalize.ts';
import { canonicalHashPath } from './sco-paths.ts';

const DELIMITERS = new Set(' \t\r\n"\'<>()[]{},;|`'.split(''));
/** Trailing characters that end a sentence or a log field rather than the token ("evil.com." stays a host). */
const TRAILING = new Set([':', '!', '?']);
/** A host label: letters (any script), digits, hyphens. */
const HOST = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}\.)+\p{L}[\p{L}\p{N}-]{0,62}\.?$/u;
const WITH_PORT = /^(.+):\d{1,5}$/u;

export function textView(line: string): Map<string, string[]> {
  const view = new Map<string, string[]>();
  const add = (path: string, value: string) => {
    const values = view.get(path);
    if (values) values.push(value);
    else view.set(path, [value]);
  };
  let start = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && !DELIMITERS.has(line[i]!)) continue;
    let end = i;
    while (end > start && TRAILING.has(line[end - 1]!)) end--;
    if (end > start) classify(line.slice(start, end), add);
    start = i + 1;
  }
  return view;
}

function classify(token: string, add: (path: string, value: string) => void): void {
  if (token.includes('://')) {
    add('url:value', token);
    try {
      const host = new URL(token).hostname.replace(/^\[|\]$/gu, '');
      if (host) addHost(host, add);
    } catch {
      // Not a parseable URL: it is still a URL-shaped token for LIKE and MATCHES.
    }
    return;
  }
  const at = token.indexOf('@');
  if (at > 0 && token.indexOf('.', at) > at && !token.includes('/')) {
    add('email-addr:value', token);
    return;
  }
  const algorithm = hashAlgorithm(token);
  if (algorithm) {
    add(canonicalHashPath(`file:hashes.${algorithm}`), token);
    return;
  }
  // "203.0.113.50:9443", "cdn.example:443" (an IPv6 address has more colons than a port gives it).
  const host = WITH_PORT.exec(token)?.[1];
  addHost(host !== undefined && !host.includes(':') ? host : token, add);
}

function addHost(host: string, add: (path: string, value: string) => void): void {
  if (parseIPv4(host) !== undefined) add('ipv4-addr:value', host);
  else if (host.includes(':')) {
    if (parseIPv6(host) !== undefined) add('ipv6-addr:value', host);
  } else if (HOST.test(host)) add('domain-name:value', host);
}
