/**
 * Names a text gives to parts of a program: "the ProcessWorm module", "its Kelvo component". A word the
 * text writes between a determiner and such a noun names a part of a family, not a family of its own,
 * wherever it stands ("the ProcessWorm is injected into all running processes").
 */
import { PerWordTest } from './per-word.ts';
import { perText } from './per-text.ts';
import type { TextContext } from './text-context.ts';

// Singular only: "the Telax modules" are the modules of Telax.
const PART_NOUNS: ReadonlySet<string> = new Set(['module', 'component']);

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'its', 'their']);

/** One pass per text: each distinct word asked once whether it is a part noun. */
const partNames = perText((ctx): ReadonlySet<string> => {
  const { tokens, text } = ctx;
  const isPart = new PerWordTest(({ norm }) => PART_NOUNS.has(norm), tokens);
  const parts = new Set<string>();
  for (let i = 2; i < tokens.length; i++) {
    if (!isPart.get(tokens[i]!)) continue;
    const name = tokens[i - 1]!;
    const spaced = text.slice(name.end, tokens[i]!.start) === ' ';
    // "the ProcessWorm module" names a module; "Quasar module to perform remote desktop" is Quasar's.
    if (spaced && DETERMINERS.has(tokens[i - 2]!.norm)) parts.add(name.text);
  }
  return parts;
});

/** Whether the text writes `word`, as written, right before a part noun somewhere. */
export const namesAPart = (ctx: TextContext, word: string): boolean => partNames(ctx).has(word);
