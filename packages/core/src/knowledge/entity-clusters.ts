/**
 * Entity resolution without merges (docs/ARCHITECTURE.md, "Entity clusters"). Links, strongest first:
 * analyst links; ATT&CK `revoked-by`; explicit ATT&CK ids (high); two or more shared distinctive
 * aliases with no conflicting country (medium). One shared alias never links. Two active ATT&CK
 * objects, or two objects of one source collection, are never joined by a computed link.
 * Near-linear: candidates come from an alias index, pairs only inside small alias buckets.
 */
import { normalizeName, type StixId } from '../stix/ids.ts';
import type { StixObject } from '../stix/object.ts';
import type {
  AliasConflict,
  EntityCluster,
  LinkEvidence,
  ManualDecision,
  RefusedLink,
} from './entity-cluster-types.ts';
import { entityFacts, type EntityFacts } from './entity-facts.ts';
import { aliasCandidates, relatedPairs, type AliasCandidate } from './alias-evidence.ts';
import { VIGIL_IDENTITY_ID } from '../analyze/provenance.ts';
import { isDistinctiveAlias, MAX_ALIAS_BUCKET } from './generic-aliases.ts';

/** Appends in place (copying the list on every insert would be quadratic in bucket size). */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Source-declared relationships that say two objects are (likely) the same thing. */
const SAME_THING = new Set(['similar', 'same-as', 'duplicate-of', 'derived-from']);

export const CONFIDENCE = { manual: 100, revokedBy: 100, attackId: 90, sharedAliases: 60 } as const;

export interface EntityClustering {
  readonly clusters: readonly EntityCluster[];
  readonly conflicts: readonly AliasConflict[];
  readonly refused: readonly RefusedLink[];
  /** Cluster of a member id. */
  clusterOf(id: string): EntityCluster | undefined;
  /** Every cluster a name resolves to; inactive clusters only when nothing active matches. */
  lookup(name: string): readonly EntityCluster[];
}

class Links {
  private readonly parent: number[];
  readonly evidence: LinkEvidence[] = [];
  /** Evidence of the links that joined two clusters (the rest corroborate): sets confidence. */
  readonly joining = new Set<LinkEvidence>();
  readonly refused: RefusedLink[] = [];
  /** Per root: the active ATT&CK member, which no computed link may pair with another. */
  private readonly attack: (StixId | undefined)[];
  constructor(
    private readonly facts: readonly EntityFacts[],
    private readonly apart: readonly (readonly [number, number])[],
  ) {
    this.parent = facts.map((_, i) => i);
    this.attack = facts.map((f) => (f.isAttack && !f.inactive ? f.id : undefined));
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let node = i;
    while (node !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }
  link(i: number, j: number, ev: Omit<LinkEvidence, 'a' | 'b'>, forced = false): boolean {
    const [a, b] = [this.facts[i], this.facts[j]];
    if (!a || !b) return false;
    const [ri, rj] = [this.find(i), this.find(j)];
    const refuse = (reason: string) => {
      this.refused.push({ a: a.id, b: b.id, kind: ev.kind, reason });
      return false;
    };
    if (ri !== rj && !forced) {
      const [ai, aj] = [this.attack[ri], this.attack[rj]];
      if (ai && aj && ai !== aj) return refuse(`would join two ATT&CK objects (${ai}, ${aj})`);
      const split = this.apart.find(
        ([x, y]) =>
          (this.find(x) === ri && this.find(y) === rj) ||
          (this.find(x) === rj && this.find(y) === ri),
      );
      if (split) return refuse('an analyst unlinked these clusters');
    }
    const evidence = { ...ev, a: a.id, b: b.id };
    this.evidence.push(evidence);
    if (ri === rj) return true;
    this.joining.add(evidence);
    this.parent[rj] = ri;
    this.attack[ri] ??= this.attack[rj];
    return true;
  }
}

/** Latest decision per unordered pair (decisions arrive in audit order). */
function latestDecisions(decisions: readonly ManualDecision[]): ManualDecision[] {
  const byPair = new Map<string, ManualDecision>();
  for (const d of decisions) byPair.set([d.a, d.b].sort().join(' '), d);
  return [...byPair.values()];
}

function linkByAttackIds(links: Links, facts: readonly EntityFacts[]): void {
  const anchors = new Map<string, number[]>();
  const referrers = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, key: string, i: number) => pushTo(map, key, i);
  facts.forEach((f, i) => {
    if (f.isAttack && f.attackId) add(anchors, `${f.family}:${f.attackId}`, i);
    // A stated external id is the object's identity; loose refs count only when they name one group.
    const ids = f.isAttack
      ? []
      : f.attackId
        ? [f.attackId]
        : f.attackRefs.length === 1
          ? f.attackRefs
          : [];
    for (const id of ids) add(referrers, `${f.family}:${id}`, i);
  });
  for (const [key, members] of [...referrers].sort(([x], [y]) => x.localeCompare(y))) {
    const candidates = anchors.get(key) ?? [];
    const anchor = candidates.find((i) => !facts[i]?.inactive) ?? candidates[0] ?? members[0];
    if (anchor === undefined) continue;
    const attackId = key.slice(key.indexOf(':') + 1);
    for (const i of members) {
      if (i === anchor) continue;
      links.link(anchor, i, {
        kind: 'attack-id',
        confidence: CONFIDENCE.attackId,
        detail: `explicit ATT&CK id ${attackId}`,
      });
    }
  }
}

