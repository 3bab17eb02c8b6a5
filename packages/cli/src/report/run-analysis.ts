/** Shared by `analyze` and `ingest`: read a source, analyze it, and print it in the chosen form. */
import type { Repository } from '@vigil/store';
import { citedTlpDefinitions, type StixObject } from '@vigil/core';
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

/**
 * The stored knowledge the report refers to, then the identities and marking definitions those cite
 * (ATT&CK objects carry MITRE's identity and statement marking), so every reference resolves in the
 * bundle; a TLP definition the store lacks comes from core.
 */
async function referencedObjects(repo: Repository, doc: AnalyzedDocument): Promise<StixObject[]> {
  const seen = new Set<string>(doc.stix.objects.map((o) => o.id));
  const found: StixObject[] = [];
  const fetch = async (ids: readonly string[]) => {
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const object = await repo.get(id);
      if (object) found.push(object);
    }
  };
  await fetch(doc.stix.report.object_refs as string[]);
  await fetch(
    found.flatMap((o) => [
      ...(o.created_by_ref ? [o.created_by_ref] : []),
      ...(o.object_marking_refs ?? []),
    ]),
  );
  return [...citedTlpDefinitions([...doc.stix.objects, ...found]), ...found];
}

/** What the STIX output of one result holds: the knowledge it references, then its own objects. */
export async function bundleObjects(repo: Repository, result: RunResult): Promise<StixObject[]> {
  return [...(await referencedObjects(repo, result.doc)), ...result.doc.stix.objects];
}

/** Several results as one bundle (see stixBundle), or nothing when there is no object to print. */
export function stixDocument(objects: readonly StixObject[]): string {
  return objects.length > 0 ? `${JSON.stringify(stixBundle(objects), null, 2)}\n` : '';
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
      return stixDocument(await bundleObjects(repo, result));
  }
}
