/**
 * Names that the noun after them makes a product or a part of one: the lexicon reads a capital as its
 * country's government ("Beijing denied …"), but some are also software names; and a group's name before
 * "feature" is the feature's ("its Watchdog feature" restarts Remcos).
 */
import type { TextContext } from './text-context.ts';

/** Nouns after a capital's name that make it a product's ("Jakarta Multipart parser", "Jakarta EE"). */
const PRODUCT_NOUNS: ReadonlySet<string> = new Set(
  'plugin plugins parser parsers library libraries framework frameworks multipart ee project software module'.split(
    ' ',
  ),
);

/**
 * "a Jakarta-based plugin", "the Jakarta Multipart parser": the Apache project, not Indonesia's
 * government. A capital is read as its country's government elsewhere ("Beijing denied …").
 */
export function namesAProduct(ctx: TextContext, to: number): boolean {
  let next = to;
  if (ctx.tokens[next]?.norm === 'based' && ctx.text[ctx.tokens[next - 1]!.end] === '-') next++;
  const noun = ctx.tokens[next];
  return (
    noun !== undefined &&
    ctx.sentenceOf[next] === ctx.sentenceOf[to - 1] &&
    PRODUCT_NOUNS.has(noun.norm)
  );
}

/** Nouns after a name that make it a program's feature. */
const FEATURE_NOUNS: ReadonlySet<string> = new Set(
  `feature features function functions functionality option options setting settings mode module modules
component components plugin plugins`.split(/\s+/u),
);

/** "its “Watchdog” feature", "the Silence option": the name of a program's part, not of a group. */
export function namesAFeature(ctx: TextContext, to: number): boolean {
  const noun = ctx.tokens[to];
  return (
    noun !== undefined &&
    ctx.sentenceOf[to] === ctx.sentenceOf[to - 1] &&
    FEATURE_NOUNS.has(noun.norm)
  );
}