function linkBySharedAliases(
  links: Links,
  facts: readonly EntityFacts[],
  candidates: readonly AliasCandidate[],
) {
  for (const { i, j, keys, corroboration } of candidates) {
    const [a, b] = [facts[i], facts[j]];
    if (!a || !b) continue;
    if (a.country && b.country && a.country !== b.country) {
      links.refused.push({
        a: a.id,
        b: b.id,
        kind: 'shared-aliases',
        reason: `attributed countries differ (${a.country}, ${b.country})`,
      });
      continue;
    }
    const strength = keys.length + Math.min(1, corroboration.length);
    links.link(i, j, {
      kind: 'shared-aliases',
      confidence: Math.min(75, CONFIDENCE.sharedAliases + 5 * (strength - 2)),
      detail: [`shared aliases: ${keys.join(', ')}`, ...corroboration].join('; '),
    });
  }
}

/**
 * An object Vigil made from a report's name ("APT31" read before ATT&CK was imported) is that name and
 * nothing else: it joins the one cluster the name resolves to, as the report would have resolved it had
 * the knowledge been there first (offline-first ingest). Several clusters under the name: no link.
 */
function linkReportNames(
  links: Links,
  facts: readonly EntityFacts[],
  index: ReadonlyMap<string, readonly number[]>,
): void {
  const reportMade = (f: EntityFacts | undefined) => f?.collection === VIGIL_IDENTITY_ID;
  facts.forEach((f, i) => {
    if (!reportMade(f)) return;
    const key = f.keys[0];
    const bucket = key === undefined ? [] : (index.get(key) ?? []);
    if (!key || bucket.length > MAX_ALIAS_BUCKET || !isDistinctiveAlias(key)) return;
    const others = bucket.filter(
      (j) =>
        j !== i && !reportMade(facts[j]) && facts[j]?.family === f.family && !facts[j]?.inactive,
    );
    const roots = new Set(others.map((j) => links.find(j)));
    const [target] = others;
    if (roots.size !== 1 || target === undefined) return;
    links.link(target, i, {
      kind: 'shared-aliases',
      confidence: CONFIDENCE.sharedAliases,
      detail: `a report's name "${key}" that resolves to this cluster only`,
    });
  });
}

