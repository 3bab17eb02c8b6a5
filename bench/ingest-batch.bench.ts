/**
 * What an analyst waits for when storing a folder of reports: the real `vigil ingest` (a child process,
 * SQLite store holding ATT&CK, the MISP galaxies and the warning lists, loaded from VIGIL_DATA_DIR) over
 * the first N AnnoCTR report texts in one command, and, for the per-command cost, K of them one command
 * each. Wall time, since the command's own start-up, store writes and knowledge loading are the point.
 *   VIGIL_DATA_DIR=../shared/data npx tsx bench/ingest-batch.bench.ts [--reports 100] [--one-by-one 5]
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runVigil } from '../test-support/cli.ts';
import { requiredDataPath } from '../test-support/data.ts';

const { values } = parseArgs({
  options: {
    reports: { type: 'string', default: '100' },
    'one-by-one': { type: 'string', default: '5' },
  },
});
const count = Number(values.reports);
const single = Number(values['one-by-one']);

const textDir = requiredDataPath('annoctr', 'text');
const files = readdirSync(textDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, count)
  .map((f) => join(textDir, f));
const megabytes = files.reduce((sum, f) => sum + statSync(f).size, 0) / 1e6;

const home = mkdtempSync(join(tmpdir(), 'vigil-ingest-bench-'));
const vigil = async (args: string[]): Promise<number> => {
  const started = performance.now();
  const run = await runVigil(args, { env: { VIGIL_HOME: home } });
  if (run.code !== 0) throw new Error(`vigil ${args.slice(0, 2).join(' ')} failed: ${run.stderr}`);
  return (performance.now() - started) / 1000;
};

try {
  await vigil([
    'sync',
    'attack',
    '--file',
    requiredDataPath('mitre-attack', 'enterprise-attack.json'),
  ]);
  await vigil(['sync', 'misp-galaxy', '--dir', requiredDataPath('misp-galaxy')]);
  await vigil(['sync', 'warninglists', '--dir', requiredDataPath('misp-warninglists')]);

  const batch = await vigil(['ingest', '-q', ...files]);
  console.log(
    `vigil ingest, one command: ${files.length} AnnoCTR reports (${megabytes.toFixed(2)} MB) into SQLite with ATT&CK + MISP in ${batch.toFixed(1)} s wall: ${(batch / files.length).toFixed(2)} s per report, ${(megabytes / batch).toFixed(3)} MB/s`,
  );
  // The same reports again: each is already stored, so this is reading and reconciling alone.
  const again = await vigil(['ingest', '-q', ...files.slice(0, single)]);
  let each = 0;
  for (const file of files.slice(0, single)) each += await vigil(['ingest', '-q', file]);
  console.log(
    `  the first ${single} again: ${again.toFixed(1)} s in one command, ${each.toFixed(1)} s as ${single} commands (${(each / single).toFixed(2)} s per command: start-up and knowledge loading)`,
  );
} finally {
  rmSync(home, { recursive: true, force: true });
}
