/**
 * Analysts' link/unlink of two objects: recorded in the audit trail (who, when, why), then clusters
 * are recomputed so the decision takes effect; the decision is replayed on every later recomputation.
 */
import { CoreError } from '@vigil/core';
import type { Repository } from '../repository.ts';
import type { LINK_ACTIONS } from './load-entities.ts';
import { recomputeEntityClusters, type RecomputeSummary } from './recompute-clusters.ts';
import { clusterOfObject, type ResolvedEntity } from './resolve-entity.ts';

export interface LinkRequest {
  readonly action: (typeof LINK_ACTIONS)[number];
  readonly a: string;
  readonly b: string;
  readonly reason: string;
  readonly actor: string;
  /** ISO 8601 time of the decision (the caller's clock). */
  readonly at: string;
}

export interface LinkOutcome {
  readonly recompute: RecomputeSummary;
  readonly clusterOfA: ResolvedEntity;
  readonly clusterOfB: ResolvedEntity;
  /** Whether a and b now share a cluster (false after an unlink unless other manual links join them). */
  readonly together: boolean;
}

export async function linkEntities(repo: Repository, request: LinkRequest): Promise<LinkOutcome> {
  if (request.a === request.b) {
    throw new CoreError('invalid_input', `cannot ${request.action} an object with itself`);
  }
  if (request.reason.trim() === '') throw new CoreError('invalid_input', 'a reason is required');
  if (request.actor.trim() === '') throw new CoreError('invalid_input', 'an actor is required');
  if (Number.isNaN(Date.parse(request.at)))
    throw new CoreError('invalid_input', `bad time ${request.at}`);
  return repo.transaction(async (tx) => {
    for (const id of [request.a, request.b]) {
      if (!(await tx.get(id)))
        throw new CoreError('unresolved_ref', `no object ${id} in the store`, { id });
    }
    await tx.clusters.audit({
      at: request.at,
      action: request.action,
      objectIds: [request.a, request.b] as LinkAuditEntry['objectIds'],
      actor: request.actor.trim(),
      reason: request.reason.trim(),
    });
    const recompute = await recomputeEntityClusters(tx);
    const clusterOfA = await clusterOfObject(tx, request.a);
    const clusterOfB = await clusterOfObject(tx, request.b);
    if (!clusterOfA || !clusterOfB)
      throw new CoreError('unresolved_ref', 'object vanished during link');
    return { recompute, clusterOfA, clusterOfB, together: clusterOfA.id === clusterOfB.id };
  });
}

type LinkAuditEntry = Parameters<Repository['clusters']['audit']>[0];
