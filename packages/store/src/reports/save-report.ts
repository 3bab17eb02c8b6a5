/**
 * Stores one analyzed report atomically: its objects (reconciled with stored versions so re-ingesting
 * changes nothing), its extracted text, and the evidence index (docs/ARCHITECTURE.md, "Provenance").
 */
import { provenanceOf, reconcile, type StixId, type StixObject } from '@vigil/core';
import { affectsEntityClusters } from '../knowledge/load-entities.ts';
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
  /**
   * The written versions entity resolution reads (a new intrusion set, malware, ...): when there are
   * any, knowledge built before this save no longer matches the store (StoredKnowledge.update).
   */
  readonly entities: readonly StixObject[];
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

/**
 * Objects of the report's own creator that it only references, already stored: an object an earlier
 * reading created (a state organ, "Ministry of State Security") comes back as stored knowledge the
 * analysis resolves to instead of making again. It is as unchanged as if the analysis had made it, so
 * the second ingest of a report counts unchanged what the first counted new.
 */
async function ownStoredReferences(repo: Repository, input: SaveReportInput): Promise<number> {
  const given = new Set(input.objects.map((o) => o.id));
  const refs = Array.isArray(input.report.object_refs)
    ? (input.report.object_refs as StixId[])
    : [];
  let count = 0;
  for (const ref of new Set(refs)) {
    if (given.has(ref)) continue;
    const stored = await repo.get(ref);
    if (stored && stored.created_by_ref === input.report.created_by_ref) count++;
  }
  return count;
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
    const referenced = await ownStoredReferences(tx, input);
    return {
      reportId: input.report.id,
      added: result.added,
      unchanged: unchanged + result.unchanged + referenced,
      foreign: foreign.length,
      entities: write.filter(affectsEntityClusters),
    };
  });
}
