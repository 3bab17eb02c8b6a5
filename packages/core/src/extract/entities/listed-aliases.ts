/**
 * Names a report lists as another name of a group it has just named ("APT40—aka FEVERDREAM, GreenCrash",
 * "TA4321 is also known as Quillfish"): when the knowledge does not hold them, they are mentions of that
 * group in this report, not new groups of their own. Names the knowledge holds keep its reading: a report's
 * "aka" does not merge two groups the knowledge keeps apart.
 */
import type { DiscoveredName } from './discover-names.ts';
import type { Hit } from './hits.ts';
import { aliasListedOf, type FoundKind } from './named-as.ts';
import type { TextContext } from './text-context.ts';

/** The hit for a listed alias: the named group's own reading, at the alias's tokens. */
export function listedAliasHit(
  ctx: TextContext,
  hitAt: HitAt,
  found: DiscoveredName,
): Hit | undefined {
  const k = found.aliasOf;
  if (k === undefined) return undefined;
  const named = hitAt(k);
  const { from, to } = found;
  if (named?.kind === 'scheme') return { ...named, from, to };
  return named?.kind === 'alias' ? asMentionOf(ctx, named, from, to) : undefined;
}

/**
 * Vendor-scheme names named as another name of a known group ("MuddyWater, also known as Static Kitten,
 * UNC3313, or MERCURY"; "TA3546, also known as FIN7"): the report says they are that group, so every
 * mention of the scheme name is, the first group listed winning.
 */
export function withListedSchemeAliases(
  ctx: TextContext,
  hits: readonly Hit[],
  hitAt: HitAt,
  foundKind: FoundKind,
): Hit[] {
  const groupOf = new Map<string, AliasHit>();
  const pair = (scheme: Hit, known: Hit): void => {
    if (scheme.kind !== 'scheme' || known.kind !== 'alias') return;
    if (known.decision.value.entry.type !== 'intrusion-set' || groupOf.has(scheme.name)) return;
    groupOf.set(scheme.name, known);
  };
  for (const hit of hits) {
    if (hit.kind !== 'scheme' && hit.kind !== 'alias') continue;
    const k = aliasListedOf(ctx, hit.from, foundKind);
    const named = k === undefined ? undefined : hitAt(k);
    if (!named) continue;
    pair(hit, named);
    pair(named, hit);
  }
  if (groupOf.size === 0) return [...hits];
  return hits.map((hit) => {
    const known = hit.kind === 'scheme' ? groupOf.get(hit.name) : undefined;
    return known ? asMentionOf(ctx, known, hit.from, hit.to) : hit;
  });
}

type AliasHit = Extract<Hit, { kind: 'alias' }>;

/** The hit that covers token k, if any (find-hits.ts keeps the index: no search per question). */
export type HitAt = (k: number) => Hit | undefined;

/** The known group's reading, at other tokens that the report gives as its name. */
function asMentionOf(ctx: TextContext, named: AliasHit, from: number, to: number): Hit {
  const written = ctx.tokens.slice(from, to).map((t) => t.text);
  const value = { ...named.decision.value, alias: ctx.mention(from, to).text, written };
  return { from, to, kind: 'alias', decision: { ...named.decision, value, via: 'report-alias' } };
}
