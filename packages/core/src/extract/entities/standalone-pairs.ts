/**
 * Two capitalized words a text uses as a name on their own: mid-sentence, outside headings, with no
 * capitalized word or kind word beside them ("linked to Ransom Cartel and", "Ransom Cartel has attacked").
 * A name made of plain words ("Ransom Cartel") looks like any capitalized phrase before a kind word; a
 * report that keeps writing it alone, as a subject or an object, uses it as a name.
 */
import { cueKind } from './cue-words.ts';
import { perText } from './per-text.ts';
import type { TextContext } from './text-context.ts';
import { isCapitalized } from './tokens.ts';

/** How often a pair must stand alone before it counts as a name. */
const MIN_STANDALONE = 2;

const pairKey = (first: string, second: string): string => `${first} ${second}`;

/** Whether the words at `first` and `first + 1` stand alone, as a name, at least twice in the text. */
export function standsAloneAsName(ctx: TextContext, first: number): boolean {
  const a = ctx.tokens[first];
  const b = ctx.tokens[first + 1];
  if (!a || !b) return false;
  return (standalonePairs(ctx).get(pairKey(a.norm, b.norm)) ?? 0) >= MIN_STANDALONE;
}

/** One pass over the text: every capitalized pair standing alone mid-sentence, counted. */
const standalonePairs = perText((ctx): ReadonlyMap<string, number> => {
  const { tokens, text } = ctx;
  const counts = new Map<string, number>();
  // A capitalized word right beside the pair (one space apart, "Remote Access Trojan").
  const capitalBeside = (k: number, of: number): boolean => {
    const t = tokens[k];
    const o = tokens[of];
    if (!t || !o || ctx.sentenceOf[k] !== ctx.sentenceOf[of] || !isCapitalized(t.text))
      return false;
    return text.slice(Math.min(t.end, o.end), Math.max(t.start, o.start)) === ' ';
  };
  for (let i = 1; i + 1 < tokens.length; i++) {
    const a = tokens[i]!;
    const b = tokens[i + 1]!;
    if (!isCapitalized(a.text) || !isCapitalized(b.text) || text.slice(a.end, b.start) !== ' ') {
      continue;
    }
    if (ctx.sentenceStart(i) || ctx.titleCase(i) || ctx.shouting(i)) continue;
    if (ctx.sentenceOf[i + 1] !== ctx.sentenceOf[i]) continue;
    // Beside another capitalized word the pair is part of a longer name or a title.
    if (capitalBeside(i - 1, i) || capitalBeside(i + 2, i + 1)) continue;
    if (cueKind(tokens[i + 2]?.norm ?? '')) continue;
    const key = pairKey(a.norm, b.norm);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
});
