/**
 * What an export contains: everything, some types, one report with the objects it refers to, or one
 * intrusion set with its relationships and the objects at their other ends (what it uses, targets, is
 * attributed to). Latest versions only, in id order.
 *
 * The whole store (or a type of it) is not held in memory: it is paged from the store on each read, in
 * the store's id order (byte order on both engines, which is JavaScript string order for STIX ids).
 * A report or an intrusion set is a bounded selection and is read once and kept.
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

/** The chosen objects, readable more than once, and a membership test that reads nothing. */
export interface SelectedObjects {
  /** Latest versions in ascending id order; each call reads afresh. */
  objects(): AsyncIterable<StixObject> | Iterable<StixObject>;
  /** Whether an object with this id would be among `objects()` if the store holds it. */
  has(id: string): boolean;
}

const PAGE = 1000;

export const byId = (a: StixObject, b: StixObject): number =>
  a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

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

/** Every latest version (of some types), paged from the store on each read. */
function storeSelection(repo: Repository, types?: readonly string[]): SelectedObjects {
  const wanted = types ? new Set(types) : undefined;
  return {
    async *objects() {
      let after: string | undefined;
      do {
        const page = await repo.query({ types, includeRevoked: true, limit: PAGE, after });
        yield* page.items;
        after = page.next;
      } while (after);
    },
    has: (id) => !wanted || wanted.has(id.slice(0, id.indexOf('--'))),
  };
}

function keptSelection(chosen: readonly StixObject[]): SelectedObjects {
  const unique = [...new Map(chosen.map((o) => [o.id as string, o])).values()].sort(byId);
  const ids = new Set(unique.map((o) => o.id as string));
  return {
    objects: () => unique,
    has: (id) => ids.has(id),
  };
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

/** The selection, without the identities and marking definitions it cites (the export adds those). */
export async function selectObjects(
  repo: Repository,
  selection: Selection,
): Promise<SelectedObjects> {
  let chosen: StixObject[];
  if (selection.report) chosen = await reportSelection(repo, selection.report);
  else if (selection.intrusionSet)
    chosen = await intrusionSetSelection(repo, selection.intrusionSet);
  else return storeSelection(repo, selection.types);
  if (selection.types) {
    const types = new Set(selection.types);
    chosen = chosen.filter((o) => types.has(o.type));
  }
  return keptSelection(chosen);
}

/** The identities and marking definitions an object cites (`created_by_ref`, markings). */
export function citedRefs(object: StixObject): string[] {
  const cited: string[] = [];
  if (object.created_by_ref) cited.push(object.created_by_ref);
  for (const ref of object.object_marking_refs ?? []) cited.push(ref);
  const granular = object.granular_markings;
  if (Array.isArray(granular)) {
    for (const g of granular as { marking_ref?: unknown }[]) {
      if (typeof g?.marking_ref === 'string') cited.push(g.marking_ref);
    }
  }
  return cited;
}
