/**
 * "infostealers such as VIDAR, LUMMA, REDLINE and RACCOON STEALER": a known family whose name ends in its
 * kind word shares that word with the names listed before it, as a discovered name's head word does
 * (context-names.ts). Each listed name is the known family it names with that kind word ("Lumma Stealer"),
 * else a new name of the known family's type.
 */
import { listedBefore } from './context-names.ts';
import { MALWARE_HEADS } from './cue-words.ts';
import type { Hit } from './hits.ts';
import { knownAs, knownHit, namedWithKind, ofKnownType } from './known-as.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import type { DiscoveredName } from './name-words.ts';
import type { TextContext } from './text-context.ts';

export function listedBeforeKnown(
  ctx: TextContext,
  knowledge: KnowledgeIndex,
  hits: readonly Hit[],
  isTaken: (k: number) => boolean,
): Hit[] {
  const found: Hit[] = [];
  for (const hit of hits) {
    if (hit.kind !== 'alias' || hit.to - hit.from < 2) continue;
    const { type } = hit.decision.value.entry;
    const kind = ctx.tokens[hit.to - 1]!;
    if ((type !== 'malware' && type !== 'tool') || !MALWARE_HEADS.has(kind.norm)) continue;
    // The kind word makes the listed names malware, whatever type the knowledge gives the last one.
    const last: DiscoveredName = { from: hit.from, to: hit.from + 1, type: 'malware' };
    for (const name of listedBefore(ctx, last, isTaken)) {
      found.push(
        withKindWord(ctx, knowledge, name, kind.norm) ??
          knownAs(ctx, knowledge, name) ?? { ...name, kind: 'discovered', via: 'naming-context' },
      );
    }
  }
  return found;
}

/** "LUMMA" in a list of stealers: the family the knowledge names "Lumma Stealer" or "LummaStealer". */
function withKindWord(
  ctx: TextContext,
  knowledge: KnowledgeIndex,
  name: DiscoveredName,
  kind: string,
): Hit | undefined {
  const values = namedWithKind(knowledge, [ctx.tokens[name.from]!.norm, kind]);
  return knownHit(name.from, name.to, ofKnownType(name.type, values));
}
