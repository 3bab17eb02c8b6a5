/**
 * Which kind a new name's bare repeats take when the text finds it both as a group and as malware.
 */
import type { Hit } from './hits.ts';
import type { TextContext } from './text-context.ts';

/**
 * Hits in text order, except that a new name found as both a group and malware has the hits of the kind
 * most of its hits give first, so its bare repeats read as that kind. "Transparent Tribe malware", "TeamTNT
 * malware repository": the generic word after a group's name says whose code it is, and is no vote; a
 * family's word ("Agrius wiper") or a group's word ("NetWalker gang") is one; a tie goes to the group.
 */
export function majorityFirst(ctx: TextContext, hits: readonly Hit[]): readonly Hit[] {
  const written = (hit: Hit): string =>
    ctx.tokens
      .slice(hit.from, hit.to)
      .map((t) => t.text)
      .join(' ');
  const tallies = new Map<string, { malware: number; group: number; kinds: number }>();
  for (const hit of hits) {
    if (hit.kind !== 'discovered' || !ACTOR_OR_CODE.has(hit.type)) continue;
    const key = written(hit);
    const tally = tallies.get(key) ?? { malware: 0, group: 0, kinds: 0 };
    if (hit.type === 'intrusion-set') tally.group++;
    else if (ctx.tokens[hit.to]?.norm !== 'malware') tally.malware++;
    tally.kinds |= hit.type === 'intrusion-set' ? 1 : 2;
    tallies.set(key, tally);
  }
  const loses = (hit: Hit): boolean => {
    if (hit.kind !== 'discovered' || !ACTOR_OR_CODE.has(hit.type)) return false;
    const tally = tallies.get(written(hit));
    if (tally?.kinds !== 3) return false;
    return hit.type === (tally.malware > tally.group ? 'intrusion-set' : 'malware');
  };
  if (!hits.some(loses)) return hits;
  return [...hits.filter((h) => !loses(h)), ...hits.filter(loses)];
}

const ACTOR_OR_CODE: ReadonlySet<string> = new Set(['malware', 'intrusion-set']);
