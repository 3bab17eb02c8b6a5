/**
 * Capitals that name a product: the lexicon reads a capital as its country's government ("Beijing denied
 * …"), but some are also software names.
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
