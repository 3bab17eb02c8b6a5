/**
 * The objects of a reading as the store holds them once it is saved (core `settle`): a re-read at a
 * later clock prints the stored versions, not fresh `created`/`modified`, so importing what ingest or
 * analyze printed writes nothing when nothing changed. A stored object's more restrictive TLP is kept
 * (core marking-floor.ts) unless the analyst asked to lower it; `settle` widens a stored period (a campaign's
 * first_seen/last_seen), never narrows it.
 */
import { keepHigherMarking, settle, type ReportStix, type StixObject } from '@vigil/core';
import type { Repository } from '@vigil/store';

export async function settledStix(
  repo: Repository,
  stix: ReportStix,
  now: string,
  options: { readonly downgradeTlp?: boolean } = {},
): Promise<{ readonly stix: ReportStix; readonly storedIds: ReadonlySet<string> }> {
  const stored = new Map<string, StixObject>();
  for (const object of stix.objects) {
    const existing = await repo.get(object.id);
    if (existing) stored.set(object.id, existing);
  }
  const storedIds = new Set(stored.keys());
  if (stored.size === 0) return { stix, storedIds };
  const marked = options.downgradeTlp
    ? stix.objects
    : stix.objects.map((o) => keepHigherMarking(o, stored.get(o.id)));
  const objects = settle(marked, stored, now);
  const report = objects.find((o) => o.id === stix.report.id) ?? stix.report;
  return { stix: { ...stix, report, objects }, storedIds };
}
