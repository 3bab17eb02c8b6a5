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
  // Per name as written: its group hits, its malware hits, and the malware hits that vote.
  const tallies = new Map<string, { group: number; code: number; codeVotes: number }>();
  const named: { hit: Hit & { type: string }; key: string }[] = [];
  for (const hit of hits) {
    if (hit.kind !== 'discovered' || !ACTOR_OR_CODE.has(hit.type)) continue;
    const key = ctx.tokens
      .slice(hit.from, hit.to)
      .map((t) => t.text)
      .join(' ');
    named.push({ hit, key });
    const tally = tallies.get(key) ?? { group: 0, code: 0, codeVotes: 0 };
    if (hit.type === 'intrusion-set') tally.group++;
    else {
      tally.code++;
      if (ctx.tokens[hit.to]?.norm !== 'malware') tally.codeVotes++;
    }
    tallies.set(key, tally);
  }
  const losers = new Set<Hit>();
  for (const { hit, key } of named) {
    const tally = tallies.get(key)!;
    if (tally.group === 0 || tally.code === 0) continue;
    if (hit.type === (tally.codeVotes > tally.group ? 'intrusion-set' : 'malware')) losers.add(hit);
  }
  if (losers.size === 0) return hits;
  return [...hits.filter((h) => !losers.has(h)), ...losers];
}

const ACTOR_OR_CODE: ReadonlySet<string> = new Set(['malware', 'intrusion-set']);
