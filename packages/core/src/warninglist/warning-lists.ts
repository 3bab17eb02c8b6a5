/**
 * The pure matcher over MISP warning lists: hash sets for `string` lists, suffix walks over a hash
 * set for `hostname` lists (an entry covers its subdomains), merged sorted ranges for `cidr` lists,
 * plain scans for the few short `substring` lists. `regex` lists are not evaluated (their patterns
 * are not known to be linear-time; docs: QUALITY.md). Values are flagged, never dropped.
 */
import type { IndicatorType } from '../analysis/types.ts';
import type { WarningListDefinition } from './definition.ts';
import { IpRangeSet } from './ip-ranges.ts';
import type { WarningHit, WarningMatcher } from './matcher.ts';

/** MISP attribute types that correspond to each Vigil indicator type. */
const ATTRIBUTES: Readonly<Record<IndicatorType, readonly string[]>> = {
  'ipv4-addr': ['ip-src', 'ip-dst'],
  'ipv6-addr': ['ip-src', 'ip-dst'],
  'domain-name': ['domain', 'hostname'],
  url: ['url', 'uri'],
  'email-addr': ['email', 'email-src', 'email-dst'],
  md5: ['md5'],
  sha1: ['sha1'],
  sha256: ['sha256'],
  sha512: ['sha512'],
  cve: ['vulnerability'],
  'attack-id': [],
  asn: ['AS'],
  'windows-registry-key': ['regkey'],
  'file-name': ['filename'],
  'bitcoin-address': ['btc'],
};

interface CompiledList {
  readonly hit: WarningHit;
  readonly attributes: ReadonlySet<string>;
  matches(value: string): boolean;
}

/** The host of a URL value ("https://user@Host:8080/x" -> "host"), lower-case. */
function urlHost(url: string): string {
  const afterScheme = url.indexOf('://') >= 0 ? url.slice(url.indexOf('://') + 3) : url;
  let end = afterScheme.length;
  for (const stop of ['/', '?', '#']) {
    const k = afterScheme.indexOf(stop);
    if (k >= 0 && k < end) end = k;
  }
  const authority = afterScheme.slice(0, end);
  const host = authority.slice(authority.lastIndexOf('@') + 1);
  const colon = host.lastIndexOf(':');
  return (colon > 0 && !host.includes(']') ? host.slice(0, colon) : host).toLowerCase();
}

function compile(def: WarningListDefinition): CompiledList | undefined {
  const hit = { list: def.key, name: def.name };
  const attributes = new Set(def.matchingAttributes);
  switch (def.type) {
    case 'string': {
      const set = new Set(def.entries.map((e) => e.toLowerCase()));
      return { hit, attributes, matches: (v) => set.has(v.toLowerCase()) };
    }
    case 'hostname': {
      const set = new Set(def.entries.map((e) => e.toLowerCase().replace(/^\.|\.$/g, '')));
      return {
        hit,
        attributes,
        matches: (v) => {
          // The value itself or any parent domain is listed ("www.google.com" under "google.com").
          let host = v.includes('/') ? urlHost(v) : v.toLowerCase();
          for (;;) {
            if (set.has(host)) return true;
            const dot = host.indexOf('.');
            if (dot < 0) return false;
            host = host.slice(dot + 1);
          }
        },
      };
    }
    case 'cidr': {
      const ranges = new IpRangeSet(def.entries);
      return { hit, attributes, matches: (v) => ranges.has(v) };
    }
    case 'substring': {
      const needles = def.entries.map((e) => e.toLowerCase()).filter((e) => e.length > 0);
      return { hit, attributes, matches: (v) => needles.some((n) => v.toLowerCase().includes(n)) };
    }
    case 'regex':
      return undefined;
  }
}

/** Builds a matcher from parsed lists; lists of type `regex` are skipped (reported by `skipped`). */
export function createWarningMatcher(
  definitions: readonly WarningListDefinition[],
): WarningMatcher & {
  readonly lists: readonly WarningHit[];
  readonly skipped: readonly WarningHit[];
} {
  const compiled: CompiledList[] = [];
  const skipped: WarningHit[] = [];
  for (const def of definitions) {
    const list = compile(def);
    if (list) compiled.push(list);
    else skipped.push({ list: def.key, name: def.name });
  }
  return {
    lists: compiled.map((c) => c.hit),
    skipped,
    match(type, value) {
      const wanted = ATTRIBUTES[type];
      const hits: WarningHit[] = [];
      for (const list of compiled) {
        if (!wanted.some((a) => list.attributes.has(a))) continue;
        if (list.matches(value)) hits.push(list.hit);
      }
      return hits;
    },
  };
}
