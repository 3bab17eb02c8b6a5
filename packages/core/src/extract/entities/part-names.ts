/**
 * Names a text gives to parts of a program: "the ProcessWorm module", "its Kelvo component". A word the
 * text writes between a determiner and such a noun names a part of a family, not a family of its own,
 * wherever it stands ("the ProcessWorm is injected into all running processes").
 */
import { MALWARE_HEADS } from './cue-words.ts';
import { PerWordTest } from './per-word.ts';
import { perText } from './per-text.ts';
import type { TextContext } from './text-context.ts';

// Singular only: "the Telax modules" are the modules of Telax.
const PART_NOUNS: ReadonlySet<string> = new Set(['module', 'component']);

const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'its', 'their']);

/**
 * One pass per text: each distinct word asked once whether it is a part noun or a malware head word. A
 * word the text writes before a malware head word more often than as a part is a family ("the ModPipe
 * backdoor" three times, "this ModPipe module" once); "the ProcessWorm module" and "the ProcessWorm loader"
 * stay a part.
 */
const partNames = perText((ctx): ReadonlySet<string> => {
  const { tokens, text } = ctx;
  const isPart = new PerWordTest(({ norm }) => PART_NOUNS.has(norm), tokens);
  const isHead = new PerWordTest(({ norm }) => MALWARE_HEADS.has(norm), tokens);
  // Per word: times written as a part (+1) and before a malware head word (-1).
  const balance = new Map<string, number>();
  for (let i = 2; i < tokens.length; i++) {
    const part = isPart.get(tokens[i]!);
    if (!part && !isHead.get(tokens[i]!)) continue;
    const name = tokens[i - 1]!;
    if (text.slice(name.end, tokens[i]!.start) !== ' ') continue;
    // "the ProcessWorm module" names a module; "Quasar module to perform remote desktop" is Quasar's.
    if (part && !DETERMINERS.has(tokens[i - 2]!.norm)) continue;
    balance.set(name.text, (balance.get(name.text) ?? 0) + (part ? 1 : -1));
  }
  return new Set([...balance].filter(([, n]) => n >= 0).map(([w]) => w));
});

/** Whether the text writes `word`, as written, right before a part noun somewhere. */
export const namesAPart = (ctx: TextContext, word: string): boolean => partNames(ctx).has(word);
