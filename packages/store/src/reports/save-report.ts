/**
 * Stores one analyzed report atomically: its objects (reconciled with stored versions so re-ingesting
 * changes nothing), its extracted text, and the evidence index (docs/ARCHITECTURE.md, "Provenance").
 */
import { provenanceOf, reconcile, type StixId, type StixObject } from '@vigil/core';
import type { EvidenceRow, Repository } from '../repository.ts';

export interface SaveReportInput {
  readonly report: StixObject;
  readonly objects: readonly StixObject[];
  /** The extracted text the evidence offsets point into. */
  readonly text: string;
  /** When this ingestion happens (injected clock), for new versions. */
  readonly now: string;
}

export interface SaveReportResult {
  readonly reportId: StixId;
  readonly added: number;
  readonly unchanged: number;
  /** Objects another producer owns (e.g. a KEV vulnerability): referenced, not rewritten. */
  readonly foreign: number;
}

export function evidenceRows(report: StixObject): EvidenceRow[] {
  const rows: EvidenceRow[] = [];
  for (const entry of provenanceOf(report)?.evidence ?? []) {
    for (const span of entry.spans) {
      rows.push({
        reportId: report.id,
        objectRef: entry.object_ref,
        start: span.start,
        end: span.end,
        sentenceStart: span.sentence_start,
        sentenceEnd: span.sentence_end,
        ...(entry.confidence !== undefined ? { confidence: entry.confidence } : {}),
      });
    }
  }
  return rows;
}

export async function saveReport(
  repo: Repository,
  input: SaveReportInput,
): Promise<SaveReportResult> {
  return repo.transaction(async (tx) => {
    const stored = new Map<string, StixObject>();
    for (const object of input.objects) {
      const existing = await tx.get(object.id);
      if (existing) stored.set(object.id, existing);
    }
    const { write, unchanged, foreign } = reconcile(input.objects, stored, input.now);
    const result = await tx.put(write);
    if (result.conflicts.length > 0) {
      throw new Error(`conflicting versions for ${result.conflicts.map((c) => c.id).join(', ')}`);
    }
    await tx.reportText.put(input.report.id, input.text);
    await tx.evidence.replaceForReport(input.report.id, evidenceRows(input.report));
    return {
      reportId: input.report.id,
      added: result.added,
      unchanged: unchanged + result.unchanged,
      foreign: foreign.length,
    };
  });
}
