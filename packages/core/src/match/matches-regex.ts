/**
 * STIX MATCHES (§9.5): the value contains a match of the regular expression (unanchored search, as in
 * the OASIS reference matcher). STIX names PCRE syntax; hunting runs the expression on RE2 (re2js, a
 * pure-JS port of RE2), whose automaton never backtracks, so hostile input such as `(a+)+$` against a
 * long run of `a` costs time linear in the value. PCRE features that need backtracking (backreferences,
 * lookaround, possessive quantifiers…) are refused at compile time with RE2's reason.
 */
import { RE2JS, RE2JSException } from 're2js';

export interface RegexMatcher {
  /** True when some part of the value matches. */
  test(value: string): boolean;
}

export type CompiledRegex =
  | { readonly ok: true; readonly matcher: RegexMatcher }
  | { readonly ok: false; readonly reason: string };

/** PCRE constructs RE2 cannot have, named so the reason tells an analyst what to rewrite. */
const BACKTRACKING_ONLY: readonly { readonly shape: RegExp; readonly name: string }[] = [
  { shape: /\(\?<?[=!]/, name: 'lookaround' },
  { shape: /\\(?:[1-9]|k<)/, name: 'backreference' },
  { shape: /[*+?}]\+/, name: 'possessive quantifier' },
  { shape: /\(\?>/, name: 'atomic group' },
];

export function compileMatches(expression: string): CompiledRegex {
  try {
    const regex = RE2JS.compile(expression);
    return { ok: true, matcher: { test: (value) => regex.test(value) } };
  } catch (error) {
    if (!(error instanceof RE2JSException)) throw error;
    const construct = BACKTRACKING_ONLY.find((c) => c.shape.test(expression))?.name;
    const why = construct ? `${construct} needs a backtracking engine` : 'not RE2 syntax';
    return { ok: false, reason: `MATCHES '${expression}': ${why} (${error.message})` };
  }
}
