/** Everything extraction needs from the knowledge base, prepared once per process from KnowledgeEntry[]. */
import type { KnowledgeEntry } from '../knowledge/entry.ts';
import { buildKnowledgeIndex, type KnowledgeIndex } from '../extract/entities/knowledge-index.ts';

export interface PreparedKnowledge {
  readonly entries: readonly KnowledgeEntry[];
  /** Alias automaton for actors, malware and tools. */
  readonly index: KnowledgeIndex;
  /** ATT&CK ids (T1566.002, G0128, S0154, M1017), CVE ids and country codes -> entry, upper-cased. */
  readonly byExternalId: ReadonlyMap<string, KnowledgeEntry>;
}

export function prepareKnowledge(entries: readonly KnowledgeEntry[]): PreparedKnowledge {
  const byExternalId = new Map<string, KnowledgeEntry>();
  for (const entry of entries) {
    if (entry.externalId && !byExternalId.has(entry.externalId.toUpperCase())) {
      byExternalId.set(entry.externalId.toUpperCase(), entry);
    }
  }
  // After every current id: an id ATT&CK revoked leads to the object that replaced it.
  for (const entry of entries) {
    for (const id of entry.formerIds ?? []) {
      if (!byExternalId.has(id.toUpperCase())) byExternalId.set(id.toUpperCase(), entry);
    }
  }
  return { entries, index: buildKnowledgeIndex(entries), byExternalId };
}
