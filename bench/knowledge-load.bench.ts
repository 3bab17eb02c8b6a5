/**
 * What every command reading reports pays before the first report: the entity objects read from a SQLite
 * store holding ATT&CK and the MISP galaxies (made here with `vigil sync` from VIGIL_DATA_DIR), their
 * clusters and knowledge entries (or those entries from the store's knowledge cache), the alias index, and
 * the warning lists. Best of N, in one process.
 * `--old <checkout>` also times that checkout's loadEntityObjects on the same store, alternated.
 *   VIGIL_DATA_DIR=../shared/data npx tsx bench/knowledge-load.bench.ts [--runs 8] [--old /tmp/old]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  knowledgeFromObjects,
  prepareKnowledge,
  type KnowledgeEntry,
  type StixObject,
} from '@vigil/core';
import {
  loadDecisions,
  loadEntityObjects,
  loadWarningLists,
  openRepository,
  StoredKnowledge,
} from '@vigil/store';
import { runVigil } from '../test-support/cli.ts';
import { requiredDataPath } from '../test-support/data.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '8' }, old: { type: 'string' } },
});
const runs = Number(values.runs);

const home = mkdtempSync(join(tmpdir(), 'vigil-knowledge-bench-'));
const db = join(home, 'vigil.sqlite');
try {
  for (const args of [
    ['sync', 'attack', '--file', requiredDataPath('mitre-attack', 'enterprise-attack.json')],
    ['sync', 'misp-galaxy', '--dir', requiredDataPath('misp-galaxy')],
  ]) {
    const run = await runVigil(['--db', db, ...args], { env: { VIGIL_HOME: home } });
    if (run.code !== 0) throw new Error(`vigil ${args.join(' ')}: ${run.stderr}`);
  }
  const other = values.old
    ? ((await import(
        pathToFileURL(resolve(values.old, 'packages/store/src/knowledge/load-entities.ts')).href
      )) as { loadEntityObjects: typeof loadEntityObjects })
    : undefined;
  const repo = await openRepository(db);
  const best = new Map<string, number>();
  const time = async (name: string, step: () => unknown): Promise<void> => {
    const started = performance.now();
    await step();
    best.set(name, Math.min(best.get(name) ?? Infinity, performance.now() - started));
  };
  let objects: StixObject[] = [];
  for (let r = 0; r < runs; r++) {
    await time('entity objects read', async () => (objects = await loadEntityObjects(repo)));
    if (other)
      await time(`entity objects read by ${values.old}`, () => other.loadEntityObjects(repo));
    const decisions = await loadDecisions(repo);
    let entries: KnowledgeEntry[] = [];
    await time(
      'clusters and knowledge entries, objects just read',
      () => (entries = knowledgeFromObjects(objects, decisions).entries),
    );
    // After a save in a batch (cli commandSession): the same objects, their facts kept.
    await time(
      'the same again, as after a save',
      () => (entries = knowledgeFromObjects(objects, decisions).entries),
    );
    // What a command pays instead of the three steps above when the store's cache is current.
    await StoredKnowledge.load(repo);
    await time('knowledge entries from the cache', async () =>
      (await StoredKnowledge.load(repo)).entries(),
    );
    await time('alias index', () => prepareKnowledge(entries));
    await time('warning lists', () => loadWarningLists(requiredDataPath('misp-warninglists')));
  }
  await repo.close();
  console.log(`${objects.length} entity objects and resolution relationships, best of ${runs}:`);
  for (const [name, ms] of best) console.log(`  ${name}: ${ms.toFixed(0)} ms`);
} finally {
  rmSync(home, { recursive: true, force: true });
}
