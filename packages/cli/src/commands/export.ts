/**
 * `vigil export`: the store, or part of it, as one STIX 2.1 bundle; byte-identical when nothing changed.
 * Streamed object by object; `--out` is written beside the target and renamed into place when complete,
 * so a failed export never leaves a truncated bundle under the requested name.
 */
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { CoreError } from '@vigil/core';
import { parseMaxTlp, writeBundle, type ExportOptions, type Repository } from '@vigil/store';
import { EXIT_NONE, EXIT_OK } from '../exit-codes.ts';
import { withStore } from '../store-context.ts';
import { textSink } from './text-sink.ts';

interface ExportFlags {
  readonly type?: string[];
  readonly report?: string;
  readonly intrusionSet?: string;
  readonly maxTlp: string;
  readonly out?: string;
}

async function exportToStdout(repo: Repository, options: ExportOptions) {
  const sink = textSink(process.stdout);
  const summary = await writeBundle(repo, sink.write, options);
  await sink.flush();
  return summary;
}

async function exportToFile(repo: Repository, options: ExportOptions, path: string) {
  const partial = `${path}.partial-${process.pid}`;
  const stream = createWriteStream(partial);
  try {
    const sink = textSink(stream);
    const summary = await writeBundle(repo, sink.write, options);
    await sink.flush();
    stream.end();
    await finished(stream);
    renameSync(partial, path);
    return summary;
  } catch (error) {
    stream.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
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
      const options: ExportOptions = {
        maxTlp,
        ...(flags.type ? { types: flags.type } : {}),
        ...(flags.report ? { report: flags.report } : {}),
        ...(flags.intrusionSet ? { intrusionSet: flags.intrusionSet } : {}),
      };
      const out = flags.out;
      const result = await withStore(command, (repo) =>
        out ? exportToFile(repo, options, out) : exportToStdout(repo, options),
      );
      const withheld =
        result.withheld > 0
          ? `, ${result.withheld} withheld above TLP:${maxTlp.toUpperCase()}`
          : '';
      process.stderr.write(`exported ${result.objects} objects (${result.bundleId})${withheld}\n`);
      process.exitCode = result.objects > 0 ? EXIT_OK : EXIT_NONE;
    });
}
