/**
 * What reading reports needs from the store, loaded once per command: knowledge entries, MISP warning
 * lists, and the analyst's rejected text -> object pairs.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  analysisToStix,
  analyzeReport,
  extractTechniques,
  prepareKnowledge,
  type Analysis,
  type PreparedKnowledge,
  type ReportMeta,
  type ReportStix,
  type WarningMatcher,
} from '@vigil/core';
import { knowledgeEntries, loadWarningLists, type Repository } from '@vigil/store';
import { warningListsHome } from '../store-context.ts';
import type { DocumentText } from '../input/read-input.ts';

export interface AnalysisSession {
  readonly knowledge: PreparedKnowledge;
  readonly warningLists?: WarningMatcher;
  readonly rejected: ReadonlySet<string>;
  readonly notes: readonly string[];
}

/** Warning lists: VIGIL_WARNINGLISTS, else the installed copy (`vigil sync warninglists`), else VIGIL_DATA_DIR's. */
export function warningListDir(): string | undefined {
  const candidates = [
    process.env.VIGIL_WARNINGLISTS,
    warningListsHome(),
    process.env.VIGIL_DATA_DIR ? join(process.env.VIGIL_DATA_DIR, 'misp-warninglists') : undefined,
  ];
  return candidates.find((dir): dir is string => dir !== undefined && existsSync(dir));
}

export async function openAnalysisSession(repo: Repository): Promise<AnalysisSession> {
  const notes: string[] = [];
  const entries = await knowledgeEntries(repo);
  if (entries.length === 0) {
    notes.push(
      'the knowledge base is empty: run `vigil sync attack` and `vigil sync misp-galaxy` to resolve known actors, malware and techniques',
    );
  }
  const dir = warningListDir();
  if (!dir)
    notes.push('no MISP warning lists found: likely false-positive indicators are not flagged');
  const rejected = new Set(
    (await repo.rejectedMentions.list()).map((r) => `${r.textNorm}\u0000${r.objectRef}`),
  );
  return {
    knowledge: prepareKnowledge(entries),
    ...(dir ? { warningLists: loadWarningLists(dir) } : {}),
    rejected,
    notes,
  };
}

export interface AnalyzedDocument {
  readonly analysis: Analysis;
  readonly stix: ReportStix;
  readonly meta: ReportMeta;
  /** Ids of this reading's objects the store held before it (absent: read without a store). */
  readonly storedIds?: ReadonlySet<string>;
}

/** The analysis alone, for callers that adjust it against the store before making STIX. */
export function analyzeText(
  session: AnalysisSession,
  document: DocumentText,
  meta: ReportMeta,
): Analysis {
  return analyzeReport(document.text, {
    knowledge: session.knowledge,
    ...(session.warningLists ? { warningLists: session.warningLists } : {}),
    ...(meta.published ? { published: meta.published } : {}),
    techniques: extractTechniques,
    isRejected: (mention, ref) => session.rejected.has(`${mention}\u0000${ref}`),
  });
}

export function analyzeDocument(
  session: AnalysisSession,
  document: DocumentText,
  meta: ReportMeta,
): AnalyzedDocument {
  const analysis = analyzeText(session, document, meta);
  return { analysis, stix: analysisToStix(analysis, meta), meta };
}
