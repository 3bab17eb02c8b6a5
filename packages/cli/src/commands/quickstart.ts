/**
 * `vigil quickstart` (what `npm start` runs): load public knowledge, read the example report, print its
 * briefing. Each step is the same command a user would type, run as a child process; a step that cannot
 * reach the internet says so and the rest goes on with what is there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { withStore, dbOption } from '../store-context.ts';

const BIN = fileURLToPath(new URL('../../bin/vigil.js', import.meta.url));
const EXAMPLE = fileURLToPath(
  new URL('../../../../examples/reports/parliament-intrusion.txt', import.meta.url),
);

interface QuickstartOptions {
  readonly report?: string;
  readonly refresh?: boolean;
}

function step(
  title: string,
  args: readonly string[],
  db: string | undefined,
  capture = false,
): string | undefined {
  process.stderr.write(`\n== ${title}: vigil ${args.join(' ')}\n`);
  const result = spawnSync(process.execPath, [BIN, ...(db ? ['--db', db] : []), ...args], {
    stdio: ['ignore', capture ? 'pipe' : 'inherit', 'inherit'],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(`   (${title} did not complete; continuing with what the store has)\n`);
    return undefined;
  }
  return capture ? result.stdout : '';
}

export function registerQuickstart(program: Command): void {
  program
    .command('quickstart')
    .description(
      'load public knowledge (ATT&CK, MISP galaxies, KEV, warning lists), analyze the example report and print its briefing',
    )
    .option(
      '--report <file>',
      'the report to read (default: examples/reports/parliament-intrusion.txt)',
    )
    .option('--refresh', 'sync knowledge even when the store already has it')
    .action(async (options: QuickstartOptions, command: Command) => {
      const db = dbOption(command);
      const loaded = await withStore(command, async (repo) => ({
        attack: (await repo.meta.get('attack.latest_modified')) !== undefined,
        galaxy: (await repo.meta.get('misp-galaxy.threat-actor.version')) !== undefined,
        kev: (await repo.meta.get('kev.catalog_version')) !== undefined,
      }));
      if (options.refresh || !loaded.attack) step('MITRE ATT&CK', ['sync', 'attack'], db);
      if (options.refresh || !loaded.galaxy) step('MISP galaxies', ['sync', 'misp-galaxy'], db);
      if (options.refresh || !loaded.kev) step('CISA KEV', ['sync', 'kev'], db);
      step('MISP warning lists', ['sync', 'warninglists'], db);
      const report = options.report ?? EXAMPLE;
      if (!existsSync(report)) throw new Error(`no report at ${report}`);
      const ingested = step(
        'Read the report',
        ['ingest', report, '--quiet', '--source', 'example', '--reliability', 'B'],
        db,
        true,
      );
      const reportId = ingested?.trim().split('\n').pop();
      if (!reportId) throw new Error('the example report could not be read');
      const briefing = step('Briefing', ['brief', reportId], db, true);
      if (briefing === undefined) throw new Error('the briefing could not be written');
      process.stdout.write(briefing);
    });
}
