/**
 * Collects what the plan and the risk score need from the report and the actor's knowledge:
 * techniques (report first, then the actor's known ones), exploited CVEs with their KEV entries, and
 * targeted sectors and countries.
 */
import type { Analysis } from '../analysis/types.ts';
import type { KevEntry, VulnerabilityFact } from '../playbook/types.ts';
import type { ActorKnowledge, BriefingInput, BriefingTechnique } from './types.ts';

const CVE_RE = /^CVE-\d{4}-\d{4,}$/i;

export function collectTechniques(input: BriefingInput): BriefingTechnique[] {
  const out = new Map<string, BriefingTechnique>();
  for (const entity of input.report?.analysis.entities ?? []) {
    const id = entity.externalId;
    if (entity.type !== 'attack-pattern' || !id) continue;
    const known = input.techniqueCatalog?.get(id);
    out.set(id, {
      id,
      name: known?.name ?? entity.name,
      tactics: known?.tactics ?? [],
      from: 'report',
    });
  }
  for (const indicator of input.report?.analysis.indicators ?? []) {
    const id = indicator.value.toUpperCase();
    if (indicator.type !== 'attack-id' || !id.startsWith('T') || out.has(id)) continue;
    const known = input.techniqueCatalog?.get(id);
    if (known) out.set(id, { id, name: known.name, tactics: known.tactics, from: 'report' });
  }
  for (const t of input.actor?.techniques ?? []) {
    if (!out.has(t.id)) out.set(t.id, { ...t, from: 'knowledge' });
  }
  return [...out.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export function collectVulnerabilities(
  analysis: Analysis | undefined,
  kev: ReadonlyMap<string, KevEntry> | undefined,
): VulnerabilityFact[] {
  const cves = new Set<string>();
  for (const e of analysis?.entities ?? []) {
    if (e.type === 'vulnerability' && e.externalId && CVE_RE.test(e.externalId))
      cves.add(e.externalId.toUpperCase());
  }
  for (const i of analysis?.indicators ?? []) {
    if (i.type === 'cve' && CVE_RE.test(i.value)) cves.add(i.value.toUpperCase());
  }
  return [...cves].sort().map((cve) => {
    const entry = kev?.get(cve);
    return entry ? { cve, kev: entry } : { cve };
  });
}

export interface Exposure {
  readonly sectors: string[];
  readonly countries: string[];
}

/** Sectors and countries the threat is aimed at: report targets first, then the actor's history. */
export function collectExposure(
  analysis: Analysis | undefined,
  actor: ActorKnowledge | undefined,
): Exposure {
  const sectors = new Set<string>();
  const countries = new Set<string>();
  const byKey = new Map((analysis?.entities ?? []).map((e) => [e.key, e]));
  for (const relation of analysis?.relations ?? []) {
    if (relation.type !== 'targets') continue;
    const target = byKey.get(relation.target);
    if (!target) continue;
    const props = target.properties ?? {};
    if (Array.isArray(props.sectors))
      for (const s of props.sectors) if (typeof s === 'string') sectors.add(s);
    if (typeof props.country === 'string') countries.add(props.country.toUpperCase());
    if (target.type === 'location' && target.externalId && /^[A-Z]{2}$/i.test(target.externalId)) {
      countries.add(target.externalId.toUpperCase());
    }
  }
  for (const s of actor?.targets.sectors ?? []) sectors.add(s);
  for (const c of actor?.targets.countries ?? []) countries.add(c.toUpperCase());
  return { sectors: [...sectors].sort(), countries: [...countries].sort() };
}
