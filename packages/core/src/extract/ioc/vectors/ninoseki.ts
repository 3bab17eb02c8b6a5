/**
 * ninoseki/ioc-extractor (the TypeScript peer) spec cases: full-text extractIOC, refang, validators,
 * single-value extractors and regex match lists. Each is answered with extractIndicators/refang and
 * compared as a set (extractIOC), a boolean (validators: the whole input is one indicator of the
 * type), the first value (extractors) or the ordered list of mentions (regexes).
 */
import type { IndicatorType } from '../../../analysis/types.ts';
import { extractIndicators } from '../extract.ts';
import { refang } from '../refang.ts';
import {
  SuiteTally,
  canonicalIpv6,
  mentionsOf,
  sameSet,
  type SuiteResult,
} from './suite-result.ts';

interface NinosekiCase {
  readonly fn: string;
  readonly input: string;
  readonly input_file?: string;
  readonly options?: { readonly strict?: boolean; readonly refang?: boolean };
  readonly expected?: unknown;
  readonly expected_all_matches?: readonly string[] | null;
}

interface NinosekiData {
  readonly extractIOC: readonly NinosekiCase[];
  readonly refang: readonly NinosekiCase[];
  readonly validators: readonly NinosekiCase[];
  readonly single_value_extractors: readonly NinosekiCase[];
  readonly regexes: readonly NinosekiCase[];
}

/** ioc-extractor names (extractIOC keys, isX/extractX/xRegex stems) -> Vigil types. */
const TYPES: Readonly<Record<string, IndicatorType>> = {
  md5: 'md5',
  sha1: 'sha1',
  sha256: 'sha256',
  sha512: 'sha512',
  asn: 'asn',
  ipv4: 'ipv4-addr',
  ipv6: 'ipv6-addr',
  domain: 'domain-name',
  url: 'url',
  email: 'email-addr',
  cve: 'cve',
  btc: 'bitcoin-address',
  eth: 'ethereum-address',
};

/** "isSHA256" / "extractIPv4" / "sha256Regex" / "md5s" -> Vigil type, undefined when unsupported. */
function typeOf(name: string): IndicatorType | undefined {
  const stem = name
    .replace(/^(?:is|extract)/, '')
    .replace(/(?:Regex|RegExp)$/, '')
    .toLowerCase();
  return TYPES[stem] ?? TYPES[stem.replace(/s$/, '')];
}

function normalize(type: IndicatorType, value: string): string {
  switch (type) {
    case 'ipv6-addr':
      return canonicalIpv6(value);
    case 'asn':
      return `AS${value.replace(/\D/g, '')}`;
    case 'cve':
      return value.toUpperCase();
    case 'domain-name':
    case 'ethereum-address':
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'sha512':
      return value.toLowerCase();
    case 'url':
    case 'email-addr':
    case 'ipv4-addr':
    case 'attack-id':
    case 'bitcoin-address':
    case 'file-name':
    case 'windows-registry-key':
      return value;
  }
}

export const NINOSEKI_EXCLUSIONS = {
  unsupportedType:
    'types Vigil does not extract: ssdeep, monero, Google Analytics/AdSense ids, MAC addresses',
  noRefang:
    'options refang:false / strict:false / un-refanged single-value extractors: Vigil always refangs and always validates TLDs',
  helpers: 'utility helpers (dedup, sortByValue, punycode conversion), not extraction',
} as const;

export function evaluateNinoseki(
  data: NinosekiData,
  readFile: (relative: string) => string,
): SuiteResult {
  const tally = new SuiteTally('ioc-extractor (ninoseki)');
  const valuesOf = (input: string, type: IndicatorType): string[] =>
    extractIndicators(input)
      .filter((f) => f.type === type)
      .map((f) => f.value);

  for (const c of data.extractIOC) {
    const input = c.input ?? readFile(c.input_file ?? '');
    if (c.options?.refang === false || c.options?.strict === false) {
      tally.exclude(NINOSEKI_EXCLUSIONS.noRefang);
      continue;
    }
    const expected = (c.expected ?? {}) as Record<string, readonly string[]>;
    const mismatches: Record<string, { expected: string[]; got: string[] }> = {};
    for (const [key, values] of Object.entries(expected)) {
      const type = typeOf(key);
      if (!type) continue;
      const got = valuesOf(input, type).map((v) => (type === 'ipv4-addr' ? v.split('/')[0]! : v));
      const want = values.map((v) => normalize(type, v));
      if (!sameSet(got, want)) mismatches[key] = { expected: want, got };
    }
    tally.record(Object.keys(mismatches).length === 0, () => ({
      id: `${c.fn}`,
      input: input.length > 160 ? `${c.input_file ?? input.slice(0, 160)}` : input,
      expected: Object.fromEntries(Object.entries(mismatches).map(([k, v]) => [k, v.expected])),
      got: Object.fromEntries(Object.entries(mismatches).map(([k, v]) => [k, v.got])),
    }));
  }

  for (const c of data.refang) {
    const got = refang(c.input).text;
    tally.record(got === c.expected, () => ({
      id: 'refang',
      input: c.input,
      expected: c.expected,
      got,
    }));
  }

  for (const c of data.validators) {
    const type = typeOf(c.fn);
    if (!type) {
      tally.exclude(NINOSEKI_EXCLUSIONS.unsupportedType);
      continue;
    }
    const whole = extractIndicators(c.input).some(
      (f) => f.type === type && f.mentions.some((m) => m.start === 0 && m.end === c.input.length),
    );
    tally.record(whole === c.expected, () => ({
      id: c.fn,
      input: c.input,
      expected: c.expected,
      got: whole,
    }));
  }

  for (const c of data.single_value_extractors) {
    const type = typeOf(c.fn);
    if (!type) {
      tally.exclude(NINOSEKI_EXCLUSIONS.unsupportedType);
      continue;
    }
    if (c.expected === null && refang(c.input).map.rewrites > 0) {
      tally.exclude(NINOSEKI_EXCLUSIONS.noRefang);
      continue;
    }
    const first = valuesOf(c.input, type)[0] ?? null;
    const want = typeof c.expected === 'string' ? normalize(type, c.expected) : null;
    tally.record(first === want, () => ({
      id: c.fn,
      input: c.input,
      expected: c.expected,
      got: first,
    }));
  }

  for (const c of data.regexes) {
    const type = typeOf(c.fn);
    if (!type) {
      tally.exclude(NINOSEKI_EXCLUSIONS.unsupportedType);
      continue;
    }
    const got = mentionsOf(extractIndicators(c.input), new Set([type])).map((m) => m.text);
    const want = c.expected_all_matches ?? [];
    const pass = got.length === want.length && got.every((g, i) => g === want[i]);
    tally.record(pass, () => ({ id: c.fn, input: c.input, expected: want, got }));
  }
  // data.utils: helpers, not extraction (NINOSEKI_EXCLUSIONS.helpers); counted in QUALITY.md only.
  return tally.result();
}
