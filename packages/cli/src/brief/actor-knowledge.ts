/**
 * Gathers an actor's background from the store: the entity cluster (aliases across ATT&CK and MISP),
 * attribution, first activity, targets, techniques by tactic, software, other reports on file, and
 * the ATT&CK `mitigates` relationships of its techniques.
 */
import type {
  ActorKnowledge,
  AttackMitigationRef,
  KnowledgeRef,
  StixObject,
  TechniqueFact,
  TlpLevel,
} from '@vigil/core';
import { attackTactics, provenanceOf, tlpLevel } from '@vigil/core';
import { allPages, clusterOfObject, sourceOf, type Repository } from '@vigil/store';

const ACTIVE_SINCE =
  /\bactive since (?:at least )?(?:the )?(?:(?:early|mid|late)-?\s*)?((?:19|20)\d{2})\b/i;
const PAGE = 1000;
/** Up to this many techniques, query their mitigations one by one. */
const FEW = 5;

const attackId = (o: StixObject): string | undefined =>
  o.external_references?.find((r) => r.source_name.startsWith('mitre-'))?.external_id;
const isActive = (o: StixObject): boolean => o.revoked !== true && o.x_mitre_deprecated !== true;
const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v.trim() !== '' ? v : undefined;
const NO_SPONSOR = /^\s*(?:unknown|none|n\/a)\s*$/iu;
const strings = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.filter((x): x is string => typeof x === 'string')
    : typeof v === 'string'
      ? [v]
      : [];

const relationshipsOf = (repo: Repository, sourceRef: string): Promise<StixObject[]> =>
  allPages((after) => repo.relationships({ sourceRef, limit: PAGE, ...(after ? { after } : {}) }));

/** Latest versions of many objects in a few queries (one `get` per id is the slow path). */
export async function getMany(
  repo: Repository,
  ids: Iterable<string>,
): Promise<Map<string, StixObject>> {
  const wanted = [...new Set(ids)];
  const out = new Map<string, StixObject>();
  for (let i = 0; i < wanted.length; i += PAGE) {
    const chunk = wanted.slice(i, i + PAGE);
    let after: string | undefined;
    do {
      const page = await repo.query({
        ids: chunk,
        limit: PAGE,
        includeRevoked: true,
        ...(after ? { after } : {}),
      });
      for (const o of page.items) out.set(o.id, o);
      after = page.next;
    } while (after);
  }
  return out;
}

export const techniqueFact = (o: StixObject): TechniqueFact | undefined => {
  const id = attackId(o);
  if (!id || typeof o.name !== 'string') return undefined;
  return { id, name: o.name, tactics: attackTactics(o) };
};

export interface GatheredActor {
  readonly actor: ActorKnowledge;
  readonly techniqueMitigations: Map<string, AttackMitigationRef[]>;
}

/** ATT&CK mitigations (`mitigates` relationships) of technique objects, by technique object id. */
export async function mitigationsOf(
  repo: Repository,
  techniqueRefs: readonly string[],
): Promise<Map<string, AttackMitigationRef[]>> {
  const sources = new Map<string, string[]>(techniqueRefs.map((ref) => [ref, []]));
  if (techniqueRefs.length > FEW) {
    // Many techniques: one scan of every `mitigates` relationship beats a query per technique.
    let after: string | undefined;
    do {
      const page = await repo.relationships({
        relationshipType: 'mitigates',
        limit: PAGE,
        ...(after ? { after } : {}),
      });
      for (const r of page.items) sources.get(String(r.target_ref))?.push(String(r.source_ref));
      after = page.next;
    } while (after);
  } else {
    for (const ref of techniqueRefs) {
      const rels = await repo.relationships({
        targetRef: ref,
        relationshipType: 'mitigates',
        limit: PAGE,
      });
      sources.set(
        ref,
        rels.items.map((r) => String(r.source_ref)),
      );
    }
  }
  const objects = await getMany(repo, [...sources.values()].flat());
  const out = new Map<string, AttackMitigationRef[]>();
  for (const [ref, ids] of sources) {
    const list: AttackMitigationRef[] = [];
    for (const id of ids) {
      const coa = objects.get(id);
      const mid = coa && attackId(coa);
      if (coa && mid && /^M\d{4}$/.test(mid) && isActive(coa) && typeof coa.name === 'string')
        list.push({ id: mid, name: coa.name });
    }
    out.set(
      ref,
      list.sort((x, y) => x.id.localeCompare(y.id)),
    );
  }
  return out;
}

