/**
 * Rules of §9 that the grammar does not carry: inside one observation expression, comparisons joined by
 * AND must all be about the same object type (they must match the same SCO, §9.4).
 */
import type { ComparisonExpression, ObservationExpression, Pattern } from './ast.ts';

export interface SemanticProblem {
  readonly column: number;
  readonly message: string;
}

/** Object types an expression talks about, with the column of its first comparison. */
function typesOf(expression: ComparisonExpression, out: Map<string, number>): void {
  const stack: ComparisonExpression[] = [expression];
  while (stack.length > 0) {
    const e = stack.pop() as ComparisonExpression;
    if (e.kind === 'comparison') {
      if (!out.has(e.path.objectType)) out.set(e.path.objectType, e.column);
    } else {
      for (const operand of e.operands) stack.push(operand);
    }
  }
}

function checkComparisons(expression: ComparisonExpression, problems: SemanticProblem[]): void {
  const stack: ComparisonExpression[] = [expression];
  while (stack.length > 0) {
    const e = stack.pop() as ComparisonExpression;
    if (e.kind === 'comparison') continue;
    if (e.operator === 'AND') {
      const types = new Map<string, number>();
      for (const operand of e.operands) typesOf(operand, types);
      if (types.size > 1) {
        const [, second] = [...types.entries()];
        problems.push({
          column: second?.[1] ?? 1,
          message: `comparisons joined by AND must share one object type, found ${[...types.keys()].join(', ')}`,
        });
      }
    }
    for (const operand of e.operands) stack.push(operand);
  }
}

export function checkPatternSemantics(pattern: Pattern): SemanticProblem[] {
  const problems: SemanticProblem[] = [];
  const stack: ObservationExpression[] = [pattern.expression];
  while (stack.length > 0) {
    const e = stack.pop() as ObservationExpression;
    if (e.kind === 'observation') checkComparisons(e.expression, problems);
    else if (e.kind === 'qualified') stack.push(e.expression);
    else for (const operand of e.operands) stack.push(operand);
  }
  return problems;
}
