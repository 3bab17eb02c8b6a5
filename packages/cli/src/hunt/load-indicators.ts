/**
 * Where the indicators come from: a plain IOC list, a STIX bundle, a MISP event, or the store (all
 * active indicators, those of one report, or those that `indicates` one actor/campaign/malware).
 */
import { basename } from 'node:path';
import {
  type IndicatorSpec,
  PackedSpecs,
  type SpecsResult,
  type StixObject,
  specsFromIocList,
  specsFromMisp,
  specsFromStix,
} from '@vigil/core';
import { allPages, type Repository } from '@vigil/store';
import { readOptionFile } from './read-option-file.ts';

export interface IndicatorSource {
  readonly iocs?: string;
  readonly bundle?: string;
  readonly misp?: string;
  readonly report?: string;
  readonly actor?: string;
}

export class SourceError extends Error {
  override readonly name = 'SourceError';
  readonly code = 'invalid_input';
}

async function readJson(option: string, path: string): Promise<unknown> {
  const text = await readOptionFile(option, path);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new SourceError(`${path} is not JSON: ${(error as Error).message}`);
  }
}

export const usesStore = (source: IndicatorSource): boolean =>
  !source.iocs && !source.bundle && !source.misp;

/** Loads the specs from files; store sources go through `fromStore`. */
export async function loadFromFiles(source: IndicatorSource, nowIso: string): Promise<SpecsResult> {
  if (source.iocs)
    return specsFromIocList(await readOptionFile('--iocs', source.iocs), [basename(source.iocs)]);
  if (source.misp) return specsFromMisp(await readJson('--misp', source.misp));
  if (source.bundle) {
    const bundle = (await readJson('--bundle', source.bundle)) as {
      type?: unknown;
      objects?: unknown;
    };
    if (bundle?.type !== 'bundle' || !Array.isArray(bundle.objects)) {
      throw new SourceError(`${source.bundle} is not a STIX bundle (type "bundle" with objects)`);
    }
    return specsFromStix(bundle.objects as StixObject[], nowIso);
  }
  throw new SourceError('no indicator source');
}

/** Every report in the store: the ones listing a hunted indicator name it in its hits' context. */
const allReports = (repo: Repository): Promise<StixObject[]> =>
  allPages((after) => repo.query({ types: ['report'], limit: 1000, ...(after ? { after } : {}) }));

/** Indicators from the store, with the objects that give them context (relationships, reports). */
export async function loadFromStore(
  repo: Repository,
  source: IndicatorSource,
  nowIso: string,
): Promise<SpecsResult> {
  if (source.report) {
    const report = await repo.get(source.report);
    if (!report || report.type !== 'report')
      throw new SourceError(`no report ${source.report} in the store`);
    const refs = Array.isArray(report.object_refs) ? (report.object_refs as string[]) : [];
    const indicators = await allPages((after) =>
      repo.query({ types: ['indicator'], ids: refs, limit: 1000, ...(after ? { after } : {}) }),
    );
    return specsFromStix([report, ...indicators], nowIso);
  }
  if (source.actor) {
    const hits = await repo.lookupAlias(source.actor, [
      'intrusion-set',
      'threat-actor',
      'campaign',
      'malware',
    ]);
    if (hits.length === 0)
      throw new SourceError(`no actor, campaign or malware named ${source.actor} in the store`);
    const objects: StixObject[] = [];
    for (const hit of hits) {
      const target = await repo.get(hit.objectId);
      if (target) objects.push(target);
      const rels = await allPages((after) =>
        repo.relationships({
          targetRef: hit.objectId,
          relationshipType: 'indicates',
          limit: 1000,
          ...(after ? { after } : {}),
        }),
      );
      objects.push(...rels);
      const ids = rels.map((r) => String(r.source_ref));
      if (ids.length > 0) {
        objects.push(
          ...(await allPages((after) =>
            repo.query({ types: ['indicator'], ids, limit: 1000, ...(after ? { after } : {}) }),
          )),
        );
      }
    }
    return specsFromStix(objects, nowIso);
  }
  const indicators = await allPages((after) =>
    repo.query({ types: ['indicator'], limit: 1000, ...(after ? { after } : {}) }),
  );
  const rels = await allPages((after) =>
    repo.relationships({ relationshipType: 'indicates', limit: 1000, ...(after ? { after } : {}) }),
  );
  const targets = await allPages((after) =>
    repo.query({
      ids: [...new Set(rels.map((r) => String(r.target_ref)))],
      limit: 1000,
      ...(after ? { after } : {}),
    }),
  );
  return specsFromStix([...indicators, ...rels, ...targets, ...(await allReports(repo))], nowIso);
}

/** A hunt's indicators, packed (PackedSpecs: the thread that prints holds no object per spec). */
export interface LoadedIndicators {
  readonly specs: PackedSpecs;
  readonly unsupported: SpecsResult['unsupported'];
}

/**
 * Loads the hunt's indicators from its source and packs them; the loaders' arrays of spec objects die
 * when this returns.
 */
export async function loadIndicators(
  repo: Repository | undefined,
  source: IndicatorSource,
  nowIso: string,
): Promise<LoadedIndicators> {
  const loaded = usesStore(source)
    ? await loadFromStore(repo!, source, nowIso)
    : await loadFromFiles(source, nowIso);
  return { specs: PackedSpecs.of(loaded.specs), unsupported: loaded.unsupported };
}

export type { IndicatorSpec };
