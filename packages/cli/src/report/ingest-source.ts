/**
 * One source of a `vigil ingest` batch: analyzed and stored (or kept as a draft), or refused because
 * it could not be read. A refused source does not stop the batch; anything else (a bad option, a
 * store failure) does, since it would fail every source the same way.
 */
import { saveReport, type Repository } from '@vigil/store';
import { InputError } from '../input/input-error.ts';
import { now } from './clock.ts';
import { saveDraft } from './drafts.ts';
import type { CommandSession } from './analysis-session.ts';
import { analyzeSource, type AnalyzeCliOptions, type RunResult } from './run-analysis.ts';

export interface IngestedSource {
  readonly source: string;
  readonly ok: true;
  readonly result: RunResult;
  readonly reportId: string;
  /** New and unchanged object versions; absent for a draft, which stores no objects yet. */
  readonly saved?: { readonly added: number; readonly unchanged: number };
}

export interface RefusedSource {
  readonly source: string;
  readonly ok: false;
  readonly error: InputError;
}

export type SourceOutcome = IngestedSource | RefusedSource;

export async function ingestSource(
  repo: Repository,
  source: string,
  options: AnalyzeCliOptions & { readonly draft?: boolean },
  sessions: CommandSession,
): Promise<SourceOutcome> {
  let result: RunResult;
  try {
    result = await analyzeSource(repo, source, options, sessions);
  } catch (error) {
    if (error instanceof InputError) return { source, ok: false, error };
    throw error;
  }
  const reportId = result.doc.stix.report.id;
  if (options.draft) {
    await saveDraft(repo, result.doc, now());
    return { source, ok: true, result, reportId };
  }
  const saved = await saveReport(repo, {
    report: result.doc.stix.report,
    objects: result.doc.stix.objects,
    text: result.text,
    now: now(),
  });
  sessions.wrote(saved.entities);
  return {
    source,
    ok: true,
    result,
    reportId,
    saved: { added: saved.added, unchanged: saved.unchanged },
  };
}
