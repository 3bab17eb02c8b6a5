/** `vigil export`: the store, or part of it, as one STIX 2.1 bundle; byte-identical when nothing changed. */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CoreError } from '@vigil/core';
import { exportBundle, parseMaxTlp } from '@vigil/store';
import { EXIT_NONE, EXIT_OK } from '../exit-codes.ts';
import { withStore } from '../store-context.ts';

interface ExportFlags {
  readonly type?: string[];
  readonly report?: string;
  readonly intrusionSet?: string;
  readonly maxTlp: string;
  readonly out?: string;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description(
      'write the store, or a filtered part, as one STIX 2.1 bundle (never above --max-tlp)',
    )
    .option('--type <type...>', 'only these STIX types')
    .option('--report <id>', 'one report and the objects it refers to')
    .option(
      '--intrusion-set <name|id>',
      'one intrusion set, its relationships and what they point at',
    )
    .option(
      '--max-tlp <level>',
      'clear|green|amber|amber+strict|red: withhold anything marked above',
      'amber',
    )
    .option('--out <file>', 'write the bundle here instead of stdout')
    .action(async (flags: ExportFlags, command: Command) => {
      const maxTlp = parseMaxTlp(flags.maxTlp);
      if (!maxTlp) {
        throw new CoreError(
          'invalid_input',
          `--max-tlp: "${flags.maxTlp}" is not clear, green, amber, amber+strict or red`,
        );
      }
      if (flags.report && flags.intrusionSet) {
        throw new CoreError('invalid_input', '--report and --intrusion-set cannot be combined');
      }
      const result = await withStore(command, (repo) =>
        exportBundle(repo, {
          maxTlp,
          ...(flags.type ? { types: flags.type } : {}),
          ...(flags.report ? { report: flags.report } : {}),
          ...(flags.intrusionSet ? { intrusionSet: flags.intrusionSet } : {}),
        }),
      );
      if (flags.out) writeFileSync(flags.out, result.text);
      else process.stdout.write(result.text);
      const withheld =
        result.withheld > 0
          ? `, ${result.withheld} withheld above TLP:${maxTlp.toUpperCase()}`
          : '';
      process.stderr.write(`exported ${result.objects} objects (${result.bundleId})${withheld}\n`);
      process.exitCode = result.objects > 0 ? EXIT_OK : EXIT_NONE;
    });
}
