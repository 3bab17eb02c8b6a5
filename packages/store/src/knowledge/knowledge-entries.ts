/** Knowledge entries for extraction from the store: one per entity cluster, analysts' decisions applied. */
import { knowledgeFromObjects } from '@vigil/core';
import type { KnowledgeEntry, ManualDecision, StixObject } from '@vigil/core';
import type { Repository } from '../repository.ts';
import { loadDecisions, loadEntityObjects } from './load-entities.ts';

export async function knowledgeEntries(repo: Repository): Promise<KnowledgeEntry[]> {
  return (await StoredKnowledge.load(repo)).entries();
}

/**
 * What entity resolution reads from the store, held in memory for a command that stores reports one
 * after another: the versions each save writes (`SaveReportResult.entities`) replace their ids'
 * old ones, so the entries are those a fresh load would give without reading 13,000 objects again.
 * Writes by another process during the command are not seen, as with any loaded knowledge.
 */
export class StoredKnowledge {
  private constructor(
    private readonly objects: Map<string, StixObject>,
    private readonly decisions: readonly ManualDecision[],
  ) {}

  static async load(repo: Repository): Promise<StoredKnowledge> {
    const objects = await loadEntityObjects(repo);
    return new StoredKnowledge(new Map(objects.map((o) => [o.id, o])), await loadDecisions(repo));
  }

  /** Versions just stored (each newer than the one held for its id). */
  update(written: readonly StixObject[]): void {
    for (const object of written) this.objects.set(object.id, object);
  }

  entries(): KnowledgeEntry[] {
    return knowledgeFromObjects([...this.objects.values()], this.decisions).entries;
  }
}
