/**
 * `vigil sync misp-galaxy`: MISP galaxy clusters into the store as STIX (core galaxiesToStix), in one
 * transaction; entity clusters are recomputed in it when anything changed (importObjects). Idempotent: an unchanged
 * cluster is not written again (no new version); a changed one becomes exactly one new version, with
 * its stored `created` (ARCHITECTURE.md "Versions": Vigil is the creator of these STIX objects).
 */
import { canonicalJson, danglingRelatedUuids, galaxiesToStix, idUuid } from '@vigil/core';
import type { GalaxyClusterFile, Issue, StixId, StixObject } from '@vigil/core';
import type { Repository } from '../repository.ts';
import { importObjects } from '../import/import-objects.ts';
import type { ImportOptions, ImportSummary } from '../import/import-objects.ts';

export interface GalaxyImportSummary extends ImportSummary {
  readonly galaxies: readonly {
    readonly type: string;
    readonly version?: number;
    readonly clusters: number;
  }[];
  /** Clusters left out by the conversion (unsupported galaxy, duplicate id). */
  readonly skipped: readonly Issue[];
}

const withoutTimes = (object: StixObject): string => {
  const { created: _c, modified: _m, ...rest } = object;
  return canonicalJson(rest);
};

/**
 * Splits converted objects against the store: unchanged ones (skipped, no version), and the rest with
 * `created` kept from the stored version and `modified` after the stored one.
 */
async function revise(
  repo: Repository,
  objects: readonly StixObject[],
  now: string,
): Promise<{ changed: StixObject[]; unchanged: number }> {
  const stored = await storedById(
    repo,
    objects.map((o) => o.id),
  );
  const changed: StixObject[] = [];
  for (const object of objects) {
    const previous = stored.get(object.id);
    if (!previous) {
      changed.push(object);
      continue;
    }
    if (withoutTimes(previous) === withoutTimes(object)) continue;
    const after = Date.parse(String(previous.modified)) + 1;
    const modified =
      Number.isNaN(after) || Date.parse(now) >= after ? now : new Date(after).toISOString();
    changed.push({ ...object, created: previous.created ?? object.created, modified });
  }
  return { changed, unchanged: objects.length - changed.length };
}

/** The stored objects (revoked ones too) among `ids`, by id. */
async function storedById(
  repo: Repository,
  ids: readonly string[],
): Promise<Map<string, StixObject>> {
  const stored = new Map<string, StixObject>();
  const PAGE = 1000;
  for (let start = 0; start < ids.length; start += PAGE) {
    const page = await repo.query({
      ids: ids.slice(start, start + PAGE),
      includeRevoked: true,
      limit: PAGE,
    });
    for (const o of page.items) stored.set(o.id, o);
  }
  return stored;
}

/** The types MISP's mitre-* galaxies mirror from ATT&CK under the same UUID. */
const ATTACK_TYPES = [
  'attack-pattern',
  'malware',
  'tool',
  'intrusion-set',
  'course-of-action',
  'campaign',
];

/**
 * Stored ATT&CK objects that `related` links outside the synced files point at (the tool galaxy's
 * "similar" links name mitre-malware clusters, which are ATT&CK's objects under ATT&CK's UUIDs). ATT&CK
 * synced after the galaxies is linked at the next galaxy sync.
 */
async function attackObjectsByUuid(
  repo: Repository,
  files: readonly GalaxyClusterFile[],
): Promise<Map<string, StixId>> {
  const candidates = danglingRelatedUuids(files).flatMap((uuid) =>
    ATTACK_TYPES.map((type) => `${type}--${uuid}`),
  );
  const held = new Map<string, StixId>();
  for (const id of (await storedById(repo, candidates)).keys()) {
    held.set(idUuid(id), id as StixId);
  }
  return held;
}

export async function importMispGalaxy(
  repo: Repository,
  files: readonly GalaxyClusterFile[],
  now: string,
  options: Pick<ImportOptions, 'onProgress' | 'validate'> = {},
): Promise<GalaxyImportSummary> {
  const conversion = galaxiesToStix(files, now, await attackObjectsByUuid(repo, files));
  return repo.transaction(async (tx) => {
    const { changed, unchanged } = await revise(tx, conversion.objects, now);
    const summary = await importObjects(
      tx,
      changed.map((object, index) => ({ index, object })),
      {
        ...options,
        strict: true,
        beforeCommit: async (inner) => {
          for (const file of files) {
            if (file.version !== undefined) {
              await inner.meta.set(`misp-galaxy.${file.type}.version`, String(file.version));
            }
          }
        },
      },
    );
    return {
      ...summary,
      read: conversion.objects.length,
      unchanged: summary.unchanged + unchanged,
      galaxies: files.map((f) => ({
        type: f.type,
        ...(f.version !== undefined ? { version: f.version } : {}),
        clusters: f.values.length,
      })),
      skipped: conversion.issues,
    };
  });
}
