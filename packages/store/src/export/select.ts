/**
 * What an export contains: everything, some types, one report with the objects it refers to, or one
 * intrusion set with its relationships and the objects at their other ends (what it uses, targets, is
 * attributed to). Latest versions only. The selection is then closed over `created_by_ref` and marking
 * references found in the store, so the bundle carries the identities and marking definitions it cites.
 */
import { CoreError, isStixId } from '@vigil/core';
import type { StixObject } from '@vigil/core';
import type { Repository } from '../repository.ts';
import { allPages } from '../all-pages.ts';

export interface Selection {
  readonly types?: readonly string[];
  /** A report id: the report and its `object_refs`. */
  readonly report?: string;
  /** An intrusion-set id or name/alias. */
  readonly intrusionSet?: string;
}

const PAGE = 5000;

/** Latest versions of `ids` that are in the store (revoked included), in pages. */
export async function fetchIds(repo: Repository, ids: readonly string[]): Promise<StixObject[]> {
  const out: StixObject[] = [];
  for (let start = 0; start < ids.length; start += PAGE) {
    const slice = ids.slice(start, start + PAGE);
    out.push(
      ...(await allPages((after) =>
        repo.query({ ids: slice, includeRevoked: true, limit: PAGE, after }),
      )),
    );
  }
  return out;
}

async function all(repo: Repository, types?: readonly string[]): Promise<StixObject[]> {
  return allPages((after) => repo.query({ types, includeRevoked: true, limit: PAGE, after }));
}

async function reportSelection(repo: Repository, id: string): Promise<StixObject[]> {
  const report = await repo.get(id);
  if (!report || report.type !== 'report') {
    throw new CoreError('invalid_input', `no report with id ${id} in the store`, { id });
  }
  const refs = Array.isArray(report.object_refs) ? (report.object_refs as string[]) : [];
  return [report, ...(await fetchIds(repo, refs))];
}

/** Resolves an intrusion set by id, or by name/alias preferring one that is not revoked. */
export async function resolveIntrusionSet(repo: Repository, nameOrId: string): Promise<StixObject> {
  if (isStixId(nameOrId)) {
    const found = await repo.get(nameOrId);
    if (found?.type === 'intrusion-set') return found;
    throw new CoreError('invalid_input', `no intrusion-set with id ${nameOrId} in the store`);
  }
  const hits = await repo.lookupAlias(nameOrId, ['intrusion-set']);
  const live = hits.filter((h) => !h.revoked);
  const candidates = [...new Set((live.length > 0 ? live : hits).map((h) => h.objectId))];
  if (candidates.length === 0) {
    throw new CoreError('invalid_input', `no intrusion-set named "${nameOrId}" in the store`);
  }
  if (candidates.length > 1) {
    throw new CoreError(
      'invalid_input',
      `"${nameOrId}" names ${candidates.length} intrusion sets (${candidates.join(', ')}); pass an id`,
      { candidates },
    );
  }
  return (await repo.get(candidates[0]!))!;
}

async function intrusionSetSelection(repo: Repository, nameOrId: string): Promise<StixObject[]> {
  const set = await resolveIntrusionSet(repo, nameOrId);
  const relationshipsOn = (side: 'sourceRef' | 'targetRef') =>
    allPages((after) => repo.relationships({ [side]: set.id, limit: PAGE, after }));
  const relationships = [
    ...(await relationshipsOn('sourceRef')),
    ...(await relationshipsOn('targetRef')),
  ];
  const ends = relationships.flatMap((r) => [r.source_ref, r.target_ref]) as string[];
  const others = [...new Set(ends)].filter((id) => id !== set.id);
  return [set, ...relationships, ...(await fetchIds(repo, others))];
}

/** The selected objects plus the identities and marking definitions they cite (by id, no repeats). */
export async function selectObjects(repo: Repository, selection: Selection): Promise<StixObject[]> {
  let chosen: StixObject[];
  if (selection.report) chosen = await reportSelection(repo, selection.report);
  else if (selection.intrusionSet)
    chosen = await intrusionSetSelection(repo, selection.intrusionSet);
  else chosen = await all(repo, selection.types);
  if ((selection.report || selection.intrusionSet) && selection.types) {
    const types = new Set(selection.types);
    chosen = chosen.filter((o) => types.has(o.type));
  }
  const byId = new Map(chosen.map((o) => [o.id as string, o]));
  const cited = new Set<string>();
  for (const object of byId.values()) {
    if (object.created_by_ref) cited.add(object.created_by_ref);
    for (const ref of object.object_marking_refs ?? []) cited.add(ref);
    const granular = object.granular_markings;
    if (Array.isArray(granular)) {
      for (const g of granular as { marking_ref?: unknown }[]) {
        if (typeof g?.marking_ref === 'string') cited.add(g.marking_ref);
      }
    }
  }
  const missing = [...cited].filter((id) => !byId.has(id));
  for (const object of await fetchIds(repo, missing)) byId.set(object.id, object);
  return [...byId.values()];
}
