/**
 * fhightower/ioc-finder find_iocs cases: for every IOC type the case checks, the set Vigil finds must
 * equal the expected set (ioc-finder's semantics: types not listed must be empty). Only the ioc-finder
 * types that map to Vigil types are compared; the rest are out of scope (QUALITY.md).
 */
import type { ExtractedIndicator, IndicatorType } from '../../../analysis/types.ts';
import { extractIndicators } from '../extract.ts';
import { SuiteTally, canonicalIpv6, sameSet, type SuiteResult } from './suite-result.ts';

interface IocFinderCase {
  readonly id: string;
  readonly input: string;
  readonly expected: Readonly<Record<string, unknown>>;
  readonly options: {
    readonly included_ioc_types?: readonly string[];
    readonly parse_domain_from_url?: boolean;
    readonly parse_domain_from_email_address?: boolean;
    readonly parse_from_url_path?: boolean;
  };
}

/** ioc-finder key -> how to read Vigil's answer for it, and how to normalize expected values. */
interface KeyMapping {
  readonly types: readonly IndicatorType[];
  readonly answer: (values: readonly string[]) => string[];
  readonly expect: (values: readonly string[]) => string[];
}
const same = (values: readonly string[]): string[] => [...values];
const lower = (values: readonly string[]): string[] => values.map((v) => v.toLowerCase());
const attackIds = (prefix: RegExp) => (values: readonly string[]) =>
  values.filter((v) => prefix.test(v));

const KEYS: Readonly<Record<string, KeyMapping>> = {
  domains: { types: ['domain-name'], answer: same, expect: lower },
  urls: { types: ['url'], answer: same, expect: same },
  email_addresses: { types: ['email-addr'], answer: same, expect: same },
  ipv4s: { types: ['ipv4-addr'], answer: (v) => v.map((x) => x.split('/')[0]!), expect: same },
  ipv4_cidrs: {
    types: ['ipv4-addr'],
    answer: (v) => v.filter((x) => x.includes('/')),
    expect: same,
  },
  ipv6s: { types: ['ipv6-addr'], answer: same, expect: (v) => v.map(canonicalIpv6) },
  md5s: { types: ['md5'], answer: same, expect: lower },
  sha1s: { types: ['sha1'], answer: same, expect: lower },
  sha256s: { types: ['sha256'], answer: same, expect: lower },
  sha512s: { types: ['sha512'], answer: same, expect: lower },
  cves: { types: ['cve'], answer: same, expect: (v) => v.map((x) => x.toUpperCase()) },
  asns: { types: ['asn'], answer: same, expect: (v) => v.map((x) => `AS${x.replace(/\D/g, '')}`) },
  registry_key_paths: { types: ['windows-registry-key'], answer: same, expect: same },
  bitcoin_addresses: { types: ['bitcoin-address'], answer: same, expect: same },
  attack_techniques: { types: ['attack-id'], answer: attackIds(/^T\d/), expect: same },
  attack_tactics: { types: ['attack-id'], answer: attackIds(/^TA/), expect: same },
  attack_mitigations: { types: ['attack-id'], answer: attackIds(/^M/), expect: same },
};

export const IOC_FINDER_EXCLUSIONS = {
  unsupportedTypes:
    'checks only types Vigil does not extract (ssdeep, imphash, authentihash, MAC, user agents, TLP labels, Google ids, monero, XMPP, file paths)',
  urlPathDomains:
    'parse_from_url_path=false: a toggle Vigil does not have (Vigil always reads hosts named in URL paths and query parameters)',
} as const;

/** ATT&CK expectations are nested by matrix ({enterprise: [...], mobile: [...]}); Vigil has one id space. */
function flatten(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(String);
  if (value && typeof value === 'object') return Object.values(value).flatMap(flatten);
  return [];
}

/** Domain values whose every mention sits inside a URL (or e-mail) mention. */
function domainsOnlyInside(
  found: readonly ExtractedIndicator[],
  container: IndicatorType,
): Set<string> {
  const spans = found.filter((f) => f.type === container).flatMap((f) => f.mentions);
  const inside = new Set<string>();
  for (const f of found) {
    if (f.type !== 'domain-name') continue;
    if (f.mentions.every((m) => spans.some((s) => s.start <= m.start && m.end <= s.end)))
      inside.add(f.value);
  }
  return inside;
}

export function evaluateIocFinder(data: { cases: readonly IocFinderCase[] }): SuiteResult {
  const tally = new SuiteTally('ioc-finder');
  for (const c of data.cases) {
    const included = c.options.included_ioc_types;
    const checked = (included ?? Object.keys(KEYS)).filter((k) => k in KEYS);
    const expectedKeys = Object.keys(c.expected);
    const onlyUnsupported = expectedKeys.length > 0 && !expectedKeys.some((k) => k in KEYS);
    if (checked.length === 0 || onlyUnsupported) {
      tally.exclude(IOC_FINDER_EXCLUSIONS.unsupportedTypes);
      continue;
    }
    if (c.options.parse_from_url_path === false) {
      tally.exclude(IOC_FINDER_EXCLUSIONS.urlPathDomains);
      continue;
    }
    const found = extractIndicators(c.input);
    const hidden = new Set<string>();
    if (c.options.parse_domain_from_url === false)
      for (const d of domainsOnlyInside(found, 'url')) hidden.add(d);
    if (c.options.parse_domain_from_email_address === false) {
      for (const d of domainsOnlyInside(found, 'email-addr')) hidden.add(d);
    }
    const mismatches: Record<string, { expected: string[]; got: string[] }> = {};
    for (const key of checked) {
      const mapping = KEYS[key]!;
      const values = found
        .filter((f) => mapping.types.includes(f.type))
        .map((f) => f.value)
        .filter((v) => !(key === 'domains' && hidden.has(v)));
      const got = mapping.answer(values);
      const expected = mapping.expect(flatten(c.expected[key]));
      if (!sameSet(got, expected)) mismatches[key] = { expected, got };
    }
    tally.record(Object.keys(mismatches).length === 0, () => ({
      id: c.id,
      input: c.input.length > 160 ? `${c.input.slice(0, 160)}…` : c.input,
      expected: Object.fromEntries(Object.entries(mismatches).map(([k, v]) => [k, v.expected])),
      got: Object.fromEntries(Object.entries(mismatches).map(([k, v]) => [k, v.got])),
    }));
  }
  return tally.result();
}
