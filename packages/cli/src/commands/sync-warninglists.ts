/**
 * `vigil sync warninglists [--dir D]`: checks the MISP warning lists in D (default
 * `$VIGIL_DATA_DIR/misp-warninglists`, layout of MISP/misp-warninglists) and installs them under
 * `$VIGIL_HOME/warninglists`, where extraction finds them to flag likely false positives (reserved
 * ranges, public resolvers, top domains...). Registered as a subcommand of `vigil sync` (sync.ts owns
 * attack/kev); must come after registerSync in commands/index.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { CoreError, createWarningMatcher } from '@vigil/core';
import { readWarningLists } from '@vigil/store';
import { EXIT_OK } from '../exit-codes.ts';
import { warningListsHome } from '../store-context.ts';
import { SYNC_DESCRIPTION } from './sync.ts';

interface Flags {
  readonly dir?: string;
  readonly json?: boolean;
}

export function registerSyncWarninglists(program: Command): void {
  const sync =
    program.commands.find((c) => c.name() === 'sync') ??
    program.command('sync').description(SYNC_DESCRIPTION);
  sync
    .command('warninglists')
    .description('install MISP warning lists (false-positive flags for extracted IOCs)')
    .option(
      '--dir <dir>',
      'MISP warning lists directory (default: $VIGIL_DATA_DIR/misp-warninglists)',
    )
    .option('--json', 'machine-readable summary')
    .action((flags: Flags) => {
      const dataDir = process.env.VIGIL_DATA_DIR;
      if (!flags.dir && !dataDir) {
        // Without either, the lists would be looked for in ./misp-warninglists: say what is needed.
        throw new CoreError(
          'invalid_input',
          'no warning lists to install: pass --dir <folder> (a copy of github.com/MISP/misp-warninglists), or set VIGIL_DATA_DIR to a folder holding misp-warninglists/',
        );
      }
      const source = flags.dir ?? join(dataDir!, 'misp-warninglists');
      const definitions = readWarningLists(source); // validates every list before anything is written
      const matcher = createWarningMatcher(definitions);
      const target = warningListsHome();
      for (const def of definitions) {
        const from = [
          join(source, 'lists', def.key, 'list.json'),
          join(source, def.key, 'list.json'),
        ];
        const text = from.map((p) => tryRead(p)).find((t) => t !== undefined);
        if (text === undefined) continue;
        mkdirSync(join(target, def.key), { recursive: true });
        writeFileSync(join(target, def.key, 'list.json'), text);
      }
      const summary = {
        source,
        target,
        lists: definitions.length,
        entries: definitions.reduce((n, d) => n + d.entries.length, 0),
        notEvaluated: matcher.skipped.map((s) => s.list),
      };
      if (flags.json) console.log(JSON.stringify(summary));
      else {
        console.log(
          `${summary.lists} warning lists (${summary.entries} entries) installed in ${target}`,
        );
        if (summary.notEvaluated.length > 0) {
          console.log(`not evaluated (regex lists): ${summary.notEvaluated.join(', ')}`);
        }
      }
      process.exitCode = EXIT_OK;
    });
}

function tryRead(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
