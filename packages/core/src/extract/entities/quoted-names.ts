/**
 * Names of two or three words the text writes in quotes ("the tool referred to as “Royal Road”"): where
 * the text repeats them, their first word is no name of its own ("tools like Scanbox and Royal Road" is
 * not the Royal ransomware).
 */
import { cueKind } from './cue-words.ts';
import { perText } from './per-text.ts';
import type { TextContext } from './text-context.ts';
import { isCapitalized, QUOTE_CODES, QUOTE_MARKS } from './tokens.ts';

/** Longest quoted name, in words. */
const QUOTED_WORDS = 3;

const quotedNames = perText((ctx): ReadonlySet<string> => {
  const found = new Set<string>();
  const { text, tokens } = ctx;
  for (let i = 0; i < tokens.length; i++) {
    if (!QUOTE_CODES.has(text.charCodeAt(tokens[i]!.start - 1))) continue;
    for (let j = i + 1; j < tokens.length && j < i + QUOTED_WORDS; j++) {
      const token = tokens[j]!;
      if (text.slice(tokens[j - 1]!.end, token.start) !== ' ' || !isCapitalized(token.text)) break;
      // "“Buer Loader”" is Buer and its kind word, not a longer name.
      if (cueKind(token.norm)) break;
      if (QUOTE_MARKS.has(text[token.end] ?? '')) found.add(phrase(ctx, i, j + 1));
    }
  }
  return found;
});

const phrase = (ctx: TextContext, from: number, to: number): string =>
  ctx.tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(' ');

/**
 * The end of the longer name the text writes in quotes elsewhere that the name at tokens [from, to)
 * starts, if any.
 */
export function quotedNameEnd(ctx: TextContext, from: number, to: number): number | undefined {
  const names = quotedNames(ctx);
  if (names.size === 0) return undefined;
  for (let end = to + 1; end <= from + QUOTED_WORDS && end <= ctx.tokens.length; end++) {
    if (ctx.text.slice(ctx.tokens[end - 2]!.end, ctx.tokens[end - 1]!.start) !== ' ')
      return undefined;
    if (names.has(phrase(ctx, from, end))) return end;
  }
  return undefined;
}
