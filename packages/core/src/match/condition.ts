/**
 * Evaluates the pattern subset against one structured record: the record's mapped fields form a view
 * scoPath → values (field-map.ts), and each comparison is tested with the value kind's own equality
 * (CIDR containment for addresses, canonical host/URL/e-mail spelling, case-insensitive hashes).
 */
import { parseIPv4, parseIPv4Cidr, parseIPv6, parseIPv6Cidr } from './ip.ts';
import { normalizeEmail, normalizeHost, normalizeUrl } from './normalize.ts';
import type { Comparison, Constant, PatternExpr } from './pattern-subset.ts';
import { atomKindOfPath, canonicalHashPath } from './sco-paths.ts';

export type RecordView = ReadonlyMap<string, readonly string[]>;

function valueEquals(path: string, fieldValue: string, constant: Constant): boolean {
  const expected = String(constant);
  switch (atomKindOfPath(path)) {
    case 'ip':
    case 'ipv4':
    case 'ipv6': {
      if (!fieldValue.includes(':')) {
        const address = parseIPv4(fieldValue);
        const range = parseIPv4Cidr(expected);
        return address !== undefined && !!range && address >= range.first && address <= range.last;
      }
      const address = parseIPv6(fieldValue);
      const range = parseIPv6Cidr(expected);
      if (address !== undefined && range) return address >= range.first && address <= range.last;
      return normalizeHost(fieldValue) === normalizeHost(expected);
    }
    case 'domain':
      return normalizeHost(fieldValue) === normalizeHost(expected);
    case 'url':
      return normalizeUrl(fieldValue) === normalizeUrl(expected);
    case 'email':
      return normalizeEmail(fieldValue) === normalizeEmail(expected);
    case 'hash':
      return fieldValue.toLowerCase() === expected.toLowerCase();
    case 'field':
    case undefined:
      return fieldValue === expected;
  }
}

function compare(cmp: Comparison, view: RecordView): boolean {
  const path = canonicalHashPath(cmp.path);
  const values = view.get(path) ?? [];
  let result: boolean;
  if (cmp.op === '!=') {
    result = values.length > 0 && values.every((v) => !valueEquals(path, v, cmp.values[0]!));
  } else {
    result = values.some((v) => cmp.values.some((c) => valueEquals(path, v, c)));
  }
  return cmp.negated ? !result : result;
}

export function evaluate(expr: PatternExpr, view: RecordView): boolean {
  switch (expr.kind) {
    case 'cmp':
      return compare(expr, view);
    case 'and':
      return expr.items.every((e) => evaluate(e, view));
    case 'or':
      return expr.items.some((e) => evaluate(e, view));
  }
}
