/** Everything extraction needs from the knowledge base, prepared once per process from KnowledgeEntry[]. */
import { entriesByExternalId, type KnowledgeEntry } from '../knowledge/entry.ts';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../extract/entities/knowledge-index.ts';

export interface PreparedKnowledge {
  readonly entries: readonly KnowledgeEntry[];
  /** Alias automaton for actors, malware and tools. */
  readonly index: KnowledgeIndex;
  /** ATT&CK ids (T1566.002, G0128, S0154, M1017), CVE ids and country codes -> entry, upper-cased. */
  readonly byExternalId: ReadonlyMap<string, KnowledgeEntry>;
  /** Entries by their representative's id (an extracted entity's `ref`). */
  readonly byId: ReadonlyMap<string, KnowledgeEntry>;
}

export function prepareKnowledge(entries: readonly KnowledgeEntry[]): PreparedKnowledge {
  return {
    entries,
    index: buildKnowledgeIndex(entries),
    byExternalId: entriesByExternalId(entries),
    byId: new Map(entries.map((e) => [e.id, e])),
  };
}
