/**
 * Evaluates a pattern (pattern-subset.ts) against one structured record: the record's mapped fields form
 * a view scoPath → values (field-map.ts), and each comparison is tested with the value kind's own
 * equality (CIDR containment for addresses, canonical host/URL/e-mail spelling, case-insensitive
 * hashes). LIKE and MATCHES see the value in that same canonical spelling, so `%.evil.com` also holds
 * for a logged `WWW.EVIL.COM.`; fields of no observable kind are compared as logged.
 */
import { parseIPv4, parseIPv4Cidr, parseIPv6, parseIPv6Cidr } from './ip.ts';
import { normalizeEmail, normalizeHost, normalizeUrl } from './normalize.ts';
import type { Comparison, Constant, PatternExpr } from './pattern-subset.ts';
import { atomKindOfPath, canonicalHashPath } from './sco-paths.ts';
import { textMatcher } from './text-matchers.ts';

export type RecordView = ReadonlyMap<string, readonly string[]>;

/** Which view value made a positive comparison hold: `view.get(path)[index]`, as compared. */
export interface Witness {
  readonly path: string;
  readonly index: number;
  /** The value in the canonical spelling the comparison judged (what a hit reports). */
  readonly value: string;
}

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

/** The spelling LIKE and MATCHES are applied to. */
function canonicalText(path: string, fieldValue: string): string {
  switch (atomKindOfPath(path)) {
    case 'domain':
      return normalizeHost(fieldValue) ?? fieldValue;
    case 'url':
      return normalizeUrl(fieldValue) ?? fieldValue;
    case 'email':
      return normalizeEmail(fieldValue) ?? fieldValue;
    case 'hash':
      return fieldValue.toLowerCase();
    case 'ip':
    case 'ipv4':
    case 'ipv6':
    case 'field':
    case undefined:
      return fieldValue;
  }
}

/** Index of the first view value satisfying the (un-negated) operator, or -1. */
function firstSatisfying(cmp: Comparison, path: string, values: readonly string[]): number {
  if (cmp.op === 'LIKE' || cmp.op === 'MATCHES') {
    const matcher = textMatcher(cmp.op, String(cmp.values[0]));
    // A refused constant never reaches an index (pattern-subset.ts refuses the pattern).
    if (typeof matcher === 'string') return -1;
    return values.findIndex((v) => matcher.test(canonicalText(path, v)));
  }
  return values.findIndex((v) => cmp.values.some((c) => valueEquals(path, v, c)));
}

function compare(cmp: Comparison, view: RecordView, witnesses: Witness[] | undefined): boolean {
  const path = canonicalHashPath(cmp.path);
  const values = view.get(path) ?? [];
  // A record without the field says nothing about it: `!=` and NOT need the field to be there.
  if (cmp.op === '!=') {
    const differs = values.length > 0 && values.every((v) => !valueEquals(path, v, cmp.values[0]!));
    return cmp.negated ? values.length > 0 && !differs : differs;
  }
  const index = firstSatisfying(cmp, path, values);
  if (cmp.negated) return values.length > 0 && index < 0;
  if (index >= 0) witnesses?.push({ path, index, value: canonicalText(path, values[index]!) });
  return index >= 0;
}

function holds(expr: PatternExpr, view: RecordView, witnesses: Witness[] | undefined): boolean {
  switch (expr.kind) {
    case 'cmp':
      return compare(expr, view, witnesses);
    case 'and': {
      const mark = witnesses?.length ?? 0;
      if (expr.items.every((e) => holds(e, view, witnesses))) return true;
      if (witnesses) witnesses.length = mark;
      return false;
    }
    case 'or':
      return expr.items.some((e) => holds(e, view, witnesses));
  }
}

export function evaluate(expr: PatternExpr, view: RecordView): boolean {
  return holds(expr, view, undefined);
}

/**
 * For an expression holding on the record, the first value a positive comparison matched (what a hit
 * reports); undefined when the expression does not hold or holds through negations only.
 */
export function witnessOf(expr: PatternExpr, view: RecordView): Witness | undefined {
  const witnesses: Witness[] = [];
  return holds(expr, view, witnesses) ? witnesses[0] : undefined;
}