/** Lower is better: active ATT&CK, then other sources, then MISP, then MISP's ATT&CK mirrors. */
function rank(f: EntityFacts): number {
  if (f.inactive) return 10;
  if (f.isAttack) return 0;
  if (f.collection.includes('/mitre-')) return 3;
  return f.collection.includes('/') ? 2 : 1;
}

/** "trigona", "embargo": MISP's ransomware galaxy writes some names as a leak site's address does. */
const lowerCaseOnly = (name: string): boolean =>
  name === name.toLowerCase() && name !== name.toUpperCase();

/**
 * Computes clusters over `objects` (any mix; non-entity types are ignored, `revoked-by`
 * relationships are followed). Deterministic for the same input.
 */
export function computeEntityClusters(
  objects: readonly StixObject[],
  decisions: readonly ManualDecision[] = [],
): EntityClustering {
  const facts: EntityFacts[] = [];
  const revokedBy: StixObject[] = [];
  const similar: StixObject[] = [];
  for (const object of [...objects].sort((x, y) => x.id.localeCompare(y.id))) {
    if (object.type === 'relationship') {
      const type = String(object.relationship_type);
      if (type === 'revoked-by') revokedBy.push(object);
      if (SAME_THING.has(type)) similar.push(object);
    }
    const f = entityFacts(object);
    if (f) facts.push(f);
  }
  const position = new Map(facts.map((f, i) => [f.id as string, i]));
  const at = (id: unknown) => (typeof id === 'string' ? position.get(id) : undefined);
  const manual = latestDecisions(decisions);
  const apart = manual
    .filter((d) => d.action === 'unlink')
    .flatMap((d) => {
      const [i, j] = [at(d.a), at(d.b)];
      return i === undefined || j === undefined ? [] : [[i, j] as const];
    });
  const links = new Links(facts, apart);
  for (const d of manual) {
    const [i, j] = [at(d.a), at(d.b)];
    if (d.action === 'link' && i !== undefined && j !== undefined) {
      links.link(
        i,
        j,
        {
          kind: 'manual',
          confidence: CONFIDENCE.manual,
          detail: `${d.actor} at ${d.at}: ${d.reason}`,
        },
        true,
      );
    }
  }
  for (const rel of revokedBy) {
    const [i, j] = [at(rel.source_ref), at(rel.target_ref)];
    if (i !== undefined && j !== undefined) {
      links.link(j, i, {
        kind: 'revoked-by',
        confidence: CONFIDENCE.revokedBy,
        detail: `${String(rel.source_ref)} revoked by ${String(rel.target_ref)}`,
      });
    }
  }
  linkByAttackIds(links, facts);
  const index = new Map<string, number[]>();
  facts.forEach((f, i) => f.keys.forEach((key) => pushTo(index, key, i)));
  const related = relatedPairs(similar.map((r) => [at(r.source_ref), at(r.target_ref)] as const));
  linkBySharedAliases(links, facts, aliasCandidates(facts, withOwnKeys(index, facts), related));
  linkReportNames(links, facts, index);
  return assemble(facts, links, index);
}

/** The alias index plus the derived own names ("Ryuk" of "Ryuk ransomware"), for linking only. */
function withOwnKeys(
  index: ReadonlyMap<string, readonly number[]>,
  facts: readonly EntityFacts[],
): Map<string, number[]> {
  const all = new Map([...index].map(([key, bucket]) => [key, [...bucket]]));
  facts.forEach((f, i) => {
    for (const key of f.ownKeys) if (!f.keys.includes(key)) pushTo(all, key, i);
  });
  return all;
}

