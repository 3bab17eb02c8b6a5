/**
 * Companies that tell of an intrusion into their own systems: "Microsoft said on Friday that a Russian
 * state-sponsored group had broken into its corporate email system". A capitalized name alone says nothing
 * of what it names; as the one telling, with "its" systems intruded, it is an organization and the victim
 * (company-victims.ts reads the intrusion). Only at a telling verb, so most texts cost one pass over their
 * tokens.
 */
import { ownSystemsIntruded, TELLING, TELLING_ADVERBS } from './company-victims.ts';
import { distinctName, nameStartBefore } from './described-companies.ts';
import { isEnglishWord } from './english-words.ts';
import { PerWordTest } from './per-word.ts';
import type { TextContext } from './text-context.ts';

const MAX_NAME_WORDS = 3;

/** Token spans [from, to) of names telling of their own systems' intrusion, in text order. */
export function tellingCompanies(
  ctx: TextContext,
  isFree: (i: number) => boolean,
): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  const { tokens } = ctx;
  // Asked of every token, answered once per distinct word.
  const telling = new PerWordTest(({ norm }) => TELLING.has(norm), tokens);
  for (let verb = 0; verb < tokens.length; verb++) {
    if (!telling.get(tokens[verb]!)) continue;
    // "Microsoft later said", "Acme has confirmed"
    const to = TELLING_ADVERBS.has(tokens[verb - 1]?.norm ?? '') ? verb - 1 : verb;
    // "… in the United States, said": a name right before its verb, a space apart.
    if (to === 0 || !ctx.spaceBefore(to)) continue;
    const from = nameStartBefore(ctx, to, MAX_NAME_WORDS, (i) => !isFree(i));
    if (from === to || !distinctName(ctx, from, to)) continue;
    // "Hackers said", "Researchers said": one English word opening the sentence names no one.
    if (to - from === 1 && isEnglishWord(tokens[from]!.norm)) continue;
    if (ownSystemsIntruded(ctx, from, to) !== undefined) found.push({ from, to });
  }
  return found;
}
