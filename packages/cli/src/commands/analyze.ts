/** `vigil analyze <file|url|->`: read a threat report and print what it says, without storing it. */
import type { Command } from 'commander';
import { addReportOptions, warnIfPublishedInFuture } from '../report/report-options.ts';
import { addDowngradeTlpOption } from '../report/stored-report-meta.ts';
import {
  analyzeSource,
  formatResult,
  outputFormat,
  type AnalyzeCliOptions,
} from '../report/run-analysis.ts';
import { withStore } from '../store-context.ts';

export function registerAnalyze(program: Command): void {
  addDowngradeTlpOption(
    addReportOptions(
      program
        .command('analyze')
        .description(
          'read a report (text, Markdown, HTML, PDF, URL or - for stdin) and print actors, victims, techniques, indicators and attribution',
        )
        .argument('<source>', 'file path, http(s) URL, or - for standard input'),
    ),
  )
    .option(
      '--format <format>',
      'summary (default), json (with provenance spans) or stix (a bundle)',
      'summary',
    )
    .option('--json', 'same as --format json')
    .action(async (source: string, options: AnalyzeCliOptions, command: Command) => {
      const format = outputFormat(options);
      await withStore(command, async (repo) => {
        const result = await analyzeSource(repo, source, options);
        warnIfPublishedInFuture(options, result.doc.meta);
        process.stdout.write(await formatResult(repo, result, format));
      });
    });
}
