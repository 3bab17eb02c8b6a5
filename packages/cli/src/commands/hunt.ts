/** `vigil hunt`: sweep logs for indicators (docs/HUNTING.md). Exit status like grep: 0 hits, 1 none, 2 error. */
import type { Command } from 'commander';
import { runHunt, type HuntOptions } from '../hunt/run-hunt.ts';

export function registerHunt(program: Command): void {
  program
    .command('hunt')
    .description(
      'sweep log files, directories or stdin (-) for indicators; exit 0 hits, 1 none, 2 error',
    )
    .argument(
      '<paths...>',
      'log files, directories (recursive) or - for stdin; .gz read transparently',
    )
    .option('--iocs <file>', 'plain IOC list, one per line (defanged allowed, # comments)')
    .option('--bundle <file>', 'STIX 2.1 bundle: its active indicators')
    .option('--misp <file>', 'MISP event JSON: its network and hash attributes')
    .option('--report <id>', 'store: the indicators of one report')
    .option('--actor <name>', 'store: the indicators that indicate an actor, campaign or malware')
    .option('--json', 'one JSON object per hit on stdout (summary on stderr)')
    .option('--since <time>', 'only hits whose log time is at or after this ISO 8601 time')
    .option('--allowlist <file>', 'IOC list of known-benign values whose hits are suppressed')
    .option('--sightings', 'write STIX sightings of the hit indicators into the store')
    .option('--org <name>', 'organization named in where_sighted_refs (env VIGIL_ORG)')
    .option('--jobs <n>', 'worker threads (default: one per core)')
    .action(async (paths: string[], options: HuntOptions, command: Command) => {
      const global = command.optsWithGlobals<{ db?: string }>();
      process.exitCode = await runHunt(paths, {
        ...options,
        ...(global.db ? { db: global.db } : {}),
      });
    });
}
