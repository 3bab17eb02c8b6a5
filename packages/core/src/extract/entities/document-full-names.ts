/**
 * One report, one sense of a group's short name: where the report writes a group's full name ("the Winnti
 * Group"), its bare "Winnti" read as a group is that group too, even when the knowledge gives "Winnti" to
 * another group as an alias (MISP lists it under APT41). Reports shorten the name they introduced; they do
 * not switch to another vendor's group mid-text.
 */
import type { Hit } from './hits.ts';
import { GROUP_SUFFIXES, GROUP_TYPES } from './knowledge-index.ts';
import type { TextContext } from './text-context.ts';

type AliasHit = Extract<Hit, { kind: 'alias' }>;

const isGroupHit = (hit: Hit): hit is AliasHit =>
  hit.kind === 'alias' && GROUP_TYPES.has(hit.decision.value.entry.type);

/** Short name (normalized words) -> the group the report names in full with it; undefined when two do. */
function fullNamesInText(
  ctx: TextContext,
  hits: readonly Hit[],
): Map<string, AliasHit | undefined> {
  const byShort = new Map<string, AliasHit | undefined>();
  for (const hit of hits) {
    const last = ctx.tokens[hit.to - 1];
    if (!isGroupHit(hit) || hit.to - hit.from < 2 || !last || !GROUP_SUFFIXES.has(last.norm))
      continue;
    const short = wordsOf(ctx, hit.from, hit.to - 1);
    const known = byShort.get(short);
    if (!byShort.has(short)) byShort.set(short, hit);
    else if (known && known.decision.value.entry.id !== hit.decision.value.entry.id) {
      byShort.set(short, undefined);
    }
  }
  return byShort;
}

const wordsOf = (ctx: TextContext, from: number, to: number): string =>
  ctx.tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(' ');

/** The hits, with group readings of a short name moved to the group the report names in full. */
export function withDocumentFullNames(ctx: TextContext, hits: readonly Hit[]): Hit[] {
  const fullNames = fullNamesInText(ctx, hits);
  if (fullNames.size === 0) return [...hits];
  return hits.map((hit) => {
    if (!isGroupHit(hit)) return hit;
    const full = fullNames.get(wordsOf(ctx, hit.from, hit.to));
    const entry = full?.decision.value.entry;
    if (!entry || entry.id === hit.decision.value.entry.id) return hit;
    const { decision } = hit;
    return {
      ...hit,
      decision: {
        ...decision,
        value: { ...decision.value, entry, shortForm: true },
        candidates: [decision.value, ...decision.candidates].filter((v) => v.entry.id !== entry.id),
        via: 'document-full-name',
      },
    };
  });
}
