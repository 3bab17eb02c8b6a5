/**
 * ARCHITECTURE.md rule 6 ("a marking is never lowered by omission") for everything a report derives,
 * not only the report: indicators, relationships and the objects Vigil authors have deterministic ids,
 * so an unmarked report naming the same domain as an AMBER one derives the same indicator. Its new
 * version keeps the stored, more restrictive TLP unless --downgrade-tlp says the analyst means to lower
 * it; otherwise `export --max-tlp clear` would hand out what an AMBER report gave.
 */
import { tlpLevel, tlpLevelOf, tlpRank, type StixObject } from '@vigil/core';
import type { Repository } from '@vigil/store';

type MarkingRefs = NonNullable<StixObject['object_marking_refs']>;

const markingRefs = (object: StixObject): MarkingRefs => object.object_marking_refs ?? [];

/** `object` with the stored version's TLP when that is more restrictive; its other markings kept. */
export function keepHigherMarking(object: StixObject, stored: StixObject | undefined): StixObject {
  if (!stored) return object;
  const was = tlpLevel(markingRefs(stored));
  const given = tlpLevel(markingRefs(object));
  if (!was || (given && tlpRank(given) >= tlpRank(was))) return object;
  const refs = [
    ...markingRefs(object).filter((ref) => !tlpLevelOf(ref)),
    ...markingRefs(stored).filter((ref) => tlpLevelOf(ref)),
  ];
  return { ...object, object_marking_refs: refs };
}

/** keepHigherMarking over a reading's objects, each against what the store holds under its id. */
export async function keepStoredMarkings(
  repo: Repository,
  objects: readonly StixObject[],
): Promise<StixObject[]> {
  return Promise.all(objects.map(async (o) => keepHigherMarking(o, await repo.get(o.id))));
}
