/**
 * The marking floor (core `keepHigherMarking`, ARCHITECTURE.md TLP rule 6) against what the store holds:
 * everything a report derives keeps a stored, more restrictive TLP unless --downgrade-tlp says the
 * analyst means to lower it.
 */
import { keepHigherMarking, type StixObject } from '@vigil/core';
import type { Repository } from '@vigil/store';

/** keepHigherMarking over a reading's objects, each against what the store holds under its id. */
export async function keepStoredMarkings(
  repo: Repository,
  objects: readonly StixObject[],
): Promise<StixObject[]> {
  return Promise.all(objects.map(async (o) => keepHigherMarking(o, await repo.get(o.id))));
}
