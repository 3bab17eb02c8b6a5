/** Knowledge entries for extraction from the store: one per entity cluster, analysts' decisions applied. */
import { knowledgeFromObjects } from '@vigil/core';
import type { KnowledgeEntry, ManualDecision, StixObject } from '@vigil/core';
import type { Repository } from '../repository.ts';
import { entriesCodeVersion } from './entries-code-version.ts';
import { loadDecisions, loadEntityObjects } from './load-entities.ts';

export async function knowledgeEntries(repo: Repository): Promise<KnowledgeEntry[]> {
  return (await StoredKnowledge.load(repo)).entries();
}

/** Name of the entries in the knowledge cache. */
const CACHED_ENTRIES = 'knowledge-entries';

/**
 * What entity resolution reads from the store, held in memory for a command that stores reports one
 * after another.
 *
 * Loading takes the entries from the store's knowledge cache when they were cached for the store's
 * present state and by this code (docs/ARCHITECTURE.md "Knowledge cache"); otherwise it reads the 13,000
 * objects, clusters them and caches the result. The versions each save writes
 * (`SaveReportResult.entities`) replace their ids' old ones, so the entries are those a fresh load would
 * give, without reading every object again after each save: the objects are read once, at the first
 * rebuild (or at load, on a cache miss).
 */
export class StoredKnowledge {
  #objects: Map<string, StixObject> | undefined;
  #decisions: readonly ManualDecision[] = [];
  #entries: KnowledgeEntry[] | undefined;

  private constructor(
    private readonly repo: Repository,
    entries?: KnowledgeEntry[],
  ) {
    this.#entries = entries;
  }

  static async load(repo: Repository): Promise<StoredKnowledge> {
    // The state is read before the objects: a write in between leaves a cache stamped older than its
    // content, which the next reader only rebuilds (never a cache older than its stamp).
    const state = `${entriesCodeVersion()}/${await repo.knowledgeCache.state()}`;
    const cached = parseEntries(await repo.knowledgeCache.get(CACHED_ENTRIES, state));
    if (cached) return new StoredKnowledge(repo, cached);
    const knowledge = new StoredKnowledge(repo);
    const entries = await knowledge.entries();
    try {
      await repo.knowledgeCache.put(CACHED_ENTRIES, state, JSON.stringify(entries));
    } catch {
      // A store this user may only read (a read-only PostgreSQL role, a locked SQLite file) still
      // serves the entries just computed; the cache only saves the next command time.
    }
    return knowledge;
  }

  /** Versions just stored (each newer than the one held for its id). */
  update(written: readonly StixObject[]): void {
    if (written.length === 0) return;
    // Not read yet: the first rebuild reads the store, which holds these versions already.
    if (this.#objects) for (const object of written) this.#objects.set(object.id, object);
    this.#entries = undefined;
  }

  async entries(): Promise<KnowledgeEntry[]> {
    if (this.#entries) return this.#entries;
    if (!this.#objects) {
      const objects = await loadEntityObjects(this.repo);
      this.#objects = new Map(objects.map((o) => [o.id, o]));
      this.#decisions = await loadDecisions(this.repo);
    }
    this.#entries = knowledgeFromObjects([...this.#objects.values()], this.#decisions).entries;
    return this.#entries;
  }
}

/** Cached entries, or undefined when there are none or they do not parse (then they are computed again). */
function parseEntries(payload: string | undefined): KnowledgeEntry[] | undefined {
  if (payload === undefined) return undefined;
  try {
    const entries: unknown = JSON.parse(payload);
    return Array.isArray(entries) ? (entries as KnowledgeEntry[]) : undefined;
  } catch {
    return undefined;
  }
}
