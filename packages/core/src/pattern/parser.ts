/**
 * Recursive-descent parser for STIX 2.1 patterns (§9). Recursion happens only at parentheses and
 * brackets and is capped (`maxDepth`), so hostile nesting gets an issue instead of a stack overflow;
 * operator chains are loops. Errors come back as a `Result` issue naming the 1-based column.
 */
import type { Result } from '../result.ts';
import { fail, issue, ok } from '../result.ts';
import type {
  Comparison,
  ComparisonExpression,
  ComparisonOperator,
  Constant,
  ObjectPath,
  ObservationExpression,
  PathStep,
  Pattern,
  Qualifier,
} from './ast.ts';
import type { Token } from './lexer.ts';
import { PatternSyntaxError, lex } from './lexer.ts';
import { checkPatternSemantics } from './semantics.ts';

export interface ParsePatternOptions {
  /** Deepest allowed nesting of parentheses and brackets (default 64). */
  readonly maxDepth?: number;
  /** Issue path to report under, e.g. `objects[2].pattern` (default `pattern`). */
  readonly path?: string;
}

const ORDERING: readonly ComparisonOperator[] = ['>', '<', '>=', '<='];
const STRING_OPERATORS: readonly string[] = ['LIKE', 'MATCHES', 'ISSUBSET', 'ISSUPERSET'];

class Parser {
  /** Tokens read ahead but not consumed yet (at most three: `[`, index, `]`). */
  private readonly ahead: Token[] = [];
  private depth = 0;

  constructor(
    private readonly source: Iterator<Token, void, undefined>,
    private readonly maxDepth: number,
  ) {}

  parse(): Pattern {
    const expression = this.observationExpressions();
    const next = this.peek();
    if (next.kind !== 'end') this.fail(next, `unexpected ${describe(next)} after the pattern`);
    return { expression };
  }

  /** The token `offset` places ahead, pulled from the lexer on demand; `end` repeats forever. */
  private lookahead(offset: number): Token {
    while (this.ahead.length <= offset) {
      const last = this.ahead[this.ahead.length - 1];
      if (last?.kind === 'end') return last;
      const next = this.source.next();
      this.ahead.push(next.done ? { kind: 'end', text: '', column: 0 } : next.value);
    }
    return this.ahead[offset] as Token;
  }

  private peek(): Token {
    return this.lookahead(0);
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.ahead.shift();
    return token;
  }

  private is(kind: Token['kind'], text?: string): boolean {
    const t = this.peek();
    return t.kind === kind && (text === undefined || t.text === text);
  }

  private expect(kind: Token['kind'], text: string, what = `'${text}'`): Token {
    if (!this.is(kind, text))
      this.fail(this.peek(), `expected ${what}, found ${describe(this.peek())}`);
    return this.next();
  }

  private fail(token: Token, message: string): never {
    throw new PatternSyntaxError(token.column, message);
  }

  private enter(token: Token): void {
    this.depth += 1;
    if (this.depth > this.maxDepth) this.fail(token, `nesting deeper than ${this.maxDepth}`);
  }

  /** FOLLOWEDBY < OR < AND: one loop per level, flattening chains. */
  private observationExpressions(): ObservationExpression {
    return this.chain('FOLLOWEDBY', () =>
      this.chain('OR', () => this.chain('AND', () => this.qualified())),
    );
  }

  private chain(
    operator: 'AND' | 'OR' | 'FOLLOWEDBY',
    operand: () => ObservationExpression,
  ): ObservationExpression {
    const operands = [operand()];
    while (this.is('keyword', operator)) {
      this.next();
      operands.push(operand());
    }
    return operands.length === 1
      ? (operands[0] as ObservationExpression)
      : { kind: 'observation-group', operator, operands };
  }

  private qualified(): ObservationExpression {
    let expression = this.observation();
    for (;;) {
      const qualifier = this.qualifier();
      if (!qualifier) return expression;
      expression = { kind: 'qualified', expression, qualifier };
    }
  }

