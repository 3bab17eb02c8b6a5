/**
 * The stored objects a bundle must carry so that every reference in it resolves: the objects asked for,
 * for a stored report also the objects it lists, then the identities, marking and extension definitions all
 * of those cite (ATT&CK objects carry MITRE's identity and statement marking). STIX consumers import a
 * bundle alone, so a reference to an object left out of it is a dead end.
 */
import type { Repository } from '@vigil/store';
import type { StixObject } from '@vigil/core';

/** `have`: ids the bundle already holds, never fetched again (the set grows with what is found). */
export async function storedClosure(
  repo: Repository,
  ids: readonly string[],
  have: Set<string> = new Set(),
): Promise<StixObject[]> {
  const found: StixObject[] = [];
  const fetch = async (wanted: readonly string[]): Promise<StixObject[]> => {
    const got: StixObject[] = [];
    for (const id of wanted) {
      if (have.has(id)) continue;
      have.add(id);
      const object = await repo.get(id);
      if (object) got.push(object);
    }
    found.push(...got);
    return got;
  };
  const asked = await fetch(ids);
  await fetch(
    asked.flatMap((o) => (o.type === 'report' ? ((o.object_refs as string[]) ?? []) : [])),
  );
  await fetch(
    found.flatMap((o) => [
      ...(o.created_by_ref ? [o.created_by_ref] : []),
      ...(o.object_marking_refs ?? []),
      ...Object.keys(o.extensions ?? {}).filter((k) => k.startsWith('extension-definition--')),
    ]),
  );
  return found;
}
