/** Shared by `analyze` and `ingest`: read a source, analyze it, and print it in the chosen form. */
import type { Repository } from '@vigil/store';
import type { StixObject } from '@vigil/core';
import { readDocument } from '../input/read-input.ts';
import { analyzeDocument, openAnalysisSession, type AnalyzedDocument } from './analysis-session.ts';
import { now } from './clock.ts';
import { analysisJson, renderSummary, stixBundle } from './render-analysis.ts';
import { OptionError, readOptions, reportMeta, type ReportCliOptions } from './report-options.ts';

export type OutputFormat = 'summary' | 'json' | 'stix';

export interface AnalyzeCliOptions extends ReportCliOptions {
  readonly format?: string;
  readonly json?: boolean;
}

export function outputFormat(options: AnalyzeCliOptions): OutputFormat {
  const format = options.json ? 'json' : (options.format ?? 'summary');
  if (format !== 'summary' && format !== 'json' && format !== 'stix') {
    throw new OptionError(`--format must be summary, json or stix, not ${format}`);
  }
  return format;
}

export interface RunResult {
  readonly doc: AnalyzedDocument;
  readonly text: string;
  readonly notes: readonly string[];
}

export async function analyzeSource(
  repo: Repository,
  source: string,
  options: AnalyzeCliOptions,
): Promise<RunResult> {
  const document = await readDocument(source, readOptions(options));
  const session = await openAnalysisSession(repo);
  const doc = analyzeDocument(session, document, reportMeta(options, document, now()));
  return { doc, text: doc.analysis.text, notes: [...document.notes, ...session.notes] };
}

async function referencedObjects(repo: Repository, doc: AnalyzedDocument): Promise<StixObject[]> {
  const own = new Set<string>(doc.stix.objects.map((o) => o.id));
  const refs = (doc.stix.report.object_refs as string[]).filter((id) => !own.has(id));
  const found: StixObject[] = [];
  for (const id of refs) {
    const object = await repo.get(id);
    if (object) found.push(object);
  }
  return found;
}

export async function formatResult(
  repo: Repository,
  result: RunResult,
  format: OutputFormat,
): Promise<string> {
  switch (format) {
    case 'summary':
      return renderSummary(result.doc, result.notes);
    case 'json':
      return `${JSON.stringify(analysisJson(result.doc, result.notes), null, 2)}\n`;
    case 'stix':
      return `${JSON.stringify(stixBundle(result.doc.stix.objects, await referencedObjects(repo, result.doc)), null, 2)}\n`;
  }
}