export async function gatherActor(
  repo: Repository,
  objectId: string,
): Promise<GatheredActor | undefined> {
  const cluster = await clusterOfObject(repo, objectId);
  const representative = await repo.get(cluster?.representative ?? objectId);
  if (!representative) return undefined;
  const members: StixObject[] = [];
  for (const m of cluster?.members ?? [{ id: representative.id }]) {
    const o = m.id === representative.id ? representative : await repo.get(m.id);
    if (o) members.push(o);
  }
  const ref = (o: StixObject): KnowledgeRef => ({
    objectId: o.id,
    source: sourceOf(o),
    ...(attackId(o) ? { externalId: attackId(o) } : {}),
  });

  const techniques = new Map<string, TechniqueFact>();
  const techniqueRefs = new Map<string, string>();
  const software = new Map<string, { name: string; externalId?: string; type: string }>();
  const sectors = new Set<string>();
  const countries = new Set<string>();
  let sponsor: ActorKnowledge['sponsor'];
  let activeSince: ActorKnowledge['activeSince'];
  let country = cluster?.country;
  for (const member of members) {
    // One query per member, split by type here (the store answers a source-only query fastest).
    const outgoing = await relationshipsOf(repo, member.id);
    const uses = outgoing.filter((r) => r.relationship_type === 'uses');
    const attributed = outgoing.filter((r) => r.relationship_type === 'attributed-to');
    const targeted = outgoing.filter((r) => r.relationship_type === 'targets');
    const related = await getMany(
      repo,
      [...uses, ...attributed, ...targeted].map((r) => String(r.target_ref)),
    );
    for (const rel of uses) {
      const target = related.get(String(rel.target_ref));
      if (!target || !isActive(target)) continue;
      if (target.type === 'attack-pattern') {
        const fact = techniqueFact(target);
        if (fact && !techniques.has(fact.id)) {
          techniques.set(fact.id, fact);
          techniqueRefs.set(fact.id, target.id);
        }
      } else if (
        (target.type === 'malware' || target.type === 'tool') &&
        typeof target.name === 'string'
      ) {
        const id = attackId(target);
        software.set(target.name, {
          name: target.name,
          type: target.type,
          ...(id ? { externalId: id } : {}),
        });
      }
    }
    for (const rel of attributed) {
      const target = related.get(String(rel.target_ref));
      // The people behind a set (extract/entities/people.ts) are its hands, not its sponsor.
      if (target && typeof target.name === 'string' && target.resource_level !== 'individual')
        sponsor ??= { name: target.name, basis: ref(member) };
    }
    for (const rel of targeted) {
      const target = related.get(String(rel.target_ref));
      for (const s of strings(target?.sectors)) sectors.add(s);
      if (target?.type === 'location' && typeof target.country === 'string')
        countries.add(target.country.toUpperCase());
    }
    // MISP threat-actor galaxy: the CFR fields name the suspected state sponsor and victims.
    const stateSponsor = text(member.x_misp_cfr_suspected_state_sponsor);
    // MISP writes "Unknown" where the CFR names no sponsor.
    if (stateSponsor && !NO_SPONSOR.test(stateSponsor))
      sponsor ??= { name: stateSponsor, basis: ref(member) };
    country ??= text(member.x_misp_country) ?? text(member.country);
    const firstSeen = text(member.first_seen);
    const since = firstSeen?.slice(0, 4) ?? ACTIVE_SINCE.exec(text(member.description) ?? '')?.[1];
    if (since && (!activeSince || since < activeSince.value))
      activeSince = { value: since, basis: ref(member) };
  }

  const evidence: { reportId: string }[] = [];
  for (const member of members) evidence.push(...(await repo.evidence.forObject(member.id)));
  const reports = await getMany(
    repo,
    evidence.map((row) => row.reportId),
  );
  const otherReports = new Map<
    string,
    { id: string; name: string; published?: string; ingested?: string; tlp?: TlpLevel }
  >();
  for (const report of reports.values()) {
    const level = tlpLevel(report.object_marking_refs);
    // An undated report's `published` is the ingest time: cited as such, never as a publication date.
    const dated = provenanceOf(report)?.published_known !== false;
    otherReports.set(report.id, {
      id: report.id,
      name: typeof report.name === 'string' ? report.name : report.id,
      ...(dated && typeof report.published === 'string' ? { published: report.published } : {}),
      ...(!dated && typeof report.created === 'string' ? { ingested: report.created } : {}),
      ...(level ? { tlp: level } : {}),
    });
  }

  const byRef = await mitigationsOf(repo, [...techniqueRefs.values()]);
  const techniqueMitigations = new Map<string, AttackMitigationRef[]>();
  for (const [id, techniqueRef] of techniqueRefs)
    techniqueMitigations.set(id, byRef.get(techniqueRef) ?? []);

  const name = typeof representative.name === 'string' ? representative.name : representative.id;
  const externalId = attackId(representative);
  const aliases = [...new Set([...(cluster?.aliases ?? []), ...strings(representative.aliases)])]
    .filter((a) => a !== name)
    .sort();
  const actor: ActorKnowledge = {
    id: representative.id,
    type: representative.type,
    name,
    ...(externalId ? { externalId } : {}),
    aliases,
    ...(text(representative.description) ? { description: text(representative.description) } : {}),
    ...(sponsor ? { sponsor } : {}),
    ...(country ? { country } : {}),
    ...(activeSince ? { activeSince } : {}),
    targets: { sectors: [...sectors].sort(), countries: [...countries].sort() },
    techniques: [...techniques.values()].sort((a, b) => a.id.localeCompare(b.id)),
    software: [...software.values()].sort((a, b) => a.name.localeCompare(b.name)),
    otherReports: [...otherReports.values()].sort((a, b) => a.id.localeCompare(b.id)),
    basis: members.map(ref),
  };
  return { actor, techniqueMitigations };
}
