/**
 * Two clusters of one name (ATT&CK's EnvyScout and malpedia's, which share no more than the name and so are never
 * merged on it) are told apart by the text when it names one of them by another, unambiguous name too: "ROOTSAW
 * (a.k.a. EnvyScout)" names malpedia's EnvyScout, whose alias ROOTSAW is, so the contested "EnvyScout" is that
 * one, and the report lists one EnvyScout, not two; the cluster the name was first resolved to stays among its
 * candidates. Only a namesake: an alias one cluster shares with a related one ("Carbanak" of FIN7, "BadRabbit"
 * beside NotPetya) still names its own cluster when the other is named too.
 */
import type { ExtractedEntity } from '../../analysis/types.ts';
import { normalizeName } from '../../stix/ids.ts';

const candidatesOf = (entity: ExtractedEntity): readonly string[] => {
  const candidates = entity.properties?.['candidates'];
  return Array.isArray(candidates) ? (candidates as string[]) : [];
};

export function settledByOtherNames(entities: readonly ExtractedEntity[]): ExtractedEntity[] {
  const settled = new Map<string, ExtractedEntity>();
  for (const e of entities)
    if (e.ref && candidatesOf(e).length === 0 && !settled.has(e.ref)) settled.set(e.ref, e);
  // The contested entity each settled one takes in, by the settled one's key.
  const taken = new Map<string, ExtractedEntity[]>();
  const folded = new Set<ExtractedEntity>();
  for (const contested of entities) {
    if (!contested.ref) continue;
    const named = candidatesOf(contested)
      .map((ref) => settled.get(ref))
      .find(
        (e) =>
          e !== undefined &&
          e.type === contested.type &&
          normalizeName(e.name) === normalizeName(contested.name),
      );
    if (!named) continue;
    folded.add(contested);
    taken.set(named.key, [...(taken.get(named.key) ?? []), contested]);
  }
  if (folded.size === 0) return [...entities];
  return entities.flatMap((entity) => {
    if (folded.has(entity)) return [];
    const others = taken.get(entity.key);
    return others ? [withContested(entity, others)] : [entity];
  });
}

function withContested(
  entity: ExtractedEntity,
  contested: readonly ExtractedEntity[],
): ExtractedEntity {
  const candidates = new Set<string>();
  for (const other of contested)
    for (const ref of [other.ref, ...candidatesOf(other)])
      if (ref && ref !== entity.ref) candidates.add(ref);
  return {
    ...entity,
    properties: { ...entity.properties, candidates: [...candidates] },
    mentions: [...entity.mentions, ...contested.flatMap((e) => e.mentions)].sort(
      (a, b) => a.start - b.start,
    ),
  };
}
