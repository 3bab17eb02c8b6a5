/** Shared by `analyze` and `ingest`: read a source, analyze it, and print it in the chosen form. */
import type { Repository } from '@vigil/store';
import { analysisToStix, citedTlpDefinitions, type StixObject } from '@vigil/core';
import { readDocument, type DocumentText } from '../input/read-input.ts';
import {
  analyzeText,
  commandSession,
  type CommandSession,
  type AnalysisSession,
  type AnalyzedDocument,
} from './analysis-session.ts';
import { now } from './clock.ts';
import { analysisJson, renderSummary, stixBundle } from './render-analysis.ts';
import { OptionError, readOptions, reportMeta } from './report-options.ts';
import { referStoredKnowledge } from './shared-knowledge.ts';
import { settledStix } from './settled-stix.ts';
import { storedClosure } from './stored-closure.ts';
import {
  keepStoredMeta,
  keepTwinMarking,
  storedReportOf,
  storedTextTwinsOf,
  type StoredMetaOptions,
} from './stored-report-meta.ts';

export type OutputFormat = 'summary' | 'json' | 'stix';

export interface AnalyzeCliOptions extends StoredMetaOptions {
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
  sessions: CommandSession = commandSession(repo),
): Promise<RunResult> {
  const document = await readDocument(source, readOptions(options));
  const session = await sessions.current();
  const doc = await analyzeAgainstStore(repo, session, document, options, now());
  return { doc, text: doc.analysis.text, notes: [...document.notes, ...session.notes] };
}

/**
 * Every reading of a report the store may already hold (analyze, ingest, feed): left-out options keep
 * the stored report's marking and source (and the marking of the same text stored without a URL),
 * shared knowledge is referenced as stored, and what is returned is what the store will hold.
 */
export async function analyzeAgainstStore(
  repo: Repository,
  session: AnalysisSession,
  document: DocumentText,
  options: StoredMetaOptions,
  ingested: string,
): Promise<AnalyzedDocument> {
  const stored = await storedReportOf(repo, document);
  const own = keepStoredMeta(reportMeta(options, document, ingested), options, stored);
  const meta = keepTwinMarking(own, options, await storedTextTwinsOf(repo, document));
  const analysis = await referStoredKnowledge(repo, analyzeText(session, document, meta));
  const settled = await settledStix(repo, analysisToStix(analysis, meta), ingested, options);
  return { analysis, stix: settled.stix, meta, storedIds: settled.storedIds };
}

/**
 * The stored knowledge the report refers to and what that cites, so every reference resolves in the
 * bundle; a TLP definition the store lacks comes from core.
 */
async function referencedObjects(repo: Repository, doc: AnalyzedDocument): Promise<StixObject[]> {
  const have = new Set<string>(doc.stix.objects.map((o) => o.id));
  const found = await storedClosure(repo, doc.stix.report.object_refs as string[], have);
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
