/**
 * The objects of a reading as the store holds them once it is saved (core `settle`): a re-read at a
 * later clock prints the stored versions, not fresh `created`/`modified`, so importing what ingest or
 * analyze printed writes nothing when nothing changed.
 */
import { settle, type ReportStix, type StixObject } from '@vigil/core';
import type { Repository } from '@vigil/store';

export async function settledStix(
  repo: Repository,
  stix: ReportStix,
  now: string,
): Promise<ReportStix> {
  const stored = new Map<string, StixObject>();
  for (const object of stix.objects) {
    const existing = await repo.get(object.id);
    if (existing) stored.set(object.id, existing);
  }
  if (stored.size === 0) return stix;
  const objects = settle(stix.objects, stored, now);
  const report = objects.find((o) => o.id === stix.report.id) ?? stix.report;
  return { ...stix, report, objects };
}
