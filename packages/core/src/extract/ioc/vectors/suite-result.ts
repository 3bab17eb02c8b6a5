/**
 * Shared shape of an IOC test-vector suite run: which cases applied, which passed, and every failure
 * with what Vigil produced. Pure: the caller reads the files and passes their contents in.
 */
import type { ExtractedIndicator, IndicatorType } from '../../../analysis/types.ts';
import { formatIpv6, parseIpv6 } from '../ipv6.ts';

export interface CaseFailure {
  readonly id: string;
  readonly input: string;
  readonly expected: unknown;
  readonly got: unknown;
}

export interface SuiteResult {
  readonly suite: string;
  readonly total: number;
  readonly applicable: number;
  readonly passed: number;
  /** Excluded case counts by reason (decided before measuring; see QUALITY.md). */
  readonly excluded: Readonly<Record<string, number>>;
  readonly failures: readonly CaseFailure[];
}

export class SuiteTally {
  total = 0;
  applicable = 0;
  passed = 0;
  readonly excluded: Record<string, number> = {};
  readonly failures: CaseFailure[] = [];

  constructor(readonly suite: string) {}

  exclude(reason: string): void {
    this.total++;
    this.excluded[reason] = (this.excluded[reason] ?? 0) + 1;
  }

  record(pass: boolean, failure: () => CaseFailure): void {
    this.total++;
    this.applicable++;
    if (pass) this.passed++;
    else this.failures.push(failure());
  }

  result(): SuiteResult {
    const { suite, total, applicable, passed, excluded, failures } = this;
    return { suite, total, applicable, passed, excluded, failures };
  }
}

export const HASH_TYPES: readonly IndicatorType[] = ['md5', 'sha1', 'sha256', 'sha512'];

/** Canonical IPv6 text for comparing expectations written in another form; input when invalid. */
export function canonicalIpv6(text: string): string {
  const [address = '', cidr] = text.split('/');
  const zone = address.indexOf('%');
  const groups = parseIpv6(zone < 0 ? address : address.slice(0, zone));
  if (!groups) return text.toLowerCase();
  return formatIpv6(groups) + (cidr === undefined ? '' : `/${cidr}`);
}

export interface FoundMention {
  readonly type: IndicatorType;
  readonly text: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** Every mention of the given types, in text order (longer first on ties), with its indicator. */
export function mentionsOf(
  found: readonly ExtractedIndicator[],
  types: ReadonlySet<IndicatorType>,
): FoundMention[] {
  const out: FoundMention[] = [];
  for (const indicator of found) {
    if (!types.has(indicator.type)) continue;
    for (const m of indicator.mentions) {
      out.push({
        type: indicator.type,
        text: m.text,
        value: indicator.value,
        start: m.start,
        end: m.end,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export const sameSet = (a: Iterable<string>, b: Iterable<string>): boolean => {
  const x = [...new Set(a)].sort();
  const y = [...new Set(b)].sort();
  return x.length === y.length && x.every((v, i) => v === y[i]);
};
