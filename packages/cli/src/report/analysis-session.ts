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
  type StixObject,
  type WarningMatcher,
} from '@vigil/core';
import { loadWarningLists, StoredKnowledge, type Repository } from '@vigil/store';
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

/** The warning lists a session flags indicators with, read once per command: they do not change with the store. */
export interface WarningListsRead {
  readonly warningLists?: WarningMatcher;
  readonly notes: readonly string[];
}

export function readWarningLists(): WarningListsRead {
  const dir = warningListDir();
  if (!dir)
    return {
      notes: ['no MISP warning lists found: likely false-positive indicators are not flagged'],
    };
  return { warningLists: loadWarningLists(dir), notes: [] };
}

export async function openAnalysisSession(
  repo: Repository,
  warnings: WarningListsRead = readWarningLists(),
  stored?: StoredKnowledge,
): Promise<AnalysisSession> {
  const notes: string[] = [];
  const entries = await (stored ?? (await StoredKnowledge.load(repo))).entries();
  if (entries.length === 0) {
    notes.push(
      'the knowledge base is empty: run `vigil sync attack` and `vigil sync misp-galaxy` to resolve known actors, malware and techniques',
    );
  }
  const rejected = new Set(
    (await repo.rejectedMentions.list()).map((r) => `${r.textNorm}\u0000${r.objectRef}`),
  );
  return {
    knowledge: prepareKnowledge(entries),
    ...(warnings.warningLists ? { warningLists: warnings.warningLists } : {}),
    rejected,
    notes: [...notes, ...warnings.notes],
  };
}

/**
 * The session of a command that reads several reports (`vigil ingest a b c`, `vigil feed`). Preparing the
 * knowledge costs a few hundred milliseconds even from the store's cache, reading a report a few, so the
 * session opens once, on first use (a batch of unreadable sources never loads it), and is built again
 * only after a stored report wrote entities, with those versions (`SaveReportResult.entities`,
 * `StoredKnowledge.update`).
 * Each report is thus read against the knowledge as the store holds it, as if the reports were
 * ingested one command each: the Darkside intrusion set one report creates resolves the next one's
 * "DarkSide".
 */
export interface CommandSession {
  readonly current: () => Promise<AnalysisSession>;
  /** A report was stored and wrote these entity versions. */
  readonly wrote: (entities: readonly StixObject[]) => void;
}

export function commandSession(repo: Repository): CommandSession {
  let warnings: WarningListsRead | undefined;
  let stored: Promise<StoredKnowledge> | undefined;
  let session: Promise<AnalysisSession> | undefined;
  const open = async (): Promise<AnalysisSession> =>
    openAnalysisSession(
      repo,
      (warnings ??= readWarningLists()),
      await (stored ??= StoredKnowledge.load(repo)),
    );
  return {
    current: () => (session ??= open()),
    wrote: (entities) => {
      if (entities.length === 0) return;
      stored = stored?.then((knowledge) => {
        knowledge.update(entities);
        return knowledge;
      });
      session = undefined;
    },
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
    ...(meta.sourceName ? { author: meta.sourceName } : {}),
    ...(meta.title ? { title: meta.title } : {}),
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
