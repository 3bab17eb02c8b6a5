/**
 * InQuest iocextract test vectors (transcribed from tests.py): each case names an iocextract function,
 * an input and an assertion. Vigil answers with extractIndicators/refang; iocextract returns the text
 * as written (defanged), so an extracted value matches when either Vigil's mention text (as written)
 * or its refanged value equals the expectation.
 */
import type { IndicatorType } from '../../../analysis/types.ts';
import { extractIndicators } from '../extract.ts';
import { refang } from '../refang.ts';
import { HASH_TYPES, SuiteTally, mentionsOf, type SuiteResult } from './suite-result.ts';

interface IocextractCase {
  readonly test: string;
  readonly fn: string;
  readonly input?: string;
  readonly input_file?: string;
  readonly assert: string;
  readonly expected?: unknown;
  readonly index?: number;
  readonly lenient?: boolean;
}

/**
 * iocextract function -> the Vigil indicator types that answer it. iocextract's extract_urls also
 * returns defanged bare host names ("example[.]com"), which Vigil reports as domain-name/ipv4-addr.
 */
const TYPES_BY_FUNCTION: Readonly<Record<string, readonly IndicatorType[]>> = {
  extract_urls: ['url', 'domain-name', 'ipv4-addr'],
  extract_ipv4s: ['ipv4-addr'],
  extract_ipv6s: ['ipv6-addr'],
  extract_ips: ['ipv4-addr', 'ipv6-addr'],
  extract_emails: ['email-addr'],
  extract_md5_hashes: ['md5'],
  extract_sha1_hashes: ['sha1'],
  extract_sha256_hashes: ['sha256'],
  extract_sha512_hashes: ['sha512'],
  extract_hashes: HASH_TYPES,
  extract_iocs: ['url', 'domain-name', 'ipv4-addr', 'ipv6-addr', 'email-addr', ...HASH_TYPES],
};
const REFANG_FUNCTIONS = new Set(['refang_data', 'refang_email', 'refang_ipv4']);

/** Exclusion reasons, decided from the case format before measuring (QUALITY.md lists them). */
export const IOCEXTRACT_EXCLUSIONS = {
  unsupportedFunction:
    'YARA rules, base64/hex-encoded URLs, custom regexes, telephone numbers, defang_data: not Vigil IOC types/features',
  spacedIoc:
    'IOC split by whitespace outside a defang token ("http:// example.com", "example .com"): accepting spaces inside indicators would join neighbouring prose words',
  raises: 'asserts an exception of a Python API (custom regex errors)',
} as const;

/** Whitespace left after removing bracketed defang tokens and " dot ": the IOC itself has spaces. */
function hasSpacedIoc(text: string): boolean {
  const withoutTokens = text
    .replace(/\s{0,3}[[({]{1,4}\s{0,3}(?:\.|dot|at|@)\s{0,3}[\])}]{0,4}\s{0,3}/gi, '')
    .replace(/ (?:dot|at) /gi, '');
  return /\s/.test(withoutTokens.trim());
}

export function evaluateIocextract(
  data: { cases: readonly IocextractCase[] },
  readFile: (relative: string) => string,
): SuiteResult {
  const tally = new SuiteTally('iocextract');
  for (const c of data.cases) {
    const input = c.input ?? readFile(c.input_file ?? '');
    const id = `${c.test} ${c.fn} ${c.assert}`;
    if (c.assert === 'raises') {
      tally.exclude(IOCEXTRACT_EXCLUSIONS.raises);
      continue;
    }
    if (REFANG_FUNCTIONS.has(c.fn)) {
      if (c.assert === 'does_not_raise') {
        let ok = true;
        try {
          refang(input);
        } catch {
          ok = false;
        }
        tally.record(ok, () => ({ id, input, expected: 'no exception', got: 'threw' }));
        continue;
      }
      if (typeof c.expected === 'string' && hasSpacedIoc(input.trim())) {
        tally.exclude(IOCEXTRACT_EXCLUSIONS.spacedIoc);
        continue;
      }
      const got = refang(input).text;
      tally.record(got === c.expected, () => ({ id, input, expected: c.expected, got }));
      continue;
    }
    const types = TYPES_BY_FUNCTION[c.fn];
    if (!types || /b64|base64|encoded/.test(c.test)) {
      tally.exclude(IOCEXTRACT_EXCLUSIONS.unsupportedFunction);
      continue;
    }
    const expectedStrings =
      typeof c.expected === 'string'
        ? [c.expected]
        : Array.isArray(c.expected)
          ? (c.expected as string[])
          : [];
    // Written with spaces and expected refanged ("myuser @ example.com" -> "myuser@example.com").
    const spacedInput =
      typeof c.expected === 'string' && !input.includes(c.expected) && hasSpacedIoc(input.trim());
    if (expectedStrings.some(hasSpacedIoc) || spacedInput) {
      tally.exclude(IOCEXTRACT_EXCLUSIONS.spacedIoc);
      continue;
    }
    const all = mentionsOf(extractIndicators(input), new Set(types));
    // iocextract's URL answers do not repeat the host of a URL as a separate result.
    const urls = all.filter((m) => m.type === 'url');
    const mentions =
      c.fn === 'extract_urls'
        ? all.filter(
            (m) => m.type === 'url' || !urls.some((u) => u.start <= m.start && m.end <= u.end),
          )
        : all;
    const matches = (m: { text: string; value: string } | undefined, expected: unknown): boolean =>
      m !== undefined && (m.text === expected || m.value === expected);
    // A URL and its host start at different offsets; when both start together keep the longer only.
    const firsts = mentions.filter((m, i) => i === 0 || m.start !== mentions[i - 1]!.start);
    let pass: boolean;
    switch (c.assert) {
      case 'first_result_equals':
        pass = (c.lenient && firsts.length === 0) || matches(firsts[0], c.expected);
        break;
      case 'result_at_index_equals':
        pass = matches(firsts[c.index ?? 0], c.expected);
        break;
      case 'every_result_equals':
        pass = firsts.length > 0 && firsts.every((m) => matches(m, c.expected));
        break;
      case 'result_count_equals':
        pass = firsts.length === c.expected;
        break;
      case 'results_equal':
        pass =
          firsts.length === expectedStrings.length &&
          firsts.every((m, i) => matches(m, expectedStrings[i]));
        break;
      case 'results_contain':
        pass = mentions.some((m) => matches(m, c.expected));
        break;
      case 'results_do_not_contain':
        pass = !mentions.some((m) => matches(m, c.expected));
        break;
      case 'result_startswith':
        pass =
          firsts.length > 0 &&
          firsts.every(
            (m) => m.text.startsWith(String(c.expected)) || m.value.startsWith(String(c.expected)),
          );
        break;
      case 'every_result_endswith':
        pass =
          firsts.length > 0 &&
          firsts.every(
            (m) => m.text.endsWith(String(c.expected)) || m.value.endsWith(String(c.expected)),
          );
        break;
      default:
        pass = false;
    }
    tally.record(pass, () => ({
      id,
      input: input.length > 200 ? `${c.input_file ?? ''} (${input.length} chars)` : input,
      expected: c.expected,
      got: firsts.slice(0, 5).map((m) => m.text),
    }));
  }
  return tally.result();
}
