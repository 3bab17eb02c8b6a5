/** Knowledge entries for extraction from the store: one per entity cluster, analysts' decisions applied. */
import { knowledgeFromObjects } from '@vigil/core';
import type { KnowledgeEntry } from '@vigil/core';
import type { Repository } from '../repository.ts';
import { loadDecisions, loadEntityObjects } from './load-entities.ts';

export async function knowledgeEntries(repo: Repository): Promise<KnowledgeEntry[]> {
  const objects = await loadEntityObjects(repo);
  return knowledgeFromObjects(objects, await loadDecisions(repo)).entries;
}
