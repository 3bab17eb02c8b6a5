/**
 * One report, one sense of a short name: where the report writes a name in full with its kind word ("the
 * Winnti Group", "Gh0st RAT", "Taurus Stealer"), its bare short name read as the same kind of thing is that
 * entry too, even when the knowledge gives the short name to another entry (MISP lists "Winnti" under
 * APT41; its tool galaxy has a "gh0st" apart from ATT&CK's gh0st RAT). Reports shorten the name they
 * introduced; they do not switch to another vendor's group or family mid-text.
 */
import type { KnowledgeType } from '../../knowledge/entry.ts';
import type { Hit } from './hits.ts';
import { GROUP_SUFFIXES, GROUP_TYPES } from './knowledge-index.ts';
import { nameEnd } from './name-span.ts';
import type { TextContext } from './text-context.ts';

type AliasHit = Extract<Hit, { kind: 'alias' }>;

/** A kind of name: the entry types it covers, and the words [from, to) of a hit's short name, if full. */
interface NameKind {
  readonly types: ReadonlySet<KnowledgeType>;
  readonly shortEnd: (ctx: TextContext, hit: AliasHit) => number | undefined;
}

const KINDS: readonly NameKind[] = [
  {
    types: GROUP_TYPES,
    shortEnd: (ctx, hit) => {
      const last = ctx.tokens[hit.to - 1];
      return hit.to - hit.from >= 2 && last && GROUP_SUFFIXES.has(last.norm)
        ? hit.to - 1
        : undefined;
    },
  },
  {
    types: new Set<KnowledgeType>(['malware', 'tool']),
    // The kind word a mention leaves out ("Gh0st RAT" is mentioned as "Gh0st").
    shortEnd: (ctx, hit) => {
      const end = nameEnd(ctx, hit.from, hit.to);
      return end < hit.to ? end : undefined;
    },
  },
];

const typeOf = (hit: Hit): KnowledgeType | undefined =>
  hit.kind === 'alias'
    ? hit.decision.value.entry.type
    : hit.kind === 'discovered'
      ? hit.type
      : undefined;

const kindOf = (hit: Hit): NameKind | undefined => {
  const type = typeOf(hit);
  return type && KINDS.find((k) => k.types.has(type));
};

/** Short name (kind index and normalized words) -> the hit naming it in full; undefined when two do. */
function fullNamesInText(
  ctx: TextContext,
  hits: readonly Hit[],
): Map<string, AliasHit | undefined> {
  const byShort = new Map<string, AliasHit | undefined>();
  for (const hit of hits) {
    const kind = kindOf(hit);
    if (!kind || hit.kind !== 'alias') continue;
    const end = kind.shortEnd(ctx, hit);
    if (end === undefined) continue;
    const short = shortKey(ctx, kind, hit.from, end);
    const known = byShort.get(short);
    if (!byShort.has(short)) byShort.set(short, hit);
    else if (known && known.decision.value.entry.id !== hit.decision.value.entry.id) {
      byShort.set(short, undefined);
    }
  }
  return byShort;
}

const shortKey = (ctx: TextContext, kind: NameKind, from: number, to: number): string =>
  `${KINDS.indexOf(kind)} ${ctx.tokens
    .slice(from, to)
    .map((t) => t.norm)
    .join(' ')}`;

/** The hits, with readings of a short name moved to the entry the report names in full with it. */
export function withDocumentFullNames(ctx: TextContext, hits: readonly Hit[]): Hit[] {
  const fullNames = fullNamesInText(ctx, hits);
  if (fullNames.size === 0) return [...hits];
  return hits.map((hit) => {
    const kind = kindOf(hit);
    const full = kind && fullNames.get(shortKey(ctx, kind, hit.from, hit.to));
    if (!full) return hit;
    const { entry } = full.decision.value;
    // A name found new ("RedLine" beside "RedLine Stealer") is the full name's entry as it stands.
    const decision = hit.kind === 'alias' ? hit.decision : full.decision;
    if (hit.kind === 'alias' && entry.id === hit.decision.value.entry.id) return hit;
    return {
      from: hit.from,
      to: hit.to,
      kind: 'alias',
      decision: {
        ...decision,
        value: { ...decision.value, entry, shortForm: true },
        candidates: [decision.value, ...decision.candidates].filter((v) => v.entry.id !== entry.id),
        via: 'document-full-name',
      },
    };
  });
}
