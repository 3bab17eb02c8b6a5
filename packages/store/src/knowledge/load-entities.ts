/**
 * Reads what entity resolution needs from the store: the latest versions of entity objects (revoked
 * included, so `revoked-by` can be followed), the relationships that say "same thing" or "replaced
 * by", and the analysts' decisions from the link audit trail.
 */
import type { ManualDecision, StixObject } from '@vigil/core';
import { ENTITY_TYPES, isStixId } from '@vigil/core';
import type { LinkAuditEntry } from '../side-tables.ts';
import type { Repository } from '../repository.ts';
import { allPages } from '../all-pages.ts';

export { ENTITY_TYPES } from '@vigil/core';

/** Relationship types entity resolution reads (revoked-by, and sources' own "same thing" links). */
export const RESOLUTION_RELATIONSHIPS = [
  'revoked-by',
  'similar',
  'same-as',
  'duplicate-of',
  'derived-from',
];

const ENTITY_TYPE_SET: ReadonlySet<string> = new Set(ENTITY_TYPES);
const RESOLUTION_SET: ReadonlySet<string> = new Set(RESOLUTION_RELATIONSHIPS);

/** Whether writing `object` can change entity clusters: it is one of what `loadEntityObjects` reads. */
export const affectsEntityClusters = (object: StixObject): boolean =>
  readForEntityClusters(object.type, object.relationship_type);

/** The same, from an object's type and relationship type (a stored row). */
export const readForEntityClusters = (type: string, relationshipType: unknown): boolean =>
  ENTITY_TYPE_SET.has(type) ||
  (type === 'relationship' && RESOLUTION_SET.has(String(relationshipType)));

const PAGE = 5000;

export async function loadEntityObjects(repo: Repository): Promise<StixObject[]> {
  // One type at a time: a page of one type reads the (type, id) index in order, while a page over all seven
  // had the database sort every entity object again for each page (bench/knowledge-load.bench.ts).
  const entities: StixObject[] = [];
  for (const type of ENTITY_TYPES) {
    const ofType = await allPages((after) =>
      repo.query({ types: [type], includeRevoked: true, limit: PAGE, ...(after ? { after } : {}) }),
    );
    entities.push(...ofType);
  }
  const relationships = await allPages((after) =>
    repo.relationships({
      relationshipType: RESOLUTION_RELATIONSHIPS,
      includeRevoked: true,
      limit: PAGE,
      ...(after ? { after } : {}),
    }),
  );
  return [...entities, ...relationships];
}

export const LINK_ACTIONS = ['link', 'unlink'] as const;

/** Audit entries of `vigil entity link|unlink`, as decisions for the clustering (oldest first). */
export function decisionsFrom(trail: readonly LinkAuditEntry[]): ManualDecision[] {
  const decisions: ManualDecision[] = [];
  for (const entry of trail) {
    const [a, b] = entry.objectIds;
    if (entry.action !== 'link' && entry.action !== 'unlink') continue;
    if (!isStixId(a) || !isStixId(b)) continue;
    decisions.push({
      action: entry.action,
      a,
      b,
      reason: entry.reason,
      actor: entry.actor,
      at: entry.at,
    });
  }
  return decisions;
}

export async function loadDecisions(repo: Repository): Promise<ManualDecision[]> {
  return decisionsFrom(await repo.clusters.auditTrail());
}
