/**
 * Recomputes entity clusters from the store's objects and the analysts' decisions, and stores them
 * (docs/ARCHITECTURE.md "Entity clusters"). Only clusters with more than one member are stored: an
 * object in no stored cluster is its own cluster. The whole replacement is one transaction.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, computeEntityClusters } from '@vigil/core';
import type { EntityCluster as StoredCluster } from '../side-tables.ts';
import type { AliasConflict, EntityCluster as CoreCluster, EntityClustering } from '@vigil/core';
import type { Repository } from '../repository.ts';
import { loadDecisions, loadEntityObjects } from './load-entities.ts';

/** Meta key holding the conflicts of the last recomputation (JSON AliasConflict[]). */
export const CONFLICTS_META_KEY = 'entity.conflicts';

/** What `entity_cluster.evidence` holds: the links plus what `entity show` prints without recomputing. */
export interface StoredClusterDetail {
  readonly name: string;
  readonly type: string;
  readonly aliases: readonly string[];
  readonly links: CoreCluster['evidence'];
  readonly conflicts: readonly string[];
  readonly attackId?: string;
  readonly country?: string;
  readonly inactive: boolean;
}

export interface RecomputeSummary {
  readonly clusters: number;
  /** Clusters with more than one member (the ones stored). */
  readonly linked: number;
  readonly conflicts: number;
  readonly refused: number;
}

export function storedDetail(cluster: CoreCluster): StoredClusterDetail {
  return {
    name: cluster.name,
    type: cluster.type,
    aliases: cluster.aliases,
    links: cluster.evidence,
    conflicts: cluster.conflicts,
    ...(cluster.attackId ? { attackId: cluster.attackId } : {}),
    ...(cluster.country ? { country: cluster.country } : {}),
    inactive: cluster.inactive,
  };
}

const hashOf = (text: string): string => createHash('sha256').update(text).digest('base64url');

export async function computeFromStore(repo: Repository): Promise<EntityClustering> {
  const objects = await loadEntityObjects(repo);
  return computeEntityClusters(objects, await loadDecisions(repo));
}

/** Meta key holding a digest per stored cluster, so recomputation rewrites only what changed. */
export const DIGESTS_META_KEY = 'entity.cluster_digests';

function toStored(cluster: CoreCluster): StoredCluster {
  return {
    id: cluster.id,
    representative: cluster.representative,
    confidence: cluster.confidence,
    evidence: storedDetail(cluster),
    origin: cluster.evidence.some((e) => e.kind === 'manual') ? 'manual' : 'computed',
    members: cluster.members,
  };
}

export async function recomputeEntityClusters(repo: Repository): Promise<RecomputeSummary> {
  return repo.transaction(async (tx) => {
    const clustering = await computeFromStore(tx);
    const linked = clustering.clusters.filter((c) => c.members.length > 1);
    const before = JSON.parse((await tx.meta.get(DIGESTS_META_KEY)) ?? '{}') as Record<
      string,
      string
    >;
    const after: Record<string, string> = {};
    for (const cluster of linked) {
      const stored = toStored(cluster);
      after[cluster.id] = hashOf(canonicalJson(stored));
      if (before[cluster.id] !== after[cluster.id]) await tx.clusters.put(stored);
    }
    for (const id of Object.keys(before)) if (!(id in after)) await tx.clusters.remove(id);
    await tx.meta.set(DIGESTS_META_KEY, JSON.stringify(after));
    const conflicts: readonly AliasConflict[] = clustering.conflicts;
    await tx.meta.set(CONFLICTS_META_KEY, JSON.stringify(conflicts));
    return {
      clusters: clustering.clusters.length,
      linked: linked.length,
      conflicts: conflicts.length,
      refused: clustering.refused.length,
    };
  });
}
