/**
 * Names a report lists as another name of a group it has just named ("APT40—aka FEVERDREAM, GreenCrash",
 * "TA4321 is also known as Quillfish"): when the knowledge does not hold them, they are mentions of that
 * group in this report, not new groups of their own. Names the knowledge holds keep its reading: a report's
 * "aka" does not merge two groups the knowledge keeps apart.
 */
import type { DiscoveredName } from './discover-names.ts';
import type { Hit } from './hits.ts';
import type { TextContext } from './text-context.ts';

/** The hit for a listed alias: the named group's own reading, at the alias's tokens. */
export function listedAliasHit(
  ctx: TextContext,
  hits: readonly Hit[],
  found: DiscoveredName,
): Hit | undefined {
  const k = found.aliasOf;
  if (k === undefined) return undefined;
  const named = hits.find((h) => h.from <= k && k < h.to);
  const { from, to } = found;
  if (named?.kind === 'scheme') return { ...named, from, to };
  if (named?.kind !== 'alias') return undefined;
  const written = ctx.tokens.slice(from, to).map((t) => t.text);
  const value = { ...named.decision.value, alias: ctx.mention(from, to).text, written };
  return { from, to, kind: 'alias', decision: { ...named.decision, value, via: 'report-alias' } };
}
