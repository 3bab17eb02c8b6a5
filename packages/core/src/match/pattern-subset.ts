/**
 * The part of STIX patterning (STIX 2.1 §9) that hunting evaluates on single log records, as a thin
 * view over the one pattern parser (pattern/parser.ts): observation expressions `[...]` joined by OR,
 * holding comparisons `object-type:path op constant` joined by AND/OR. Operators `=`, `!=`, `IN`,
 * `LIKE`, `MATCHES` (and their NOT forms) are evaluated, plus `ISSUBSET` on addresses (CIDR
 * containment, the meaning `=` already has here). Everything else parses but is refused with the reason
 * (CoreError 'invalid_pattern'), so the indicator is reported, never silently dropped. The result is
 * plain data: it crosses to worker threads by structured clone.
 */
import { CoreError } from '../errors.ts';
import type {
  ComparisonExpression,
  Comparison as StixComparison,
  Constant as StixConstant,
  ObjectPath,
  ObservationExpression,
} from '../pattern/ast.ts';
import { parsePattern } from '../pattern/parser.ts';
import { atomKindOfPath } from './sco-paths.ts';
import { textMatcher } from './text-matchers.ts';

export type Constant = string | number | boolean;

export interface Comparison {
  readonly kind: 'cmp';
  /** `ipv4-addr:value`, `file:hashes.SHA-256`, `network-traffic:dst_ref.value` (quotes dropped). */
  readonly path: string;
  readonly op: string;
  readonly negated: boolean;
  readonly values: readonly Constant[];
}
export interface Junction {
  readonly kind: 'and' | 'or';
  readonly items: readonly PatternExpr[];
}
export type PatternExpr = Comparison | Junction;

/** Operators hunting evaluates; the rest make the pattern unsupported (reported, never ignored). */
export const SUPPORTED_OPERATORS: ReadonlySet<string> = new Set([
  '=',
  '!=',
  'IN',
  'LIKE',
  'MATCHES',
]);

const unsupported = (reason: string): never => {
  throw new CoreError('invalid_pattern', reason);
};

/** `file:hashes.'SHA-256'` → `file:hashes.SHA-256`; every list index reads as `[*]` (any element). */
function pathText(path: ObjectPath): string {
  let text = `${path.objectType}:`;
  path.steps.forEach((step, i) => {
    if (step.kind === 'index') text += '[*]';
    else text += i === 0 ? step.name : `.${step.name}`;
  });
  return text;
}

function constant(value: StixConstant): Constant {
  switch (value.kind) {
    case 'string':
    case 'int':
    case 'float':
    case 'bool':
      return value.value;
    case 'timestamp':
    case 'hex':
    case 'binary':
      return unsupported(
        `typed constant (${value.kind}) is not evaluated: no mapped log field holds one`,
      );
  }
}

function comparison(cmp: StixComparison): Comparison {
  const path = pathText(cmp.path);
  const raw = cmp.value === undefined ? [] : Array.isArray(cmp.value) ? cmp.value : [cmp.value];
  const values = (raw as readonly StixConstant[]).map(constant);
  const { negated } = cmp;
  switch (cmp.operator) {
    case '=':
    case '!=':
    case 'IN':
      return { kind: 'cmp', path, op: cmp.operator, negated, values };
    case 'LIKE':
    case 'MATCHES': {
      // Compiled here to refuse what the linear-time engine cannot run; kept for evaluation.
      const matcher = textMatcher(cmp.operator, String(values[0]));
      if (typeof matcher === 'string') return unsupported(matcher);
      return { kind: 'cmp', path, op: cmp.operator, negated, values };
    }
    case 'ISSUBSET':
      if (atomKindOfPath(path)?.startsWith('ip'))
        return { kind: 'cmp', path, op: '=', negated, values };
      return unsupported(`ISSUBSET is evaluated on IP address paths only, not ${path}`);
    case '>':
    case '<':
    case '>=':
    case '<=':
    case 'ISSUPERSET':
    case 'EXISTS':
      return unsupported(`operator ${cmp.operator} is not evaluated`);
  }
}

/** Comparison expressions nest only through parentheses, which the parser caps, so recursion is bounded. */
function comparisonExpression(expression: ComparisonExpression): PatternExpr {
  if (expression.kind === 'comparison') return comparison(expression);
  return {
    kind: expression.operator === 'AND' ? 'and' : 'or',
    items: expression.operands.map(comparisonExpression),
  };
}

function observationExpression(expression: ObservationExpression): PatternExpr {
  switch (expression.kind) {
    case 'observation':
      return comparisonExpression(expression.expression);
    case 'qualified':
      return unsupported(
        `qualifier ${expression.qualifier.kind} is not evaluated: it counts or times several observations, a hunt judges one record at a time`,
      );
    case 'observation-group':
      if (expression.operator !== 'OR') {
        return unsupported(
          `observation ${expression.operator} is not evaluated: it joins several events, a hunt judges one record at a time`,
        );
      }
      return { kind: 'or', items: expression.operands.map(observationExpression) };
  }
}

/** Parses a pattern into the evaluable form; throws CoreError('invalid_pattern') with the reason otherwise. */
export function parsePatternSubset(pattern: string): PatternExpr {
  const parsed = parsePattern(pattern);
  if (!parsed.ok) return unsupported(parsed.issues.map((i) => i.message).join('; '));
  return observationExpression(parsed.value.expression);
}

export function comparisons(expr: PatternExpr): Comparison[] {
  return expr.kind === 'cmp' ? [expr] : expr.items.flatMap(comparisons);
}
