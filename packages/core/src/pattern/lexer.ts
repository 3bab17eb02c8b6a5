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

/** All tokens at once (the parser pulls them lazily through `lex`). */
export const tokenize = (text: string): Token[] => [...lex(text)];

/**
 * Reads a quoted body starting after the opening quote; returns the decoded text and the index after
 * the closing quote. One pass; unescaped runs are sliced, never built a character at a time.
 */
function readQuoted(text: string, start: number, escapes: boolean): [string, number] {
  const parts: string[] = [];
  let runStart = start;
  for (let k = start; k < text.length; k += 1) {
    const c = text.charAt(k);
    if (c === "'") {
      parts.push(text.slice(runStart, k));
      return [parts.join(''), k + 1];
    }
    if (c === '\\' && escapes) {
      // §9.3: inside a string only \\ and \' are escapes.
      const next = text.charAt(k + 1);
      if (next !== '\\' && next !== "'") {
        throw new PatternSyntaxError(
          k + 1,
          `invalid escape \\${next} (only \\\\ and \\' are allowed)`,
        );
      }
      parts.push(text.slice(runStart, k), next);
      k += 1;
      runStart = k + 1;
    }
  }
  throw new PatternSyntaxError(start, 'unterminated string constant');
}

/** Tokens one at a time, so a parser that stops early (too deep, syntax error) stops the scan too. */
export function* lex(text: string): Generator<Token, void, undefined> {
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    const column = i + 1;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i += 1;
      continue;
    }
    if (c === "'") {
      const [value, end] = readQuoted(text, i + 1, true);
      yield { kind: 'string', text: value, column };
      i = end;
      continue;
    }
    if ((c === 't' || c === 'h' || c === 'b') && text.charAt(i + 1) === "'") {
      const [value, end] = readQuoted(text, i + 2, false);
      const kind = c === 't' ? 'timestamp' : c === 'h' ? 'hex' : 'binary';
      checkTypedLiteral(kind, value, column);
      yield { kind, text: kind === 'hex' ? value.toLowerCase() : value, column };
      i = end;
      continue;
    }
    if (
      isDigit(c) ||
      ((c === '-' || c === '+' || c === '.') &&
        (isDigit(text.charAt(i + 1)) || text.charAt(i + 1) === '.'))
    ) {
      let k = i + (c === '-' || c === '+' ? 1 : 0);
      while (isDigit(text.charAt(k))) k += 1;
      let kind: TokenKind = 'int';
      if (text.charAt(k) === '.') {
        kind = 'float';
        k += 1;
        if (!isDigit(text.charAt(k)))
          throw new PatternSyntaxError(k + 1, 'digits expected after decimal point');
        while (isDigit(text.charAt(k))) k += 1;
      }
      const literal = text.slice(i, k);
      const digits = literal.replace(/^[+-]/, '');
      if (kind === 'int' && digits.length > 1 && digits.startsWith('0')) {
        throw new PatternSyntaxError(column, `integer ${literal} has a leading zero`);
      }
      yield { kind, text: literal, column };
      i = k;
      continue;
    }
    if (isIdentStart(c)) {
      let k = i + 1;
      while (isIdentPart(text.charAt(k))) k += 1;
      const word = text.slice(i, k);
      const kind: TokenKind =
        word === 'true' || word === 'false'
          ? 'bool'
          : KEYWORDS.has(word)
            ? 'keyword'
            : 'identifier';
      yield { kind, text: word, column };
      i = k;
      continue;
    }
    const two = text.slice(i, i + 2);
    if (two === '!=' || two === '<>' || two === '<=' || two === '>=' || two === '==') {
      yield {
        kind: 'operator',
        text: two === '<>' ? '!=' : two === '==' ? '=' : two,
        column,
      };
      i += 2;
      continue;
    }
    if (c === '=' || c === '<' || c === '>') {
      yield { kind: 'operator', text: c, column };
      i += 1;
      continue;
    }
    if ('[]():.,*'.includes(c)) {
      yield { kind: 'punct', text: c, column };
      i += 1;
      continue;
    }
    throw new PatternSyntaxError(column, `unexpected character ${JSON.stringify(c)}`);
  }
  yield { kind: 'end', text: '', column: text.length + 1 };
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
