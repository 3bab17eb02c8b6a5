/**
 * A country's name that is a person's: "Deputy Attorney General Lisa Monaco", "Rep. Jim Jordan", "Foreign
 * Minister Israel Katz". Read only after a title or a reporting verb, with a capitalized given name or
 * surname beside it: a place's name elsewhere ("the Attorney General of Georgia", "said Jordan was hit").
 */
import type { TextContext } from './text-context.ts';
import { isAllCaps, isCapitalized } from './tokens.ts';

/** Words right before a person's name. */
const TITLES: ReadonlySet<string> = new Set(
  `minister secretary director president senator sen rep representative mr mrs ms dr ambassador judge
spokesperson spokeswoman spokesman chancellor commissioner governor prosecutor general premier mayor
chairman chairwoman ceo said says told`.split(/\s+/u),
);

/** Whether the one-word place name at token `from` is a person's given name or surname there. */
export function namesAPerson(ctx: TextContext, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const { tokens, sentenceOf } = ctx;
  const name = (k: number): boolean => {
    const t = tokens[k];
    return !!t && sentenceOf[k] === sentenceOf[from] && isCapitalized(t.text) && !isAllCaps(t.text);
  };
  const title = (k: number): boolean =>
    sentenceOf[k] === sentenceOf[from] && TITLES.has(tokens[k]?.norm ?? '');
  // A heading capitalizes every word ("President Visits Israel"); a quotation's end mostly so, and ends with a
  // stop ("…," said Deputy Attorney General Lisa Monaco.").
  if (ctx.titleCase(from) && ctx.text[tokens[from]!.end] !== '.') return false;
  // "General Lisa Monaco": a surname; "Minister Israel Katz": a given name.
  return (name(from - 1) && title(from - 2)) || (title(from - 1) && name(to));
}
