/**
 * New versions of objects Vigil itself creates from an outside catalog (KEV): an entry whose content is
 * unchanged keeps its stored `modified` (no new version); a changed one gets a `modified` after the
 * stored one, so it lands as exactly one new version (ARCHITECTURE.md "Versions": only the creator
 * versions an object, and Vigil is the creator here).
 */
import { canonicalJson } from '@vigil/core';
import type { StixObject } from '@vigil/core';
import type { Repository } from '../repository.ts';

const withoutModified = (object: StixObject): string => {
  const { modified: _m, ...rest } = object;
  return canonicalJson(rest);
};

const later = (a: string, b: string): string => (Date.parse(a) >= Date.parse(b) ? a : b);

/**
 * Returns `objects` with `modified` set against the store: the stored value when nothing else changed,
 * otherwise `revisedAt` (or 1 ms after the stored `modified` when that is not later).
 */
export async function reviseAgainstStore(
  repo: Repository,
  objects: readonly StixObject[],
  revisedAt: string,
): Promise<StixObject[]> {
  const stored = new Map<string, StixObject>();
  const PAGE = 500;
  for (let start = 0; start < objects.length; start += PAGE) {
    const ids = objects.slice(start, start + PAGE).map((o) => o.id);
    const page = await repo.query({ ids, includeRevoked: true, limit: PAGE });
    for (const object of page.items) stored.set(object.id, object);
  }
  return objects.map((object) => {
    const previous = stored.get(object.id);
    if (!previous || typeof previous.modified !== 'string') return object;
    if (withoutModified(previous) === withoutModified(object)) {
      return { ...object, modified: previous.modified };
    }
    const bumped = new Date(Date.parse(previous.modified) + 1).toISOString();
    return { ...object, modified: later(revisedAt, bumped) };
  });
}
