/**
 * Looks up an entity by name or id in the store and returns its cluster(s): the stored cluster when the
 * object is linked, otherwise the object as its own cluster. A contested alias returns every
 * candidate; revoked/deprecated representatives lose to active ones (docs/ARCHITECTURE.md).
 */
import { isStixId, normalizeName } from '@vigil/core';
import type { AliasConflict, LinkEvidence, StixId, StixObject } from '@vigil/core';
import type { Repository } from '../repository.ts';
import type { EntityCluster as StoredCluster } from '../side-tables.ts';
import { ENTITY_TYPES } from './load-entities.ts';
import { CONFLICTS_META_KEY, type StoredClusterDetail } from './recompute-clusters.ts';

export interface ResolvedMember {
  readonly id: StixId;
  readonly type: string;
  readonly name: string;
  /** mitre-attack, misp-galaxy:<galaxy>, or the creator identity. */
  readonly source: string;
  readonly revoked: boolean;
}

export interface ResolvedEntity {
  readonly id: string;
  readonly representative: StixId;
  readonly name: string;
  readonly type: string;
  readonly confidence: number;
  readonly members: readonly ResolvedMember[];
  readonly aliases: readonly string[];
  readonly evidence: readonly LinkEvidence[];
  readonly conflicts: readonly string[];
  readonly attackId?: string;
  readonly country?: string;
  readonly inactive: boolean;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

export function sourceOf(object: StixObject): string {
  if (typeof object.x_misp_galaxy === 'string') return `misp-galaxy:${object.x_misp_galaxy}`;
  const attack = object.external_references?.find((r) => r.source_name.startsWith('mitre-'));
  if (attack?.external_id) return `${attack.source_name} ${attack.external_id}`;
  return object.created_by_ref ?? 'unknown';
}

const isInactive = (o: StixObject) => o.revoked === true || o.x_mitre_deprecated === true;

function member(object: StixObject): ResolvedMember {
  return {
    id: object.id,
    type: object.type,
    name: typeof object.name === 'string' ? object.name : object.id,
    source: sourceOf(object),
    revoked: isInactive(object),
  };
}

async function conflictKeys(repo: Repository): Promise<Set<string>> {
  const raw = await repo.meta.get(CONFLICTS_META_KEY);
  const conflicts = raw ? (JSON.parse(raw) as AliasConflict[]) : [];
  return new Set(conflicts.map((c) => c.alias));
}

async function fromStored(repo: Repository, stored: StoredCluster): Promise<ResolvedEntity> {
  const detail = stored.evidence as StoredClusterDetail;
  const page = await repo.query({ ids: stored.members, includeRevoked: true, limit: 10_000 });
  const byId = new Map(page.items.map((o) => [o.id as string, o]));
  const ordered = [
    stored.representative,
    ...stored.members.filter((m) => m !== stored.representative),
  ];
  return {
    id: stored.id,
    representative: stored.representative,
    name: detail.name,
    type: detail.type,
    confidence: stored.confidence,
    members: ordered.flatMap((id) => {
      const object = byId.get(id);
      return object ? [member(object)] : [];
    }),
    aliases: detail.aliases,
    evidence: detail.links,
    conflicts: detail.conflicts,
    ...(detail.attackId ? { attackId: detail.attackId } : {}),
    ...(detail.country ? { country: detail.country } : {}),
    inactive: detail.inactive,
  };
}

function single(object: StixObject, contested: ReadonlySet<string>): ResolvedEntity {
  const names = [object.name, ...strings(object.aliases), ...strings(object.x_mitre_aliases)];
  const aliases = [
    ...new Map(
      names.filter((n): n is string => typeof n === 'string').map((n) => [normalizeName(n), n]),
    ).values(),
  ];
  const attackId = object.external_references?.find(
    (r) => r.source_name === 'mitre-attack',
  )?.external_id;
  const country = typeof object.x_misp_country === 'string' ? object.x_misp_country : undefined;
  return {
    id: object.id,
    representative: object.id,
    name: typeof object.name === 'string' ? object.name : object.id,
    type: object.type,
    confidence: 100,
    members: [member(object)],
    aliases,
    evidence: [],
    conflicts: aliases.filter((a) => contested.has(normalizeName(a))),
    ...(attackId ? { attackId } : {}),
    ...(country ? { country } : {}),
    inactive: isInactive(object),
  };
}

/** The cluster holding object `id` (the object alone when it is in no stored cluster). */
export async function clusterOfObject(
  repo: Repository,
  id: string,
): Promise<ResolvedEntity | undefined> {
  const [stored] = await repo.clusters.forObject(id);
  if (stored) return fromStored(repo, stored);
  const object = await repo.get(id);
  return object ? single(object, await conflictKeys(repo)) : undefined;
}

/** Every cluster `nameOrId` resolves to; more than one means a contested alias (see `conflicts`). */
export async function resolveEntity(repo: Repository, nameOrId: string): Promise<ResolvedEntity[]> {
  const input = nameOrId.trim();
  if (isStixId(input)) {
    const found = await clusterOfObject(repo, input);
    return found ? [found] : [];
  }
  const hits = await repo.lookupAlias(input, ENTITY_TYPES);
  const byId = new Map<string, ResolvedEntity>();
  for (const hit of hits) {
    const cluster = await clusterOfObject(repo, hit.objectId);
    if (cluster) byId.set(cluster.id, cluster);
  }
  const found = [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  const active = found.filter((c) => !c.inactive);
  return active.length > 0 ? active : found;
}
