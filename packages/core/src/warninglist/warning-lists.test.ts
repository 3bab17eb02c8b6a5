import { describe, expect, it } from 'vitest';
import type { WarningListDefinition } from './definition.ts';
import { createWarningMatcher } from './warning-lists.ts';

const list = (
  key: string,
  type: WarningListDefinition['type'],
  matchingAttributes: string[],
  entries: string[],
): WarningListDefinition => ({ key, name: `list ${key}`, type, matchingAttributes, entries });

const matcher = createWarningMatcher([
  list('hosts', 'hostname', ['domain', 'hostname', 'url'], ['.Example.COM.', 'cdn.net']),
  list(
    'exact',
    'string',
    ['domain', 'md5'],
    ['www.example.com', 'D41D8CD98F00B204E9800998ECF8427E'],
  ),
  list('ranges', 'cidr', ['ip-src', 'ip-dst'], ['10.0.0.0/8', '2001:db8::/32', '192.0.2.7']),
  list('parts', 'substring', ['url'], ['Tracker']),
  list('patterns', 'regex', ['domain'], ['^evil']),
  list('more-hosts', 'hostname', ['domain'], ['example.com']),
]);
const keys = (...args: Parameters<typeof matcher.match>) =>
  matcher.match(...args).map((h) => h.list);

describe('createWarningMatcher', () => {
  it('matches a host and its subdomains, whatever the case, in list order', () => {
    expect(keys('domain-name', 'WWW.Example.com')).toEqual(['hosts', 'exact', 'more-hosts']);
    expect(keys('domain-name', 'a.b.example.com')).toEqual(['hosts', 'more-hosts']);
    expect(keys('domain-name', 'example.com.evil.org')).toEqual([]);
    expect(keys('domain-name', 'notexample.com')).toEqual([]);
  });

  it("does not lend a platform's listing to the hosts its users register under it", () => {
    const platforms = createWarningMatcher([
      list('top', 'hostname', ['domain', 'url'], ['duckdns.org', 'github.io', 'google.com']),
    ]);
    const flagged = (type: 'domain-name' | 'url', value: string) =>
      platforms.match(type, value).map((h) => h.list);
    expect(flagged('domain-name', 'duckdns.org')).toEqual(['top']);
    expect(flagged('domain-name', 'online2018.duckdns.org')).toEqual([]);
    expect(flagged('url', 'https://attacker.github.io/payload.js')).toEqual([]);
    expect(flagged('domain-name', 'docs.google.com')).toEqual(['top']);
  });

  it("judges a URL by its host (no user, no port) and by the lists' substrings", () => {
    expect(keys('url', 'https://user@Static.CDN.net:8443/x?y#z')).toEqual(['hosts']);
    expect(keys('url', 'http://198.51.100.1/tracker.js')).toEqual(['parts']);
    expect(keys('url', 'hxxp://other.org/cdn.net')).toEqual([]);
  });

  it('matches addresses and the first address of a block against CIDR ranges', () => {
    expect(keys('ipv4-addr', '10.20.30.40')).toEqual(['ranges']);
    expect(keys('ipv4-addr', '10.0.0.0/16')).toEqual(['ranges']);
    expect(keys('ipv4-addr', '192.0.2.7')).toEqual(['ranges']);
    expect(keys('ipv4-addr', '192.0.2.8')).toEqual([]);
    expect(keys('ipv6-addr', '2001:DB8::1')).toEqual(['ranges']);
    expect(keys('ipv6-addr', '2001:db9::1')).toEqual([]);
    expect(keys('ipv4-addr', 'not an address')).toEqual([]);
  });

  it('asks only the lists made for the value type, and never evaluates regex lists', () => {
    expect(keys('md5', 'd41d8cd98f00b204e9800998ecf8427e')).toEqual(['exact']);
    expect(keys('file-name', 'example.com')).toEqual([]);
    expect(keys('domain-name', 'evil.org')).toEqual([]);
    expect(matcher.skipped.map((h) => h.list)).toEqual(['patterns']);
  });
});
