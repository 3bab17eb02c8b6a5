/** `vigil store info|migrate`: which engine and schema the store has, and what it holds. */
import { createHash } from 'node:crypto';
import type { Command } from 'commander';
import type { StoreInfo } from '@vigil/store';
import { redactStoreUrl } from '@vigil/store';
import { EXIT_OK } from '../exit-codes.ts';
import { dbOption, storeUrl, withStore } from '../store-context.ts';

/** Longer meta values (digests, conflict lists) are data for tools: `--json` has them in full. */
const MAX_SHOWN_META = 200;

function shownMeta(value: string): string {
  if (value.length <= MAX_SHOWN_META) return value;
  const digest = createHash('sha256').update(value).digest('hex').slice(0, 16);
  return `(${value.length} characters, sha256 ${digest}…; --json shows it)`;
}

function printInfo(
  url: string,
  info: StoreInfo,
  meta: Readonly<Record<string, string>>,
  json: boolean,
): void {
  const location = redactStoreUrl(url);
  if (json) {
    process.stdout.write(`${JSON.stringify({ location, ...info, meta })}\n`);
    return;
  }
  const counts = Object.entries(info.countsByType);
  const total = counts.reduce((sum, [, n]) => sum + n, 0);
  const width = Math.max(4, ...counts.map(([type]) => type.length));
  const lines = [
    `store:    ${location}`,
    `engine:   ${info.engine}`,
    `schema:   version ${info.schemaVersion}`,
    `objects:  ${total} (${info.versions} versions)`,
    ...counts.map(([type, n]) => `  ${type.padEnd(width)}  ${String(n).padStart(7)}`),
    // Knowledge versions and other facts importers record (e.g. attack.version).
    ...Object.entries(meta).map(([key, value]) => `${`${key}:`.padEnd(9)} ${shownMeta(value)}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

export function registerStore(program: Command): void {
  const store = program
    .command('store')
    .description('the knowledge store: engine, schema, contents');
  store
    .command('info')
    .description('engine, schema version and object counts by type')
    .option('--json', 'one JSON object on stdout')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withStore(command, async (repo) =>
        printInfo(
          storeUrl(dbOption(command)),
          await repo.info(),
          await repo.meta.all(),
          options.json === true,
        ),
      );
      process.exitCode = EXIT_OK;
    });
  store
    .command('migrate')
    .description(
      'apply pending schema migrations (opening the store does it too) and show the version',
    )
    .option('--json', 'one JSON object on stdout')
    .action(async (options: { json?: boolean }, command: Command) => {
      await withStore(command, async (repo) => {
        const { engine, schemaVersion } = await repo.info();
        process.stdout.write(
          options.json
            ? `${JSON.stringify({ engine, schemaVersion })}\n`
            : `${engine} store at schema version ${schemaVersion}\n`,
        );
      });
      process.exitCode = EXIT_OK;
    });
}
