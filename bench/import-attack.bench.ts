/**
 * ATT&CK import speed: the full Enterprise bundle (24,771 objects, VIGIL_DATA_DIR) into a fresh SQLite
 * store and, when VIGIL_TEST_POSTGRES_URL (or VIGIL_BENCH_POSTGRES_URL) is set, a fresh PostgreSQL
 * database; then a re-import of the same bundle (idempotent: 0 new versions). Prints wall seconds,
 * objects/s and this process's CPU seconds (CPU time is steadier than wall time on a busy machine).
 * Targets (issue 2): < 5 s SQLite, < 20 s PostgreSQL on 2 cores. Peers: OpenCTI users report hours for
 * ~12K objects (opencti#623). Run: `npx tsx bench/import-attack.bench.ts` (or `npm run bench`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openRepository } from '@vigil/store';
import { importAttack } from '../packages/store/src/import/import-attack.ts';
import { dataPath } from '../test-support/data.ts';

const bundle = dataPath('mitre-attack', 'enterprise-attack.json');
if (!bundle) {
  process.stdout.write(
    'import-attack: skipped, needs VIGIL_DATA_DIR/mitre-attack/enterprise-attack.json\n',
  );
  process.exit(0);
}

interface Run {
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly read: number;
  readonly added: number;
}

async function timedImport(url: string): Promise<Run> {
  const repo = await openRepository(url);
  try {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const summary = await importAttack(repo, bundle!);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    return {
      seconds,
      cpuSeconds: (used.user + used.system) / 1e6,
      read: summary.read,
      added: summary.added,
    };
  } finally {
    await repo.close();
  }
}

function line(engine: string, label: string, run: Run): string {
  const rate = Math.round(run.read / run.seconds).toLocaleString('en-US');
  return `${engine.padEnd(10)} ${label.padEnd(9)} ${run.seconds.toFixed(2).padStart(7)} s  ${rate.padStart(8)} objects/s  cpu ${run.cpuSeconds.toFixed(2)} s  (${run.read} read, ${run.added} new versions)`;
}

process.stdout.write(`ATT&CK Enterprise import, ${cpus().length} cores, Node ${process.version}\n`);

const dir = mkdtempSync(join(tmpdir(), 'vigil-bench-'));
try {
  const file = join(dir, 'bench.sqlite');
  process.stdout.write(`${line('sqlite', 'fresh', await timedImport(file))}\n`);
  process.stdout.write(`${line('sqlite', 're-import', await timedImport(file))}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pgUrl = process.env.VIGIL_BENCH_POSTGRES_URL ?? process.env.VIGIL_TEST_POSTGRES_URL;
if (!pgUrl) {
  process.stdout.write('postgres   skipped: set VIGIL_TEST_POSTGRES_URL\n');
} else {
  const name = `vigil_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    process.stdout.write(`${line('postgres', 'fresh', await timedImport(url.toString()))}\n`);
    process.stdout.write(`${line('postgres', 're-import', await timedImport(url.toString()))}\n`);
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
