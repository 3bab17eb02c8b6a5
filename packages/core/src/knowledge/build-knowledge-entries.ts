/**
 * Knowledge entries for extraction: one per entity cluster (docs/ARCHITECTURE.md, "Entity clusters"),
 * named by its representative, carrying every member's names and the aliases that are contested.
 */
import type { StixObject } from '../stix/object.ts';
import type { EntityClustering } from './entity-clusters.ts';
import { computeEntityClusters } from './entity-clusters.ts';
import type { KnowledgeEntry, KnowledgeType } from './entry.ts';
import type { ManualDecision } from './entity-cluster-types.ts';

/** The entity types that form clusters (and that entity resolution in the store loads). */
export const ENTITY_TYPES = [
  'intrusion-set',
  'threat-actor',
  'campaign',
  'malware',
  'tool',
  'attack-pattern',
  'course-of-action',
] as const satisfies readonly KnowledgeType[];

/** Types extraction looks up by name. */
export const KNOWLEDGE_TYPES: ReadonlySet<string> = new Set<KnowledgeType>(ENTITY_TYPES);

/**
 * Entries from objects (and, when the caller has them, precomputed clusters). Representative
 * description and ATT&CK id win; a cluster with no active member still yields an entry, after the
 * active ones, so a deprecated name is still recognized but never shadows its replacement.
 */
export function buildKnowledgeEntries(
  objects: readonly StixObject[],
  clustering: EntityClustering = computeEntityClusters(objects),
): KnowledgeEntry[] {
  const byId = new Map(objects.map((o) => [o.id as string, o]));
  const entries: KnowledgeEntry[] = [];
  const ordered = [...clustering.clusters].sort((a, b) => Number(a.inactive) - Number(b.inactive));
  for (const cluster of ordered) {
    if (!KNOWLEDGE_TYPES.has(cluster.type)) continue;
    const rep = byId.get(cluster.representative);
    // A person (extract/entities/people.ts) is read from the words around the name, never by the name
    // alone: "Wang Wei" in another report is anyone. The same name still gets the same id (vigilId).
    if (rep?.type === 'threat-actor' && rep.resource_level === 'individual') continue;
    const description = typeof rep?.description === 'string' ? rep.description : undefined;
    const formerIds = otherAttackIds(cluster.members, cluster.attackId, byId);
    const tactics = attackTactics(rep);
    entries.push({
      id: cluster.representative,
      type: cluster.type as KnowledgeType,
      name: cluster.name,
      aliases: withCaseVariants(cluster.aliases, cluster.members, byId),
      ...(cluster.attackId ? { externalId: cluster.attackId } : {}),
      ...(formerIds.length > 0 ? { formerIds } : {}),
      ...(description ? { description } : {}),
      ...(tactics.length > 0 ? { tactics } : {}),
      members: cluster.members,
      ...(cluster.country ? { country: cluster.country } : {}),
      ...(cluster.conflicts.length > 0 ? { conflictingAliases: cluster.conflicts } : {}),
    });
  }
  return entries;
}

/**
 * The cluster lists one spelling per name; the other sources' spellings of those names are kept too, so
 * extraction knows that "FIVEHANDS" (ATT&CK) is also written "FiveHands" (malpedia).
 */
function withCaseVariants(
  aliases: readonly string[],
  members: readonly string[],
  byId: ReadonlyMap<string, StixObject>,
): readonly string[] {
  const listed = new Set(aliases.map((a) => a.toLowerCase()));
  const all = new Set(aliases);
  for (const member of members) {
    const object = byId.get(member);
    const own: unknown[] = Array.isArray(object?.aliases) ? object.aliases : [];
    for (const name of [object?.name, ...own]) {
      if (typeof name === 'string' && listed.has(name.toLowerCase())) all.add(name);
    }
  }
  return all.size === aliases.length ? aliases : [...all];
}

/** The ATT&CK ids members carry besides the cluster's own (ids ATT&CK revoked into it). */
function otherAttackIds(
  members: readonly string[],
  own: string | undefined,
  byId: ReadonlyMap<string, StixObject>,
): string[] {
  const ids: string[] = [];
  // Only beside an ATT&CK id of its own: a cluster without one has no id to have replaced others.
  if (!own) return ids;
  for (const member of members) {
    const refs = byId.get(member)?.external_references;
    if (!Array.isArray(refs)) continue;
    for (const ref of refs as { source_name?: unknown; external_id?: unknown }[]) {
      const id = ref.source_name === 'mitre-attack' ? ref.external_id : undefined;
      if (typeof id === 'string' && id !== own && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** Phase names of the ATT&CK kill chains (enterprise, mobile, ICS) the object lists: its tactics. */
export function attackTactics(object: StixObject | undefined): string[] {
  const phases = object?.kill_chain_phases;
  if (!Array.isArray(phases)) return [];
  const tactics: string[] = [];
  for (const phase of phases as { kill_chain_name?: unknown; phase_name?: unknown }[]) {
    const { kill_chain_name: chain, phase_name: name } = phase;
    if (typeof chain === 'string' && chain.startsWith('mitre-') && typeof name === 'string') {
      tactics.push(name);
    }
  }
  return tactics;
}

/** Convenience for callers holding objects and the audit trail's decisions. */
export function knowledgeFromObjects(
  objects: readonly StixObject[],
  decisions: readonly ManualDecision[] = [],
): { entries: KnowledgeEntry[]; clustering: EntityClustering } {
  const clustering = computeEntityClusters(objects, decisions);
  return { entries: buildKnowledgeEntries(objects, clustering), clustering };
}
