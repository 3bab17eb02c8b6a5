/**
 * Imports a stream of STIX objects into the store in ONE transaction (a failure or a kill leaves the
 * store as it was), in batches so memory stays bounded. On the way in each object is upgraded to 2.1,
 * validated, checked for duplicate ids with different content, and its references are collected; at the
 * end references that resolve neither in the input nor in the store are reported (or, strict, fatal).
 * When the import wrote entity knowledge (new groups, software, aliases, revocations), entity clusters
 * are recomputed in the same transaction, so every sync and import leaves resolution up to date.
 */
import {
  CoreError,
  canonicalJson,
  keepHigherMarking,
  upgradeToStix21,
  validateObject,
} from '@vigil/core';
import type { Issue, Result, StixObject } from '@vigil/core';
import type { Repository, VersionKey } from '../repository.ts';
import { affectsEntityClusters } from '../knowledge/load-entities.ts';
import { recomputeEntityClusters, type RecomputeSummary } from '../knowledge/recompute-clusters.ts';
import type { BundleContainer, BundleEntry } from './bundle-reader.ts';
import { PREDEFINED_MARKINGS, referencesOf } from './refs.ts';

export type ObjectValidator = (object: unknown, path: string) => Result<StixObject>;

export interface ImportOptions {
  /** Reject dangling references and store conflicts instead of reporting them. */
  readonly strict?: boolean;
  /** Validates each (already upgraded) object; defaults to core's full STIX 2.1 `validateObject`. */
  readonly validate?: ObjectValidator;
  /** Called after each batch with the number of objects read so far. */
  readonly onProgress?: (objectsRead: number) => void;
  /** Objects per `put` inside the transaction. */
  readonly batchSize?: number;
  /** Sees every accepted (upgraded) object, e.g. to find the ATT&CK release. */
  readonly onObject?: (object: StixObject) => void;
  /** Runs inside the transaction after the last write (e.g. to record knowledge versions in meta). */
  readonly beforeCommit?: (tx: Repository, summary: ImportSummary) => Promise<void>;
  /**
   * Let a newer version lower the stored TLP. Without it (the default) a version that would become
   * the latest with a lower or no TLP keeps the stored one (ARCHITECTURE.md TLP rule 6).
   */
  readonly downgradeTlp?: boolean;
}

export interface DanglingRef {
  /** Index of the first object that points at `ref`. */
  readonly index: number;
  readonly id: string;
  readonly property: string;
  readonly ref: string;
}

export interface ImportSummary {
  readonly read: number;
  /** New versions written. */
  readonly added: number;
  /** Versions already stored with identical content. */
  readonly unchanged: number;
  /** Objects upgraded from STIX 2.0. */
  readonly upgraded: number;
  /** (id, modified) already stored with different content: kept as stored (ARCHITECTURE.md "Versions"). */
  readonly conflicts: readonly VersionKey[];
  readonly danglingRefs: readonly DanglingRef[];
  /** Validation warnings (e.g. unknown properties kept as given). */
  readonly warnings: readonly Issue[];
  readonly byType: Readonly<Record<string, number>>;
  /** Entity clusters after the import; absent when no entity knowledge changed (clusters untouched). */
  readonly clustering?: RecomputeSummary;
  /** What the input held the objects in (set by file and stream imports). */
  readonly container?: BundleContainer;
  /**
   * Versions that would have lowered their object's stored TLP and were written with it instead (at
   * most MAX_LISTED listed); `markingsKeptCount` counts them all.
   */
  readonly markingsKept: readonly VersionKey[];
  readonly markingsKeptCount: number;
}

const DEFAULT_BATCH = 1000;
/** Warnings beyond this are counted, not listed: a hostile file cannot grow the summary without bound. */
const MAX_LISTED = 1000;
/** The store's page limit for one query. */
const MAX_IDS_PER_QUERY = 10_000;

const defaultValidate: ObjectValidator = (object, path) => validateObject(object, { path });

/** A repeated (id, modified) in one input must carry the content written for its first occurrence. */
async function assertSameAsWritten(
  tx: Repository,
  object: StixObject,
  index: number,
  firstIndex: number,
): Promise<void> {
  const written = (await tx.versions(object.id)).find((v) => v.modified === object.modified);
  if (written && canonicalJson(written) === canonicalJson(object)) return;
  const version = object.modified ? ` (modified ${object.modified})` : '';
  throw new CoreError(
    'invalid_input',
    `objects[${index}] repeats id ${object.id}${version} of objects[${firstIndex}] with different content`,
    { index, id: object.id, firstIndex },
  );
}

/** Latest stored version of each of `ids` that the store holds (one query per page of ids). */
async function storedLatest(
  tx: Repository,
  ids: readonly string[],
): Promise<Map<string, StixObject>> {
  const latest = new Map<string, StixObject>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += MAX_IDS_PER_QUERY) {
    const page = unique.slice(i, i + MAX_IDS_PER_QUERY);
    const found = await tx.query({ ids: page, includeRevoked: true, limit: page.length });
    for (const object of found.items) latest.set(object.id, object);
  }
  return latest;
}

