/**
 * Drafts: an analysis kept aside until an analyst accepts, rejects or corrects it entity by entity.
 * Rejected text -> object pairs are remembered, so the same mistake is never proposed again.
 */
import {
  analysisToStix,
  normalizeName,
  type Analysis,
  type ExtractedEntity,
  type ReportMeta,
  type StixId,
} from '@vigil/core';
import { saveReport, type Draft, type Repository, type SaveReportResult } from '@vigil/store';
import type { AnalyzedDocument } from './analysis-session.ts';
import { keepStoredMarkings } from './marking-floor.ts';

export interface DraftPayload {
  readonly analysis: Analysis;
  readonly meta: ReportMeta;
}

export class DraftError extends Error {
  override readonly name = 'DraftError';
  readonly code = 'draft';
}

export async function saveDraft(
  repo: Repository,
  doc: AnalyzedDocument,
  created: string,
): Promise<void> {
  const payload: DraftPayload = { analysis: doc.analysis, meta: doc.meta };
  await repo.drafts.put({ id: doc.stix.report.id, created, payload, status: 'pending' });
}

export async function loadDraft(
  repo: Repository,
  id: string,
): Promise<Draft & { payload: DraftPayload }> {
  const draft = await repo.drafts.get(id);
  if (!draft) throw new DraftError(`no draft ${id} ('vigil draft list' shows them)`);
  return draft as Draft & { payload: DraftPayload };
}

/**
 * What the report will be called once accepted: the given title, else the first line of the text
 * (a file or standard input has no title of its own), as the stored report names it.
 */
export function draftTitle(payload: DraftPayload): string {
  return String(analysisToStix(payload.analysis, payload.meta).report.name);
}

/** 1-based entity numbers as shown by `vigil draft show`. */
export function pickEntities(analysis: Analysis, numbers: readonly string[]): ExtractedEntity[] {
  return numbers.map((text) => {
    const n = Number(text);
    const entity = Number.isSafeInteger(n) ? analysis.entities[n - 1] : undefined;
    if (!entity)
      throw new DraftError(`no entity #${text}: the draft has ${analysis.entities.length}`);
    return entity;
  });
}

/** The analysis without some entities and the relations that needed them. */
export function withoutEntities(analysis: Analysis, drop: ReadonlySet<string>): Analysis {
  return {
    ...analysis,
    entities: analysis.entities.filter((e) => !drop.has(e.key)),
    relations: analysis.relations.filter((r) => !drop.has(r.source) && !drop.has(r.target)),
  };
}

export async function rememberRejection(repo: Repository, entity: ExtractedEntity): Promise<void> {
  if (!entity.ref) return;
  for (const mention of entity.mentions) {
    await repo.rejectedMentions.add({
      textNorm: normalizeName(mention.text),
      objectRef: entity.ref,
    });
  }
}

/** Replaces one entity with the same mentions resolved to another knowledge object. */
export function correctedEntity(
  entity: ExtractedEntity,
  target: { id: StixId; type: string; name: string; externalId?: string },
): ExtractedEntity {
  return {
    ...entity,
    type: target.type as ExtractedEntity['type'],
    name: target.name,
    ref: target.id,
    ...(target.externalId ? { externalId: target.externalId } : {}),
    via: 'analyst',
  };
}

export async function updateDraft(
  repo: Repository,
  draft: Draft,
  payload: DraftPayload,
  status = draft.status,
): Promise<void> {
  await repo.drafts.put({ ...draft, payload, status });
}

export async function acceptDraft(
  repo: Repository,
  draft: Draft & { payload: DraftPayload },
  now: string,
): Promise<SaveReportResult> {
  const stix = analysisToStix(draft.payload.analysis, draft.payload.meta);
  // Objects stored since the draft was made may carry a higher marking: kept (marking-floor.ts).
  const objects = await keepStoredMarkings(repo, stix.objects);
  const saved = await saveReport(repo, {
    report: objects.find((o) => o.id === stix.report.id) ?? stix.report,
    objects,
    text: draft.payload.analysis.text,
    now,
  });
  await repo.drafts.put({ ...draft, status: 'accepted' });
  return saved;
}
