/**
 * Everything composeBriefing needs, gathered from the store for one target: a stored report id, a
 * file or URL (read and analyzed first), or an actor / campaign name. Only here does the briefing
 * touch I/O; composition itself stays pure.
 */
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import {
  ACTOR_ENTITY_TYPES,
  isStixId,
  backgroundRef,
  reportedActor,
  provenanceOf,
  titleFromText,
  UNTITLED,
  tlpLevel,
  vigilId,
  type Analysis,
  type AttackMitigationRef,
  type BriefingInput,
  type KevEntry,
  type KnowledgeVersion,
  type OrgProfile,
  type ReportInput,
  type StixObject,
} from '@vigil/core';
import { resolveEntity, type Repository } from '@vigil/store';
import { isUrl, readDocument } from '../input/read-input.ts';
import {
  analyzeDocument,
  openAnalysisSession,
  type AnalysisSession,
} from '../report/analysis-session.ts';
import { readOptions, reportMeta, type ReportCliOptions } from '../report/report-options.ts';
import { gatherActor, getMany, mitigationsOf, techniqueFact } from './actor-knowledge.ts';

export class BriefTargetError extends Error {
  override readonly name = 'BriefTargetError';
  constructor(
    readonly code: 'not_found' | 'ambiguous' | 'no_text',
    message: string,
  ) {
    super(message);
  }
}

export interface GatherOptions {
  readonly now: string;
  /** A session opened earlier (knowledge prepared once, e.g. by a long-running process or a bench). */
  readonly session?: AnalysisSession;
  readonly profile?: OrgProfile;
  readonly report?: ReportCliOptions;
}

export interface Gathered {
  readonly input: BriefingInput;
  readonly notes: readonly string[];
}

// The store types a cluster with any STIX type; only actor types can be briefed on by name.
const isActorType = (type: string): boolean =>
  (ACTOR_ENTITY_TYPES as ReadonlySet<string>).has(type);

async function knowledgeVersions(repo: Repository): Promise<KnowledgeVersion[]> {
  const meta = await repo.meta.all();
  const out: KnowledgeVersion[] = [];
  if (meta['attack.version']) {
    out.push({ name: 'MITRE ATT&CK', version: `v${meta['attack.version']}` });
  } else if (meta['attack.latest_modified']) {
    // A bundle without an x-mitre-collection states no release: say how recent its content is.
    out.push({
      name: 'MITRE ATT&CK',
      version: `content up to ${meta['attack.latest_modified'].slice(0, 10)}`,
    });
  }
  if (meta['kev.catalog_version'])
    out.push({ name: 'CISA KEV', version: meta['kev.catalog_version'] });
  for (const [key, value] of Object.entries(meta).sort()) {
    if (key.startsWith('misp-galaxy.') && key.endsWith('.version'))
      out.push({ name: `MISP galaxy ${key.split('.')[1]}`, version: value });
  }
  return out;
}

/** KEV entries of the CVEs the analysis names (stored by the KEV importer as vulnerability objects). */
async function kevFor(
  repo: Repository,
  analysis: Analysis | undefined,
): Promise<Map<string, KevEntry>> {
  const cves = new Set<string>();
  for (const e of analysis?.entities ?? [])
    if (e.type === 'vulnerability' && e.externalId) cves.add(e.externalId.toUpperCase());
  for (const i of analysis?.indicators ?? []) if (i.type === 'cve') cves.add(i.value.toUpperCase());
  const out = new Map<string, KevEntry>();
  for (const cve of [...cves].sort()) {
    const object = await repo.get(vigilId('vulnerability', cve));
    // The KEV importer keeps CISA's fields in x_cisa_kev, without the CVE id (it is the object's name).
    const kev = object?.x_cisa_kev as Omit<KevEntry, 'cveID'> | undefined;
    if (kev && typeof kev.vendorProject === 'string' && typeof kev.product === 'string') {
      out.set(cve, { ...kev, cveID: cve });
    }
  }
  return out;
}

/** Names and tactics of the techniques the report names, and their ATT&CK mitigations. */
async function reportTechniques(repo: Repository, analysis: Analysis) {
  const catalog = new Map<string, { name: string; tactics: string[] }>();
  const mitigations = new Map<string, AttackMitigationRef[]>();
  const refs = analysis.entities.flatMap((e) =>
    e.type === 'attack-pattern' && e.ref ? [e.ref] : [],
  );
  const objects = await getMany(repo, refs);
  const byRef = await mitigationsOf(repo, refs);
  for (const ref of refs) {
    const object = objects.get(ref);
    const fact = object && techniqueFact(object);
    if (!fact) continue;
    catalog.set(fact.id, { name: fact.name, tactics: [...fact.tactics] });
    mitigations.set(fact.id, byRef.get(ref) ?? []);
  }
  return { catalog, mitigations };
}