  private observation(): ObservationExpression {
    const open = this.peek();
    if (this.is('punct', '[')) {
      this.next();
      this.enter(open);
      const expression = this.comparisonOr();
      this.expect('punct', ']');
      this.depth -= 1;
      return { kind: 'observation', expression };
    }
    if (this.is('punct', '(')) {
      this.next();
      this.enter(open);
      const inner = this.observationExpressions();
      this.expect('punct', ')');
      this.depth -= 1;
      return inner;
    }
    return this.fail(open, `expected '[' or '(' to start an observation, found ${describe(open)}`);
  }

  private qualifier(): Qualifier | undefined {
    if (this.is('keyword', 'WITHIN')) {
      this.next();
      const amount = this.next();
      if ((amount.kind !== 'int' && amount.kind !== 'float') || Number(amount.text) <= 0) {
        this.fail(amount, 'WITHIN needs a positive number of seconds');
      }
      this.expect('keyword', 'SECONDS');
      return { kind: 'WITHIN', seconds: Number(amount.text) };
    }
    if (this.is('keyword', 'REPEATS')) {
      this.next();
      const times = this.next();
      if (times.kind !== 'int' || Number(times.text) <= 0)
        this.fail(times, 'REPEATS needs a positive integer');
      this.expect('keyword', 'TIMES');
      return { kind: 'REPEATS', times: Number(times.text) };
    }
    if (this.is('keyword', 'START')) {
      this.next();
      const start = this.next();
      if (start.kind !== 'timestamp') this.fail(start, "START needs a timestamp t'…'");
      this.expect('keyword', 'STOP');
      const stop = this.next();
      if (stop.kind !== 'timestamp') this.fail(stop, "STOP needs a timestamp t'…'");
      return { kind: 'START-STOP', start: start.text, stop: stop.text };
    }
    return undefined;
  }

  /** Inside brackets: OR of ANDs of comparisons or parenthesized comparison expressions. */
  private comparisonOr(): ComparisonExpression {
    const operands = [this.comparisonAnd()];
    while (this.is('keyword', 'OR')) {
      this.next();
      operands.push(this.comparisonAnd());
    }
    return operands.length === 1
      ? (operands[0] as ComparisonExpression)
      : { kind: 'comparison-group', operator: 'OR', operands };
  }

  private comparisonAnd(): ComparisonExpression {
    const operands = [this.comparisonPrimary()];
    while (this.is('keyword', 'AND')) {
      this.next();
      operands.push(this.comparisonPrimary());
    }
    return operands.length === 1
      ? (operands[0] as ComparisonExpression)
      : { kind: 'comparison-group', operator: 'AND', operands };
  }

  private comparisonPrimary(): ComparisonExpression {
    const open = this.peek();
    if (this.is('punct', '(')) {
      this.next();
      this.enter(open);
      const inner = this.comparisonOr();
      this.expect('punct', ')');
      this.depth -= 1;
      return inner;
    }
    return this.comparison();
  }

  private comparison(): Comparison {
    const start = this.peek();
    let negated = false;
    if (this.is('keyword', 'NOT') || this.is('keyword', 'EXISTS')) {
      // `EXISTS path` and (leniently) `NOT EXISTS path` put the operator first.
      if (this.is('keyword', 'NOT')) {
        this.next();
        negated = true;
      }
      this.expect('keyword', 'EXISTS');
      return {
        kind: 'comparison',
        path: this.objectPath(),
        operator: 'EXISTS',
        negated,
        column: start.column,
      };
    }
    const path = this.objectPath();
    if (this.is('keyword', 'NOT')) {
      this.next();
      negated = true;
    }
    const op = this.next();
    if (op.kind === 'operator') {
      const operator = op.text as ComparisonOperator;
      const value = this.constant();
      if (ORDERING.includes(operator) && value.kind === 'bool') {
        this.fail(op, `${operator} cannot compare booleans`);
      }
      return { kind: 'comparison', path, operator, negated, value, column: start.column };
    }
    if (op.kind === 'keyword' && op.text === 'IN') {
      return {
        kind: 'comparison',
        path,
        operator: 'IN',
        negated,
        value: this.set(),
        column: start.column,
      };
    }
    if (op.kind === 'keyword' && STRING_OPERATORS.includes(op.text)) {
      const value = this.constant();
      if (value.kind !== 'string') this.fail(op, `${op.text} needs a string constant`);
      return {
        kind: 'comparison',
        path,
        operator: op.text as ComparisonOperator,
        negated,
        value,
        column: start.column,
      };
    }
    return this.fail(op, `expected a comparison operator, found ${describe(op)}`);
  }

