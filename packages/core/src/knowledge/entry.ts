/**
 * What extraction knows about named things: one entry per entity cluster (docs/ARCHITECTURE.md,
 * "Entity clusters"), built from the store's objects. Extraction matches names against these entries.
 */
import type { StixId } from '../stix/ids.ts';

export type KnowledgeType =
  | 'intrusion-set'
  | 'threat-actor'
  | 'campaign'
  | 'malware'
  | 'tool'
  | 'attack-pattern'
  | 'course-of-action'
  | 'vulnerability'
  | 'identity'
  | 'location';

export interface KnowledgeEntry {
  /** The cluster's preferred representative (the ATT&CK object when there is one). */
  readonly id: StixId;
  readonly type: KnowledgeType;
  readonly name: string;
  /** Every name of every member of the cluster, as written in the sources (not normalized). */
  readonly aliases: readonly string[];
  /** ATT&CK id (G0128, S0154, T1566.002, M1017), CVE id, or ISO country code, when there is one. */
  readonly externalId?: string;
  /**
   * ATT&CK ids of the cluster's other members, such as the ids ATT&CK revoked into this one (T1574.002
   * "DLL Side-Loading" is now T1574.001 "DLL"): reports and older tools still write them.
   */
  readonly formerIds?: readonly string[];
  readonly description?: string;
  /** ATT&CK tactics (kill-chain phase names) of a technique's representative: reconnaissance, ... */
  readonly tactics?: readonly string[];
  /** Member object ids of the cluster, representative first. */
  readonly members?: readonly StixId[];
  /** Attributed country (ISO 3166-1 alpha-2) when a source states one. */
  readonly country?: string;
  /** Aliases that also name another cluster: they never resolve on their own. */
  readonly conflictingAliases?: readonly string[];
}

/**
 * Entries by ATT&CK id (upper-cased; also CVE ids and country codes): every current id first, the first
 * entry loaded winning, then the ids ATT&CK revoked into an entry, where no current id claims them.
 */
export function entriesByExternalId(
  entries: readonly KnowledgeEntry[],
): Map<string, KnowledgeEntry> {
  const byId = new Map<string, KnowledgeEntry>();
  for (const entry of entries) {
    const id = entry.externalId?.toUpperCase();
    if (id && !byId.has(id)) byId.set(id, entry);
  }
  for (const entry of entries) {
    for (const former of entry.formerIds ?? []) {
      if (!byId.has(former.toUpperCase())) byId.set(former.toUpperCase(), entry);
    }
  }
  return byId;
}
