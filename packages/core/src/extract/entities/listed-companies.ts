/**
 * Companies a list names beside a company already read: "the attacks on MGM Resorts International and Caesars
 * Entertainment". A capitalized name of one to three words, parted from the company by "and", "or" or a comma,
 * is another company of the list; nothing else in such a name tells it from a product or a person, but a
 * list holds things of one kind. Only the items right after a company (a list that opens on plain names names
 * nothing yet), and never a word of another finding.
 */
import { isCommonWord } from './common-words.ts';
import { capitalWord, inNameAt } from './described-companies.ts';
import type { TextContext } from './text-context.ts';

const MAX_NAME_WORDS = 3;
const MAX_ITEMS = 4;
const CONJUNCTIONS = new Set(['and', 'or']);

/** Token spans [from, to) of the names listed after the company ending before token `end`. */
export function listedAfter(
  ctx: TextContext,
  end: number,
  isFree: (i: number) => boolean,
): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let last = end - 1;
  while (out.length < MAX_ITEMS) {
    const from = itemStart(ctx, last);
    const first = ctx.tokens[from ?? -1];
    if (from === undefined || !first) break;
    let to = from;
    while (to < ctx.tokens.length && to - from < MAX_NAME_WORDS && nameWord(ctx, to, from, isFree))
      to++;
    // A name's first word must be no plain word ("and Services", "or Other"), and the name must end there:
    // a longer capitalized run is a title or a product line.
    // "AT&T": a first word glued to the next by an ampersand is a name's, whatever word it spells.
    const glued = to - from > 1 && ctx.text.slice(first.end, ctx.tokens[from + 1]!.start) === '&';
    if (to === from || (isCommonWord(first.norm) && !glued) || nameWord(ctx, to, from, isFree))
      break;
    out.push({ from, to });
    last = to - 1;
  }
  return out;
}

/**
 * The token after the list's separator that follows token `last`: ", X", " and X", ", and X" (a legal form's
 * dot may stand before it: "Acme Corp. and X"); none when the list does not go on.
 */
function itemStart(ctx: TextContext, last: number): number | undefined {
  const { tokens, text } = ctx;
  const before = tokens[last];
  const token = tokens[last + 1];
  if (!before || !token || ctx.sentenceOf[last + 1] !== ctx.sentenceOf[last]) return undefined;
  const gap = text.slice(before.end, token.start).replace(/^\./u, '');
  if (!CONJUNCTIONS.has(token.norm)) return gap === ', ' ? last + 1 : undefined;
  const after = tokens[last + 2];
  if ((gap !== ' ' && gap !== ', ') || !after || text.slice(token.end, after.start) !== ' ') {
    return undefined;
  }
  return ctx.sentenceOf[last + 2] === ctx.sentenceOf[last] ? last + 2 : undefined;
}

/** Token `i` is a word of the name that starts at token `from`: capitalized, a space or "&" after the one before. */
const nameWord = (
  ctx: TextContext,
  i: number,
  from: number,
  isFree: (i: number) => boolean,
): boolean => capitalWord(ctx, i, from, (k) => !isFree(k)) && (i === from || inNameAt(ctx, i));
