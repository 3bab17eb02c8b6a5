/**
 * Decides whether a dictionary hit on a knowledge alias is really that actor, malware or tool, and which
 * one when the alias names several. Distinctive names count when their case fits; ordinary words
 * ("Silence", "Page", "Cobalt") need capitals mid-sentence plus a cue word nearby (issue 3 §3).
 */
import type { KnowledgeType } from '../../knowledge/entry.ts';
import type { CueKind } from './cue-words.ts';
import type { AliasValue } from './knowledge-index.ts';
import { caseMatches } from './lexicon.ts';
import type { TextContext } from './text-context.ts';
import { isCapitalized, isAllCaps } from './tokens.ts';

const CUE_TYPES: Readonly<Record<CueKind, readonly KnowledgeType[]>> = {
  group: ['intrusion-set', 'threat-actor'],
  malware: ['malware', 'tool'],
  tool: ['tool', 'malware'],
};

const TYPE_ORDER: readonly KnowledgeType[] = ['intrusion-set', 'malware', 'tool', 'threat-actor'];

export interface AliasDecision {
  readonly value: AliasValue;
  readonly recognition: number;
  readonly via: string;
}

/** Names glued to a path or file name ("mimikatz.exe", "/tmp/Emotet") are file names, not mentions. */
function insideFileName(ctx: TextContext, from: number, to: number): boolean {
  const start = ctx.tokens[from]?.start ?? 0;
  const end = ctx.tokens[to - 1]?.end ?? 0;
  const before = ctx.text[start - 1] ?? ' ';
  const after = ctx.text[end] ?? ' ';
  const afterNext = ctx.text[end + 1] ?? ' ';
  if (before === '/' || before === '\\' || before === '.' || before === '_') return true;
  return (after === '.' && /\p{L}/u.test(afterNext)) || after === '_' || after === '\\';
}

export function recognizeAlias(
  ctx: TextContext,
  from: number,
  to: number,
  values: readonly AliasValue[],
): AliasDecision | undefined {
  const tokens = ctx.tokens.slice(from, to);
  const fitting = values.filter((v) => caseMatches(v.written, tokens));
  if (fitting.length === 0 || insideFileName(ctx, from, to)) return undefined;
  const cues = ctx.cuesNear(from, to);
  const ordinary = fitting.every((v) => v.ordinary);
  if (ordinary) {
    const capitalized = tokens.every((t) => isCapitalized(t.text) || isAllCaps(t.text));
    const adjacentCue = ctx.cuesNear(from, to, 1).size > 0;
    if (!capitalized || cues.size === 0 || ctx.shouting(from)) return undefined;
    if (ctx.sentenceStart(from) && !adjacentCue) return undefined;
  }
  const value = choose(fitting, cues);
  if (!value) return undefined;
  return ordinary
    ? { value, recognition: 70, via: `context:${[...cues][0] ?? 'cue'}` }
    : { value, recognition: 90, via: 'alias' };
}

function choose(values: readonly AliasValue[], cues: ReadonlySet<CueKind>): AliasValue | undefined {
  const wanted = [...cues].flatMap((c) => CUE_TYPES[c]);
  const rank = (v: AliasValue): number => {
    const cueRank = wanted.includes(v.entry.type) ? 0 : 1;
    const primary = v.alias.toLowerCase() === v.entry.name.toLowerCase() ? 0 : 1;
    const typeRank = TYPE_ORDER.indexOf(v.entry.type);
    return cueRank * 100 + primary * 10 + (typeRank < 0 ? 9 : typeRank);
  };
  let best: AliasValue | undefined;
  for (const v of values) if (!best || rank(v) < rank(best)) best = v;
  // With a cue that contradicts every candidate ("Cuba ransomware" vs an actor "Cuba"), the cue wins.
  if (best && wanted.length > 0 && !wanted.includes(best.entry.type) && best.ordinary)
    return undefined;
  return best;
}
