/**
 * The part of STIX patterning (STIX 2.1 §9) that hunting evaluates on single log records: observation
 * expressions `[...]` joined by OR, holding comparisons `object-type:path op constant` joined by AND/OR
 * with parentheses. Operators `=`, `!=`, `IN`, and their NOT forms are evaluated; anything else (LIKE,
 * MATCHES, `>`…, observation-level AND/FOLLOWEDBY, qualifiers) is parsed far enough to be reported as
 * unsupported. Used until the full parser in pattern/ lands; the AST is deliberately small.
 */
import { CoreError } from '../errors.ts';

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
export const SUPPORTED_OPERATORS: ReadonlySet<string> = new Set(['=', '!=', 'IN']);

// Tokens: quoted string (with \\ and \' escapes), typed constants (t'…' h'…' b'…'), words, numbers, symbols.
const TOKEN =
  /\s*(?:([thb]?)'((?:[^'\\]|\\.)*)'|([A-Za-z_][\w-]*)|(-?\d+(?:\.\d+)?)|(!=|<=|>=|[=<>[\]():,.*]))/y;

interface Token {
  readonly type: 'str' | 'word' | 'num' | 'sym';
  readonly text: string;
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < pattern.length) {
    if (/^\s*$/.test(pattern.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(pattern);
    if (!m)
      throw new CoreError(
        'invalid_pattern',
        `unexpected text at ${at}: ${pattern.slice(at, at + 20)}`,
      );
    if (m[2] !== undefined) {
      if (m[1])
        throw new CoreError('invalid_pattern', `typed constant ${m[1]}'…' is not supported`);
      tokens.push({ type: 'str', text: m[2].replace(/\\(.)/g, '$1') });
    } else if (m[3] !== undefined) tokens.push({ type: 'word', text: m[3] });
    else if (m[4] !== undefined) tokens.push({ type: 'num', text: m[4] });
    else tokens.push({ type: 'sym', text: m[5]! });
  }
  return tokens;
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }
  private isWord(text: string): boolean {
    const t = this.peek();
    return t?.type === 'word' && t.text.toUpperCase() === text;
  }
  private isSym(text: string): boolean {
    const t = this.peek();
    return t?.type === 'sym' && t.text === text;
  }
  private expectSym(text: string): void {
    if (!this.isSym(text)) this.fail(`expected '${text}'`);
    this.at++;
  }
  private fail(message: string): never {
    throw new CoreError('invalid_pattern', `${message} at token ${this.at}`);
  }

  pattern(): PatternExpr {
    const items = [this.observation()];
    while (this.peek()) {
      if (this.isWord('OR')) {
        this.at++;
        items.push(this.observation());
      } else if (this.isWord('AND') || this.isWord('FOLLOWEDBY')) {
        throw new CoreError(
          'invalid_pattern',
          'observation AND/FOLLOWEDBY spans events: unsupported',
        );
      } else if (this.isWord('WITHIN') || this.isWord('REPEATS') || this.isWord('START')) {
        throw new CoreError('invalid_pattern', 'qualifiers (WITHIN/REPEATS/START) are unsupported');
      } else this.fail('expected OR between observations');
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  private observation(): PatternExpr {
    if (this.isSym('(')) {
      this.at++;
      const inner = this.observation();
      const items = [inner];
      while (this.isWord('OR')) {
        this.at++;
        items.push(this.observation());
      }
      this.expectSym(')');
      return items.length === 1 ? inner : { kind: 'or', items };
    }
    this.expectSym('[');
    const expr = this.orExpr();
    this.expectSym(']');
    return expr;
  }

  private orExpr(): PatternExpr {
    const items = [this.andExpr()];
    while (this.isWord('OR')) {
      this.at++;
      items.push(this.andExpr());
    }
    return items.length === 1 ? items[0]! : { kind: 'or', items };
  }

  private andExpr(): PatternExpr {
    const items = [this.primary()];
    while (this.isWord('AND')) {
      this.at++;
      items.push(this.primary());
    }
    return items.length === 1 ? items[0]! : { kind: 'and', items };
  }

  private primary(): PatternExpr {
    if (this.isSym('(')) {
      this.at++;
      const e = this.orExpr();
      this.expectSym(')');
      return e;
    }
    const path = this.path();
    let negated = false;
    if (this.isWord('NOT')) {
      negated = true;
      this.at++;
    }
    const t = this.tokens[this.at++];
    if (!t || (t.type !== 'sym' && t.type !== 'word')) this.fail('expected an operator');
    const op = t.text.toUpperCase();
    if (op === 'EXISTS') this.fail('EXISTS is unsupported');
    const values = op === 'IN' ? this.list() : [this.constant()];
    return { kind: 'cmp', path, op, negated, values };
  }

  private path(): string {
    const type = this.tokens[this.at++];
    if (type?.type !== 'word') this.fail('expected an object type');
    this.expectSym(':');
    let path = `${type.text}:`;
    let first = true;
    for (;;) {
      const t = this.peek();
      if (first || this.isSym('.')) {
        if (!first) this.at++;
        const name = this.tokens[this.at++];
        if (name?.type !== 'word' && name?.type !== 'str') this.fail('expected a property name');
        path += `${first ? '' : '.'}${name.text}`;
        first = false;
      } else if (t?.type === 'sym' && t.text === '[') {
        this.at++;
        const index = this.tokens[this.at++];
        if (!index || (index.type !== 'num' && index.text !== '*'))
          this.fail('expected a list index');
        this.expectSym(']');
        path += '[*]';
      } else return path;
    }
  }

  private list(): Constant[] {
    this.expectSym('(');
    const values = [this.constant()];
    while (this.isSym(',')) {
      this.at++;
      values.push(this.constant());
    }
    this.expectSym(')');
    return values;
  }

  private constant(): Constant {
    const t = this.tokens[this.at++];
    if (t?.type === 'str') return t.text;
    if (t?.type === 'num') return Number(t.text);
    if (t?.type === 'word' && /^(?:true|false)$/i.test(t.text))
      return t.text.toLowerCase() === 'true';
    return this.fail('expected a constant');
  }
}

/** Parses a pattern into the subset AST; throws CoreError('invalid_pattern') with the reason otherwise. */
export function parsePatternSubset(pattern: string): PatternExpr {
  return new Parser(tokenize(pattern)).pattern();
}

export function comparisons(expr: PatternExpr): Comparison[] {
  return expr.kind === 'cmp' ? [expr] : expr.items.flatMap(comparisons);
}