function invalid(index: number, issues: readonly Issue[]): CoreError {
  const first = issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`);
  const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
  return new CoreError(
    'invalid_stix',
    `objects[${index}] is not valid STIX 2.1: ${first.join('; ')}${more}`,
    {
      index,
      issues,
    },
  );
}

/** Reads, checks and writes every entry inside one transaction of `repo`; returns what happened. */
export async function importObjects(
  repo: Repository,
  entries: AsyncIterable<BundleEntry> | Iterable<BundleEntry>,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const validate = options.validate ?? defaultValidate;
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  return repo.transaction(async (tx) => {
    const seen = new Map<string, number>();
    const ids = new Set<string>();
    const pending = new Map<string, DanglingRef>();
    const byType: Record<string, number> = {};
    const warnings: Issue[] = [];
    const conflicts: VersionKey[] = [];
    let batch: StixObject[] = [];
    let batchHasEntities = false;
    let entitiesChanged = false;
    let read = 0;
    let added = 0;
    let unchanged = 0;
    let upgraded = 0;
    const markingsKept: VersionKey[] = [];
    let markingsKeptCount = 0;

    /** The batch with each stored latest version's more restrictive TLP kept (see `downgradeTlp`). */
    const floored = async (objects: StixObject[]): Promise<StixObject[]> => {
      if (options.downgradeTlp) return objects;
      const latest = await storedLatest(
        tx,
        objects.map((o) => o.id),
      );
      return objects.map((object) => {
        const stored = latest.get(object.id);
        // An older version than the stored latest one changes no export decision: kept as given.
        if (!stored || (object.modified ?? '') < (stored.modified ?? '')) return object;
        const kept = keepHigherMarking(object, stored);
        if (kept !== object) {
          markingsKeptCount++;
          if (markingsKept.length < MAX_LISTED)
            markingsKept.push({
              id: object.id,
              ...(object.modified ? { modified: object.modified } : {}),
            });
        }
        return kept;
      });
    };

    const flush = async () => {
      if (batch.length === 0) return;
      const result = await tx.put(await floored(batch));
      added += result.added;
      unchanged += result.unchanged;
      conflicts.push(...result.conflicts);
      if (batchHasEntities && result.added > 0) entitiesChanged = true;
      batch = [];
      batchHasEntities = false;
      options.onProgress?.(read);
    };

    for await (const { index, object: raw } of entries) {
      read++;
      const path = `objects[${index}]`;
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        throw invalid(index, [{ code: 'not_object', path, message: 'not a JSON object' }]);
      }
      const object = upgradeToStix21(raw) as StixObject;
      if (object !== raw) upgraded++;
      const checked = validate(object, path);
      if (!checked.ok) throw invalid(index, checked.issues);
      if (checked.issues && warnings.length < MAX_LISTED) warnings.push(...checked.issues);

      // Same (id, modified) twice in one input must be the same content (ARCHITECTURE.md "Versions").
      // Repeats are rare, so instead of hashing every object the repeat is compared with what was written.
      const versionKey = `${object.id}\u0000${object.modified ?? ''}`;
      const firstIndex = seen.get(versionKey);
      if (firstIndex !== undefined) {
        await flush();
        await assertSameAsWritten(tx, object, index, firstIndex);
        continue;
      }
      seen.set(versionKey, index);
      ids.add(object.id);
      pending.delete(object.id);
      for (const { property, ref } of referencesOf(object)) {
        if (ids.has(ref) || pending.has(ref) || PREDEFINED_MARKINGS.has(ref)) continue;
        pending.set(ref, { index, id: object.id, property, ref });
      }
      byType[object.type] = (byType[object.type] ?? 0) + 1;
      options.onObject?.(object);
      batch.push(object);
      if (affectsEntityClusters(object)) batchHasEntities = true;
      if (batch.length >= batchSize) await flush();
    }
    await flush();

    const danglingRefs = await unresolved(tx, pending, ids);
    if (options.strict && danglingRefs.length > 0) {
      const first = danglingRefs[0]!;
      throw new CoreError(
        'unresolved_ref',
        `${danglingRefs.length} dangling reference(s), first: objects[${first.index}] (${first.id}) ${first.property} → ${first.ref}, found neither in the input nor in the store (--strict)`,
        { danglingRefs: danglingRefs.slice(0, MAX_LISTED) },
      );
    }
    if (options.strict && conflicts.length > 0) {
      const first = conflicts[0]!;
      throw new CoreError(
        'invalid_input',
        `${conflicts.length} object version(s) already stored with different content, first: ${first.id} modified ${first.modified ?? '(none)'} (--strict)`,
        { conflicts: conflicts.slice(0, MAX_LISTED) },
      );
    }
    const clustering = entitiesChanged ? await recomputeEntityClusters(tx) : undefined;
    const summary: ImportSummary = {
      ...(clustering ? { clustering } : {}),
      read,
      added,
      unchanged,
      upgraded,
      conflicts: conflicts.slice(0, MAX_LISTED),
      danglingRefs: danglingRefs.slice(0, MAX_LISTED),
      warnings,
      byType,
      markingsKept,
      markingsKeptCount,
    };
    await options.beforeCommit?.(tx, summary);
    return summary;
  });
}

/** Pending references not in the input, looked up in the store in pages. */
async function unresolved(
  tx: Repository,
  pending: ReadonlyMap<string, DanglingRef>,
  ids: ReadonlySet<string>,
): Promise<DanglingRef[]> {
  const candidates = [...pending.values()].filter((d) => !ids.has(d.ref));
  const found = new Set<string>();
  const PAGE = 500;
  for (let start = 0; start < candidates.length; start += PAGE) {
    const refs = candidates.slice(start, start + PAGE).map((d) => d.ref);
    const page = await tx.query({ ids: refs, includeRevoked: true, limit: PAGE });
    for (const object of page.items) found.add(object.id);
  }
  return candidates.filter((d) => !found.has(d.ref)).sort((a, b) => a.index - b.index);
}
