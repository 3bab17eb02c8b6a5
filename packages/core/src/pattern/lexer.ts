/**
 * Tokenizer for STIX 2.1 patterns (§9; token shapes follow the OASIS `STIXPattern.g4` grammar). One
 * left-to-right pass with no regular expressions over the input, so it is linear on any text.
 */
export type TokenKind =
  | 'string'
  | 'int'
  | 'float'
  | 'bool'
  | 'timestamp'
  | 'hex'
  | 'binary'
  | 'identifier'
  | 'keyword'
  | 'operator'
  | 'punct'
  | 'end';

export interface Token {
  readonly kind: TokenKind;
  /** Source text (keywords, identifiers, operators, punctuation) or decoded value (literals). */
  readonly text: string;
  /** 1-based column of the first character. */
  readonly column: number;
}

export class PatternSyntaxError extends Error {
  constructor(
    readonly column: number,
    message: string,
  ) {
    super(message);
  }
}

export const KEYWORDS = new Set([
  'AND',
  'OR',
  'NOT',
  'FOLLOWEDBY',
  'LIKE',
  'MATCHES',
  'ISSUPERSET',
  'ISSUBSET',
  'EXISTS',
  'IN',
  'START',
  'STOP',
  'SECONDS',
  'TIMES',
  'WITHIN',
  'REPEATS',
]);

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isIdentStart = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isIdentPart = (c: string): boolean => isIdentStart(c) || isDigit(c) || c === '-';
const isHex = (c: string): boolean =>
  isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
const isBase64 = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c) || c === '+' || c === '/';

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const at = (k: number): string => text.charAt(k);

  /** Reads a quoted body starting after the opening quote; returns decoded text and end index. */
  const quoted = (start: number, escapes: boolean): [string, number] => {
    let out = '';
    let k = start;
    for (;;) {
      if (k >= text.length) throw new PatternSyntaxError(start, 'unterminated string constant');
      const c = at(k);
      if (c === "'") return [out, k + 1];
      if (c === '\\' && escapes) {
        // §9.3: inside a string only \\ and \' are escapes.
        const next = at(k + 1);
        if (next !== '\\' && next !== "'") {
          throw new PatternSyntaxError(
            k + 1,
            `invalid escape \\${next} (only \\\\ and \\' are allowed)`,
          );
        }
        out += next;
        k += 2;
        continue;
      }
      out += c;
      k += 1;
    }
  };

  while (i < text.length) {
    const c = at(i);
    const column = i + 1;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1;
      continue;
    }
    if (c === "'") {
      const [value, end] = quoted(i + 1, true);
      tokens.push({ kind: 'string', text: value, column });
      i = end;
      continue;
    }
    if ((c === 't' || c === 'h' || c === 'b') && at(i + 1) === "'") {
      const [value, end] = quoted(i + 2, false);
      const kind = c === 't' ? 'timestamp' : c === 'h' ? 'hex' : 'binary';
      checkTypedLiteral(kind, value, column);
      tokens.push({ kind, text: kind === 'hex' ? value.toLowerCase() : value, column });
      i = end;
      continue;
    }
    if (
      isDigit(c) ||
      ((c === '-' || c === '+' || c === '.') && (isDigit(at(i + 1)) || at(i + 1) === '.'))
    ) {
      let k = i + (c === '-' || c === '+' ? 1 : 0);
      while (isDigit(at(k))) k += 1;
      let kind: TokenKind = 'int';
      if (at(k) === '.') {
        kind = 'float';
        k += 1;
        if (!isDigit(at(k)))
          throw new PatternSyntaxError(k + 1, 'digits expected after decimal point');
        while (isDigit(at(k))) k += 1;
      }
      const literal = text.slice(i, k);
      const digits = literal.replace(/^[+-]/, '');
      if (kind === 'int' && digits.length > 1 && digits.startsWith('0')) {
        throw new PatternSyntaxError(column, `integer ${literal} has a leading zero`);
      }
      tokens.push({ kind, text: literal, column });
      i = k;
      continue;
    }
    if (isIdentStart(c)) {
      let k = i + 1;
      while (isIdentPart(at(k))) k += 1;
      const word = text.slice(i, k);
      const kind: TokenKind =
        word === 'true' || word === 'false'
          ? 'bool'
          : KEYWORDS.has(word)
            ? 'keyword'
            : 'identifier';
      tokens.push({ kind, text: word, column });
      i = k;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === '!=' || two === '<>' || two === '<=' || two === '>=' || two === '==') {
      tokens.push({
        kind: 'operator',
        text: two === '<>' ? '!=' : two === '==' ? '=' : two,
        column,
      });
      i += 2;
      continue;
    }
    if (c === '=' || c === '<' || c === '>') {
      tokens.push({ kind: 'operator', text: c, column });
      i += 1;
      continue;
    }
    if ('[]():.,*'.includes(c)) {
      tokens.push({ kind: 'punct', text: c, column });
      i += 1;
      continue;
    }
    throw new PatternSyntaxError(column, `unexpected character ${JSON.stringify(c)}`);
  }
  tokens.push({ kind: 'end', text: '', column: text.length + 1 });
  return tokens;
}

const TIMESTAMP =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d:(?:[0-5]\d|60)(?:\.\d+)?Z$/;

function checkTypedLiteral(
  kind: 'timestamp' | 'hex' | 'binary',
  value: string,
  column: number,
): void {
  if (kind === 'timestamp' && !TIMESTAMP.test(value)) {
    throw new PatternSyntaxError(column, `t'${value}' is not an RFC 3339 UTC timestamp`);
  }
  if (kind === 'hex' && (value.length % 2 !== 0 || ![...value].every(isHex))) {
    throw new PatternSyntaxError(column, `h'${value}' must hold an even number of hex digits`);
  }
  if (kind === 'binary') {
    const body = value.replace(/={1,2}$/, '');
    if (value.length % 4 !== 0 || ![...body].every(isBase64)) {
      throw new PatternSyntaxError(column, `b'${value}' is not base64`);
    }
  }
}