function reportInputFrom(
  object: StixObject | undefined,
  analysis: Analysis,
  meta: {
    title?: string;
    url?: string;
    published?: string;
    sourceName?: string;
    reliability?: ReportInput['reliability'];
    markingRefs?: readonly string[];
  },
): ReportInput {
  const level = tlpLevel(meta.markingRefs ?? object?.object_marking_refs);
  const title = meta.title ?? (typeof object?.name === 'string' ? object.name : UNTITLED);
  // A stored report whose source gave no date carries the ingestion time in `published`: not a date to cite.
  const knownDate = object ? provenanceOf(object)?.published_known !== false : true;
  const published =
    meta.published ??
    (knownDate && typeof object?.published === 'string' ? object.published : undefined);
  const url = meta.url ?? object?.external_references?.find((r) => r.url)?.url;
  const source = object ? provenanceOf(object)?.source : undefined;
  const reliability = meta.reliability ?? (source?.reliability as ReportInput['reliability']);
  const publisher = meta.sourceName ?? source?.name;
  return {
    ...(object ? { id: object.id } : {}),
    title,
    ...(url ? { url } : {}),
    ...(published ? { published: published.slice(0, 10) } : {}),
    ...(!published && typeof object?.created === 'string' ? { ingested: object.created } : {}),
    ...(publisher ? { publisher } : {}),
    ...(reliability ? { reliability } : {}),
    ...(level ? { tlp: level } : {}),
    analysis,
  };
}

/** Reads and analyzes the target when it is a stored report, a file or a URL. */
async function analyzeTarget(
  repo: Repository,
  target: string,
  options: GatherOptions,
  notes: string[],
): Promise<ReportInput | undefined> {
  const stored =
    isStixId(target) && target.startsWith('report--') ? await repo.get(target) : undefined;
  if (isStixId(target) && target.startsWith('report--') && !stored)
    throw new BriefTargetError('not_found', `no report ${target} in the store`);
  if (!stored && !isUrl(target) && !existsSync(target)) return undefined;
  const session = options.session ?? (await openAnalysisSession(repo));
  if (!options.session) notes.push(...session.notes);
  if (stored) {
    const text = await repo.reportText.get(stored.id);
    if (text === undefined)
      throw new BriefTargetError('no_text', `report ${stored.id} has no stored text to brief from`);
    const document = { text, format: 'text' as const, notes: [] };
    const known = provenanceOf(stored)?.published_known !== false;
    const published = known && typeof stored.published === 'string' ? stored.published : undefined;
    const { analysis } = analyzeDocument(session, document, {
      ingested: options.now,
      ...(published ? { published } : {}),
    });
    return reportInputFrom(stored, analysis, {});
  }
  const document = await readDocument(target, readOptions(options.report ?? {}));
  notes.push(...document.notes);
  const meta = reportMeta(options.report ?? {}, document, options.now);
  const { analysis } = analyzeDocument(session, document, meta);
  // Without a title from the source or --title: the report's first line that reads as one (as `analyze`
  // names it), else the file or URL.
  const title = meta.title ?? fallbackTitle(analysis.text, target);
  return reportInputFrom(undefined, analysis, { ...meta, title });
}

/** Why a name found no actor, when the reason is that the store knows none at all yet. */
async function whyNoActor(repo: Repository): Promise<string> {
  const any = await repo.query({ types: [...ACTOR_ENTITY_TYPES], includeRevoked: true, limit: 1 });
  return any.items.length === 0
    ? ': the store has no actor knowledge yet (run `vigil sync attack` and `vigil sync misp-galaxy`)'
    : '';
}

export async function gatherBriefingInput(
  repo: Repository,
  target: string,
  options: GatherOptions,
): Promise<Gathered> {
  const notes: string[] = [];
  const report = await analyzeTarget(repo, target, options, notes);
  let actorId: string | undefined;
  if (report) {
    actorId = backgroundRef(reportedActor(report.analysis));
  } else {
    const found = (await resolveEntity(repo, target)).filter((c) => isActorType(c.type));
    if (found.length === 0)
      throw new BriefTargetError(
        'not_found',
        `"${target}" is neither a stored report, a file, a URL nor a known actor or campaign${await whyNoActor(repo)}`,
      );
    if (found.length > 1) {
      throw new BriefTargetError(
        'ambiguous',
        `"${target}" names ${found.length} actors: ${found.map((c) => `${c.name} (${c.representative})`).join(', ')}; pass an id`,
      );
    }
    actorId = found[0]?.representative;
  }
  const gathered = actorId ? await gatherActor(repo, actorId) : undefined;
  if (report && actorId === undefined)
    notes.push('no known actor named in the report: no background');
  const techniques = report ? await reportTechniques(repo, report.analysis) : undefined;
  const techniqueMitigations = new Map([
    ...(gathered?.techniqueMitigations ?? []),
    ...(techniques?.mitigations ?? []),
  ]);
  const kev = await kevFor(repo, report?.analysis);
  // "Other reports on file" are the actor's reports besides the one briefed.
  const actor =
    gathered && report?.id
      ? {
          ...gathered.actor,
          otherReports: gathered.actor.otherReports.filter((r) => r.id !== report.id),
        }
      : gathered?.actor;
  const input: BriefingInput = {
    now: options.now,
    ...(report ? { report } : {}),
    ...(actor ? { actor } : {}),
    kev,
    techniqueMitigations,
    ...(techniques ? { techniqueCatalog: techniques.catalog } : {}),
    ...(options.profile ? { profile: options.profile } : {}),
    knowledgeVersions: await knowledgeVersions(repo),
  };
  return { input, notes };
}

function fallbackTitle(text: string, target: string): string {
  const title = titleFromText(text);
  if (title !== UNTITLED) return title;
  return isUrl(target) ? target : basename(target);
}