function assemble(
  facts: readonly EntityFacts[],
  links: Links,
  index: Map<string, number[]>,
): EntityClustering {
  const groups = new Map<number, number[]>();
  facts.forEach((_, i) => {
    const root = links.find(i);
    pushTo(groups, root, i);
  });
  const evidenceByRoot = new Map<number, LinkEvidence[]>();
  const position = new Map(facts.map((f, i) => [f.id as string, i]));
  for (const ev of links.evidence) {
    const root = links.find(position.get(ev.a) ?? 0);
    pushTo(evidenceByRoot, root, ev);
  }
  // Conflicts: a normalized alias whose objects sit in more than one cluster.
  const conflicts: AliasConflict[] = [];
  const conflictKeysByRoot = new Map<number, Set<string>>();
  // Only the few keys whose objects sit apart are sorted, not the 40,000 of the index.
  const apart = (bucket: readonly number[]): boolean =>
    bucket.some((i) => links.find(i) !== links.find(bucket[0] ?? i));
  const conflicted = [...index].filter(([, bucket]) => apart(bucket));
  for (const [key, bucket] of conflicted.sort(([x], [y]) => x.localeCompare(y))) {
    const roots = [...new Set(bucket.map((i) => links.find(i)))];
    for (const r of roots)
      conflictKeysByRoot.set(r, (conflictKeysByRoot.get(r) ?? new Set()).add(key));
    conflicts.push({
      alias: key,
      names: [...new Set(bucket.map((i) => nameFor(facts[i], key)))],
      clusters: [],
    });
  }
  const byRoot = new Map<number, EntityCluster>();
  for (const [root, members] of groups) {
    const sorted = members
      .map((i) => facts[i])
      .filter((f): f is EntityFacts => f !== undefined)
      .sort(
        (a, b) =>
          rank(a) - rank(b) ||
          Number(lowerCaseOnly(a.name)) - Number(lowerCaseOnly(b.name)) ||
          // "Dharma" rather than "Dharma Ransomware": the family's name without its kind word.
          Number(a.ownKeys.length > 1) - Number(b.ownKeys.length > 1) ||
          a.id.localeCompare(b.id),
      );
    const rep = sorted[0];
    if (!rep) continue;
    const aliases: string[] = [];
    const seen = new Set<string>();
    for (const f of sorted) {
      f.names.forEach((n, k) => {
        const key = f.keys[k] ?? '';
        if (!seen.has(key)) aliases.push(n);
        seen.add(key);
      });
    }
    const evidence = evidenceByRoot.get(root) ?? [];
    const conflictKeys = conflictKeysByRoot.get(root) ?? new Set();
    const attackId = sorted.find((f) => f.attackId)?.attackId;
    const country = sorted.find((f) => f.country)?.country;
    byRoot.set(root, {
      id: rep.id,
      representative: rep.id,
      type: rep.type,
      name: rep.name,
      members: sorted.map((f) => f.id),
      aliases,
      evidence,
      confidence: Math.min(
        100,
        ...evidence.filter((e) => links.joining.has(e)).map((e) => e.confidence),
      ),
      conflicts: aliases.filter((a) => conflictKeys.has(normalizeName(a))),
      ...(attackId ? { attackId } : {}),
      ...(country ? { country } : {}),
      inactive: rep.inactive,
    });
  }
  const clusterAt = (i: number) => byRoot.get(links.find(i));
  const resolved = conflicts.map((c) => ({
    ...c,
    clusters: [...new Set((index.get(c.alias) ?? []).map((i) => clusterAt(i)?.id))].filter(
      (id): id is StixId => id !== undefined,
    ),
  }));
  const clusters = [...byRoot.values()].sort((a, b) => a.id.localeCompare(b.id));
  return {
    clusters,
    conflicts: resolved,
    refused: links.refused,
    clusterOf: (id) => {
      const i = position.get(id);
      return i === undefined ? undefined : clusterAt(i);
    },
    lookup: (name) => {
      const found = [
        ...new Set((index.get(normalizeName(name)) ?? []).map((i) => clusterAt(i))),
      ].filter((c): c is EntityCluster => c !== undefined);
      const active = found.filter((c) => !c.inactive);
      return active.length > 0 ? active : found;
    },
  };
}

function nameFor(f: EntityFacts | undefined, key: string): string {
  if (!f) return key;
  return f.names[f.keys.indexOf(key)] ?? key;
}
