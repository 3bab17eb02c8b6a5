/**
 * Where a name ends: a dictionary alias that carries the kind of thing it names ("NanoCore RAT",
 * "Taurus Stealer", "Ryuk ransomware") is mentioned by its name alone; the type word says what it is.
 * AnnoCTR's annotators mark the name without the type word in most cases (train+dev: "X RAT", "X Stealer",
 * "X ransomware" without it about four times in five), and so does an analyst quoting a family.
 */
import { isCommonWord } from './common-words.ts';
import { MALWARE_HEADS } from './cue-words.ts';
import { isStaticLexiconName } from './lexicon.ts';
import type { TextContext } from './text-context.ts';
import { isCapitalized } from './tokens.ts';

const TYPE_WORDS: ReadonlySet<string> = new Set([...MALWARE_HEADS, 'logger', 'malware']);

/**
 * Token end of the name within [from, to): `to - 1` when the last word is a type word and what comes before
 * is a name on its own (capitalized, not ordinary words, not a place), else `to`.
 */
export function nameEnd(ctx: TextContext, from: number, to: number): number {
  if (to - from < 2) return to;
  const last = ctx.tokens[to - 1];
  if (!last || !TYPE_WORDS.has(last.norm)) return to;
  const name = ctx.tokens.slice(from, to - 1);
  const norms = name.map((t) => t.norm);
  if (!isCapitalized(name[0]?.text ?? '')) return to;
  if (norms.every((n) => isCommonWord(n)) || isStaticLexiconName(norms)) return to;
  return to - 1;
}

/** Head words that belong to a group's name when the name itself is an ordinary word. */
const GROUP_NAME_HEADS = new Set(['group', 'gang']);

/**
 * "the Cobalt group": an ordinary word is a group's name only together with its head word (the group is
 * "Cobalt Group", as ATT&CK and the report's annotators write it), so the mention takes the head word in.
 */
export function groupNameEnd(ctx: TextContext, to: number): number {
  const last = ctx.tokens[to - 1];
  const next = ctx.tokens[to];
  if (!last || !next || !GROUP_NAME_HEADS.has(next.norm)) return to;
  return ctx.text.slice(last.end, next.start) === ' ' ? to + 1 : to;
}
