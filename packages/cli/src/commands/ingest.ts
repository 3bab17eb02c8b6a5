/** `vigil ingest <source...>`: analyze reports and store them (or keep them as drafts to review). */
import type { Command } from 'commander';
import type { StixObject } from '@vigil/core';
import { EXIT_ERROR } from '../exit-codes.ts';
import { addReportOptions, warnIfPublishedInFuture } from '../report/report-options.ts';
import { addDowngradeTlpOption } from '../report/stored-report-meta.ts';
import { commandSession } from '../report/analysis-session.ts';
import { ingestSource, type SourceOutcome } from '../report/ingest-source.ts';
import { analysisJson } from '../report/render-analysis.ts';
import {
  bundleObjects,
  formatResult,
  outputFormat,
  stixDocument,
  type AnalyzeCliOptions,
} from '../report/run-analysis.ts';
import { withStore } from '../store-context.ts';
import { versionCounts } from './version-counts.ts';

interface IngestOptions extends AnalyzeCliOptions {
  readonly draft?: boolean;
  readonly quiet?: boolean;
}

/** `--json`: one document listing every source, refused ones with their reason. */
function outcomeJson(outcome: SourceOutcome): unknown {
  if (!outcome.ok) {
    const { code, message } = outcome.error;
    return { source: outcome.source, ok: false, error: { code, message } };
  }
  return {
    source: outcome.source,
    ok: true,
    report_id: outcome.reportId,
    draft: outcome.saved === undefined,
    ...(outcome.saved ?? {}),
    analysis: analysisJson(outcome.result.doc, outcome.result.notes),
  };
}

function statusLine(outcome: SourceOutcome): string {
  if (!outcome.ok) {
    // Most reasons already name the file ("x.bin looks like binary data"); say it once.
    const { source, error } = outcome;
    const where = error.message.includes(source) ? '' : `${source}: `;
    return `vigil ingest: ${where}${error.message}`;
  }
  const { reportId, saved } = outcome;
  return saved
    ? `stored ${reportId}: ${versionCounts(saved.added, saved.unchanged)}`
    : `draft ${reportId} saved: review with 'vigil draft show ${reportId}'`;
}

export function registerIngest(program: Command): void {
  addDowngradeTlpOption(
    addReportOptions(
      program
        .command('ingest')
        .description(
          'analyze reports and store the result in the knowledge base (same report twice = one report); an unreadable source is reported and skipped (exit 2 at the end)',
        )
        .argument('<source...>', 'file paths, http(s) URLs, or - for standard input'),
    ),
  )
    .option('--draft', 'keep the result as a draft to review entity by entity (vigil draft ...)')
    .option(
      '--format <format>',
      'summary (default), json or stix; with several sources json and stix are still one document: one bundle holding every report with its objects, each object once',
      'summary',
    )
    .option('--json', 'one JSON document with the result of each source (same as --format json)')
    .option('-q, --quiet', 'print only the stored report ids')
    .action(async (sources: string[], options: IngestOptions, command: Command) => {
      const format = outputFormat(options);
      const outcomes: SourceOutcome[] = [];
      // --format stix: one bundle for the whole run, so stdout is one JSON document as with --json.
      const bundled: StixObject[] = [];
      await withStore(command, async (repo) => {
        const sessions = commandSession(repo);
        for (const source of sources) {
          const outcome = await ingestSource(repo, source, options, sessions);
          outcomes.push(outcome);
          if (outcome.ok) warnIfPublishedInFuture(options, outcome.result.doc.meta);
          process.stderr.write(`${statusLine(outcome)}\n`);
          if (!outcome.ok || (format === 'json' && !options.quiet)) continue;
          if (format === 'stix' && !options.quiet) {
            bundled.push(...(await bundleObjects(repo, outcome.result)));
            continue;
          }
          process.stdout.write(
            options.quiet
              ? `${outcome.reportId}\n`
              : await formatResult(repo, outcome.result, format),
          );
        }
      });
      if (format === 'stix' && !options.quiet) process.stdout.write(stixDocument(bundled));
      if (format === 'json' && !options.quiet) {
        process.stdout.write(
          `${JSON.stringify({ results: outcomes.map(outcomeJson) }, null, 2)}\n`,
        );
      }
      if (outcomes.some((o) => !o.ok)) process.exitCode = EXIT_ERROR;
    });
}
