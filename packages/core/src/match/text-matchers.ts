/**
 * LIKE and MATCHES constants compiled once per thread. Patterns stay plain data (they cross to worker
 * threads by structured clone, which drops functions and prototypes), so each thread compiles a
 * constant the first time it evaluates it and keeps the result here.
 */
import { type LikeMatcher, compileLike } from './like.ts';
import { type RegexMatcher, compileMatches } from './matches-regex.ts';

export type TextOperator = 'LIKE' | 'MATCHES';

export type TextMatcher = LikeMatcher | RegexMatcher;

const likes = new Map<string, LikeMatcher>();
/** A refused regex is kept as its reason, so it is not recompiled at every record. */
const regexes = new Map<string, RegexMatcher | string>();

/** The compiled constant, or the reason the linear-time engine refuses it. */
export function textMatcher(operator: TextOperator, constant: string): TextMatcher | string {
  if (operator === 'LIKE') {
    let like = likes.get(constant);
    if (!like) likes.set(constant, (like = compileLike(constant)));
    return like;
  }
  let regex = regexes.get(constant);
  if (regex === undefined) {
    const compiled = compileMatches(constant);
    regex = compiled.ok ? compiled.matcher : compiled.reason;
    regexes.set(constant, regex);
  }
  return regex;
}
