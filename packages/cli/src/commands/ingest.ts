/** `vigil ingest <source...>`: analyze reports and store them (or keep them as drafts to review). */
import type { Command } from 'commander';
import { saveReport } from '@vigil/store';
import { saveDraft } from '../report/drafts.ts';
import { now } from '../report/clock.ts';
import { addReportOptions } from '../report/report-options.ts';
import {
  analyzeSource,
  formatResult,
  outputFormat,
  type AnalyzeCliOptions,
} from '../report/run-analysis.ts';
import { withStore } from '../store-context.ts';

interface IngestOptions extends AnalyzeCliOptions {
  readonly draft?: boolean;
  readonly quiet?: boolean;
}

export function registerIngest(program: Command): void {
  addReportOptions(
    program
      .command('ingest')
      .description(
        'analyze reports and store the result in the knowledge base (same report twice = one report)',
      )
      .argument('<source...>', 'file paths, http(s) URLs, or - for standard input'),
  )
    .option('--draft', 'keep the result as a draft to review entity by entity (vigil draft ...)')
    .option('--format <format>', 'summary (default), json or stix', 'summary')
    .option('--json', 'same as --format json')
    .option('-q, --quiet', 'print only the stored report ids')
    .action(async (sources: string[], options: IngestOptions, command: Command) => {
      const format = outputFormat(options);
      await withStore(command, async (repo) => {
        for (const source of sources) {
          const result = await analyzeSource(repo, source, options);
          const reportId = result.doc.stix.report.id;
          if (options.draft) {
            await saveDraft(repo, result.doc, now());
            process.stderr.write(
              `draft ${reportId} saved: review with 'vigil draft show ${reportId}'\n`,
            );
          } else {
            const saved = await saveReport(repo, {
              report: result.doc.stix.report,
              objects: result.doc.stix.objects,
              text: result.text,
              now: now(),
            });
            process.stderr.write(
              `stored ${reportId}: ${saved.added} new versions, ${saved.unchanged} unchanged\n`,
            );
          }
          process.stdout.write(
            options.quiet ? `${reportId}\n` : await formatResult(repo, result, format),
          );
        }
      });
    });
}
