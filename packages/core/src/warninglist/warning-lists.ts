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
import { WarningProbe } from './probe.ts';

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
  // MISP has no attribute type for Ethereum addresses.
  'ethereum-address': [],
};

interface CompiledList {
  readonly hit: WarningHit;
  readonly attributes: ReadonlySet<string>;
  matches(value: WarningProbe): boolean;
}

function compile(def: WarningListDefinition): CompiledList | undefined {
  const hit = { list: def.key, name: def.name };
  const attributes = new Set(def.matchingAttributes);
  switch (def.type) {
    case 'string': {
      const set = new Set(def.entries.map((e) => e.toLowerCase()));
      return { hit, attributes, matches: (v) => set.has(v.lower) };
    }
    case 'hostname': {
      const set = new Set(def.entries.map((e) => e.toLowerCase().replace(/^\.|\.$/g, '')));
      // The value itself or any parent domain is listed ("www.google.com" under "google.com").
      return { hit, attributes, matches: (v) => v.hosts.some((host) => set.has(host)) };
    }
    case 'cidr': {
      const ranges = new IpRangeSet(def.entries);
      return { hit, attributes, matches: (v) => ranges.hasAddress(v.ip) };
    }
    case 'substring': {
      const needles = def.entries.map((e) => e.toLowerCase()).filter((e) => e.length > 0);
      return { hit, attributes, matches: (v) => needles.some((n) => v.lower.includes(n)) };
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
  // The lists that apply to each indicator type, in list order (the order hits are reported in).
  const byType = new Map<IndicatorType, readonly CompiledList[]>();
  for (const type of Object.keys(ATTRIBUTES) as IndicatorType[]) {
    const wanted = ATTRIBUTES[type];
    byType.set(
      type,
      compiled.filter((list) => wanted.some((a) => list.attributes.has(a))),
    );
  }
  return {
    lists: compiled.map((c) => c.hit),
    skipped,
    match(type, value) {
      const hits: WarningHit[] = [];
      const lists = byType.get(type);
      if (!lists || lists.length === 0) return hits;
      const probe = new WarningProbe(value);
      for (const list of lists) if (list.matches(probe)) hits.push(list.hit);
      return hits;
    },
  };
}