  private objectPath(): ObjectPath {
    const type = this.next();
    if (type.kind !== 'identifier')
      this.fail(type, `expected an object type, found ${describe(type)}`);
    this.expect('punct', ':');
    const first = this.next();
    if (first.kind === 'string' || (first.kind === 'identifier' && !first.text.includes('-'))) {
      const steps: PathStep[] = [{ kind: 'property', name: first.text }];
      for (;;) {
        if (this.is('punct', '.')) {
          this.next();
          const name = this.next();
          if (name.kind !== 'string' && !(name.kind === 'identifier' && !name.text.includes('-'))) {
            this.fail(name, `expected a property name, found ${describe(name)}`);
          }
          steps.push({ kind: 'property', name: name.text });
        } else if (this.is('punct', '[') && this.isIndexAhead()) {
          this.next();
          const index = this.next();
          this.expect('punct', ']');
          steps.push({ kind: 'index', index: index.text === '*' ? '*' : Number(index.text) });
        } else {
          return { objectType: type.text, steps };
        }
      }
    }
    return this.fail(first, `expected a property name after ':', found ${describe(first)}`);
  }

  /** `[` after a path is a list index only when `*` or an integer and `]` follow. */
  private isIndexAhead(): boolean {
    const index = this.lookahead(1);
    const close = this.lookahead(2);
    return (
      (index.kind === 'int' || (index.kind === 'punct' && index.text === '*')) &&
      close.kind === 'punct' &&
      close.text === ']'
    );
  }

  private set(): Constant[] {
    this.expect('punct', '(', "'(' to open the IN set");
    const values: Constant[] = [];
    if (!this.is('punct', ')')) {
      values.push(this.constant());
      while (this.is('punct', ',')) {
        this.next();
        values.push(this.constant());
      }
    }
    this.expect('punct', ')', "')' to close the IN set");
    return values;
  }

  private constant(): Constant {
    const t = this.next();
    switch (t.kind) {
      case 'string':
      case 'timestamp':
      case 'hex':
      case 'binary':
        return { kind: t.kind, value: t.text };
      case 'int':
        return { kind: 'int', value: Number(t.text) };
      case 'float':
        return { kind: 'float', value: Number(t.text) };
      case 'bool':
        return { kind: 'bool', value: t.text === 'true' };
      case 'end':
      case 'identifier':
      case 'keyword':
      case 'operator':
      case 'punct':
        return this.fail(t, `expected a constant, found ${describe(t)}`);
    }
  }
}

function describe(token: Token): string {
  if (token.kind === 'end') return 'end of pattern';
  if (token.kind === 'string') return 'a string constant';
  return `'${token.text}'`;
}

/** Parses a STIX pattern into its AST, or one issue with the column of the first error. */
export function parsePattern(text: string, options: ParsePatternOptions = {}): Result<Pattern> {
  const path = options.path ?? 'pattern';
  if (text.trim() === '') return fail(issue('invalid_pattern', path, 'pattern is empty'));
  try {
    const pattern = new Parser(lex(text), options.maxDepth ?? 64).parse();
    const problems = checkPatternSemantics(pattern);
    if (problems.length > 0) {
      return fail(
        ...problems
          .slice(0, 20)
          .map((p) => issue('invalid_pattern', path, `column ${p.column}: ${p.message}`)),
      );
    }
    return ok(pattern);
  } catch (error) {
    if (error instanceof PatternSyntaxError) {
      return fail(issue('invalid_pattern', path, `column ${error.column}: ${error.message}`));
    }
    throw error;
  }
}
