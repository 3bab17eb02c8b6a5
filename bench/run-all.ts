/**
 * `npm run bench`: runs every `bench/*.bench.ts` in turn (alphabetical), each in its own process so
 * one bench's memory or failure cannot skew the next, and passes its output through. To add a bench,
 * add a `<name>.bench.ts` file here; nothing to register. Exit status: 1 if any bench failed.
 * Run one: `npx tsx bench/<name>.bench.ts`; filter: `npm run bench -- <substring>`.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2];
const benches = readdirSync(here)
  .filter((file) => file.endsWith('.bench.ts') && (!filter || file.includes(filter)))
  .sort();

let failed = 0;
for (const file of benches) {
  process.stdout.write(`\n== ${file} ==\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, file)], {
    stdio: 'inherit',
    cwd: join(here, '..'),
  });
  if (run.status !== 0) {
    failed++;
    process.stdout.write(`!! ${file} failed (exit ${run.status ?? run.signal})\n`);
  }
}
process.stdout.write(`\n${benches.length - failed}/${benches.length} benches ran\n`);
process.exitCode = failed > 0 ? 1 : 0;
