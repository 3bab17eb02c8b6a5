/**
 * Knowledge entries built straight from VIGIL_DATA_DIR (ATT&CK enterprise bundle + MISP galaxies),
 * without a store: the pure path extraction tests use. Built once per process (a few seconds).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  galaxiesToStix,
  idUuid,
  knowledgeFromObjects,
  upgradeToStix21,
  type EntityClustering,
  type GalaxyClusterFile,
  type KnowledgeEntry,
  type StixObject,
} from '@vigil/core';
import { readGalaxyDirectory } from '@vigil/store';
import { dataPath } from './data.ts';

export interface DataKnowledge {
  readonly entries: readonly KnowledgeEntry[];
  readonly clustering: EntityClustering;
  /** Every object the entries were built from (ATT&CK upgraded to 2.1, MISP galaxies converted). */
  readonly objects: readonly StixObject[];
}

/** Fixed so entries are identical run to run (galaxy objects carry it as created/modified). */
export const GALAXY_TIMESTAMP = '2026-01-01T00:00:00.000Z';

let cached: DataKnowledge | undefined;

/** All supported cluster files of a galaxy folder (`<dir>/clusters/*.json`, or `<dir>/*.json`). */
export const readGalaxyFiles = (dir: string): GalaxyClusterFile[] => readGalaxyDirectory(dir);

export function readAttackObjects(file: string): StixObject[] {
  const bundle = JSON.parse(readFileSync(file, 'utf8')) as { objects?: StixObject[] };
  return (bundle.objects ?? []).map((o) => upgradeToStix21(o));
}

/** Throws when VIGIL_DATA_DIR lacks the ATT&CK bundle or the galaxies (use describeWithData first). */
export function loadKnowledgeFromData(): DataKnowledge {
  if (cached) return cached;
  const attack = dataPath('mitre-attack', 'enterprise-attack.json');
  const galaxy = dataPath('misp-galaxy');
  if (!attack || !galaxy) {
    throw new Error(
      'loadKnowledgeFromData needs VIGIL_DATA_DIR with mitre-attack/ and misp-galaxy/',
    );
  }
  const attackObjects = readAttackObjects(attack);
  // As `vigil sync misp-galaxy` after `vigil sync attack`: related links may name ATT&CK's objects.
  const byUuid = new Map(attackObjects.map((o) => [idUuid(o.id), o.id]));
  const objects = [
    ...attackObjects,
    ...galaxiesToStix(readGalaxyFiles(galaxy), GALAXY_TIMESTAMP, byUuid).objects,
  ];
  const { entries, clustering } = knowledgeFromObjects(objects);
  cached = { entries, clustering, objects };
  return cached;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const KNOWLEDGE_SOURCES = ['packages/core/src/knowledge', 'packages/store/src/knowledge'];

/**
 * A store-template key that changes with the knowledge code and the data (ATT&CK bundle, galaxies), so
 * a template built by older code is never reused.
 */
export function knowledgeTemplateKey(prefix: string): string {
  const hash = createHash('sha256');
  for (const dir of KNOWLEDGE_SOURCES) {
    const files = readdirSync(join(ROOT, dir))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort();
    for (const f of files) hash.update(`${dir}/${f}`).update(readFileSync(join(ROOT, dir, f)));
  }
  for (const data of [
    dataPath('mitre-attack', 'enterprise-attack.json'),
    dataPath('misp-galaxy'),
  ]) {
    if (data) hash.update(`${data}:${statSync(data).mtimeMs}`);
  }
  return `${prefix}_${hash.digest('hex').slice(0, 12)}`;
}
