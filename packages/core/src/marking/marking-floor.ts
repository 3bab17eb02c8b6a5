/**
 * ARCHITECTURE.md TLP rule 6 ("a marking is never lowered by omission") for one object: a new version
 * keeps the stored version's TLP when that is more restrictive. Reports derive objects under
 * deterministic ids (an unmarked report naming the same domain as an AMBER one derives the same
 * indicator), and an imported bundle may carry a newer version without the marking; either would
 * otherwise let `export --max-tlp clear` hand out what an AMBER source gave. Lowering is the analyst's
 * explicit choice (`--downgrade-tlp`), never the callers' default.
 */
import type { StixObject } from '../stix/object.ts';
import { tlpLevel, tlpLevelOf, tlpRank } from './tlp.ts';

type MarkingRefs = NonNullable<StixObject['object_marking_refs']>;

const markingRefs = (object: StixObject): MarkingRefs => object.object_marking_refs ?? [];

/**
 * `object` with the stored version's TLP when that is more restrictive, its other markings kept; the
 * same object (identity) when nothing changes.
 */
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
