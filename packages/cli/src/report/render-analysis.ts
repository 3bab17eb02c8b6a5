/** The three faces of an analysis: a summary a person reads, JSON with provenance spans, a STIX bundle. */
import {
  defangForDisplay,
  displayName,
  provenanceOf,
  tlpLabel,
  tlpLevel,
  vigilId,
  type Analysis,
  type ExtractedEntity,
  type ExtractedRelation,
  type StixObject,
} from '@vigil/core';
import type { AnalyzedDocument } from './analysis-session.ts';
import { periodLabel } from './period-label.ts';

/** Why an inferred relation was inferred, as the summary says it. */
const INFERRED_FROM: Readonly<Record<NonNullable<ExtractedRelation['inferred']>, string>> = {
  'sole-actor': 'the only actor the report names',
  'sole-campaign': 'the operation the report is about',
  'sole-malware': 'the malware the report is about',
};

const TYPE_TITLES: readonly [ExtractedEntity['type'], string][] = [
  ['intrusion-set', 'Intrusion sets'],
  ['threat-actor', 'Threat actors'],
  ['campaign', 'Activity'],
  ['identity', 'Organizations'],
  ['location', 'Locations'],
  ['malware', 'Malware'],
  ['tool', 'Tools'],
  ['attack-pattern', 'Techniques'],
  ['vulnerability', 'Vulnerabilities'],
];

/**
 * "APT31 (= ZIRCONIUM, G0128)": the name as the report writes it, then the knowledge object it
 * resolved to (its name when different, its ATT&CK/CVE id); "(new)" only for what the store did not
 * hold before this reading (an earlier report's victim is "(known)").
 */
function entityLabel(
  entity: ExtractedEntity,
  stored: StixObject | undefined,
  storedBefore: boolean,
): string {
  const shown = `${displayName(entity)}${activePeriod(entity, stored)}`;
  if (!entity.ref) return `${shown} (${storedBefore ? 'known' : 'new'})`;
  const resolved = [
    displayName(entity) !== entity.name ? entity.name : undefined,
    entity.externalId,
  ].filter(Boolean);
  return resolved.length > 0 ? `${shown} (= ${resolved.join(', ')})` : `${shown} (known)`;
}

/**
 * " (since 2022)": the period this report states for an intrusion, then, when it differs, the period
 * the store will hold once other reports of it are counted ("since 2023; known since 2022").
 */
function activePeriod(entity: ExtractedEntity, stored: StixObject | undefined): string {
  const props = entity.properties ?? {};
  const stated = periodLabel(props.first_seen, props.last_seen);
  const known = stored && periodLabel(stored.first_seen, stored.last_seen);
  const parts = [stated, known && known !== stated ? `known ${known}` : undefined].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join('; ')})` : '';
}

function entityLine(
  entity: ExtractedEntity,
  stored: StixObject | undefined,
  storedBefore: boolean,
): string {
  const props = entity.properties ?? {};
  const extra = [
    Array.isArray(props.sectors) ? (props.sectors as string[]).join(', ') : undefined,
    typeof props.country === 'string' ? props.country : undefined,
    typeof props.region === 'string' ? props.region : undefined,
    Array.isArray(props.threat_actor_types)
      ? (props.threat_actor_types as string[]).join(', ')
      : undefined,
    typeof props.resource_level === 'string' ? props.resource_level : undefined,
    Array.isArray(props.roles) ? (props.roles as string[]).join(', ') : undefined,
  ].filter(Boolean);
  return `  - ${entityLabel(entity, stored, storedBefore)}${extra.length ? ` [${extra.join('; ')}]` : ''}  (${entity.mentions.length}x, via ${entity.via})`;
}

export function renderSummary(doc: AnalyzedDocument, notes: readonly string[] = []): string {
  const { analysis, stix, meta } = doc;
  const lines: string[] = [];
  const names = new Map(analysis.entities.map((e) => [e.key, displayName(e)]));
  const objects = new Map(stix.objects.map((o) => [o.id, o]));
  const objectOf = (entity: ExtractedEntity): StixObject | undefined => {
    const id = stix.ids.get(entity.key);
    return id === undefined ? undefined : objects.get(id);
  };
  lines.push(`Report: ${String(stix.report.name)}`);
  lines.push(`  id ${stix.report.id}`);
  lines.push(
    `  published ${meta.published ? meta.published.slice(0, 10) : 'unknown (the source gives no date)'}`,
  );
  const tlp = tlpLevel(meta.markingRefs);
  lines.push(`  marking ${tlp ? tlpLabel(tlp) : 'none: unrestricted (--tlp sets a TLP level)'}`);
  if (meta.sourceName || meta.reliability) {
    lines.push(
      `  source ${meta.sourceName ?? 'unnamed'}${meta.reliability ? `, reliability ${meta.reliability}` : ''}`,
    );
  }
  for (const [type, title] of TYPE_TITLES) {
    const found = analysis.entities.filter((e) => e.type === type);
    if (found.length === 0) continue;
    lines.push(`${title}:`);
    for (const entity of found) {
      const object = objectOf(entity);
      lines.push(
        entityLine(entity, object, object !== undefined && doc.storedIds?.has(object.id) === true),
      );
    }
  }
  if (analysis.relations.length > 0) {
    lines.push('Relations:');
    const name = (key: string): string => names.get(key) ?? key;
    const inferred = new Map<string, string[]>();
    for (const r of analysis.relations) {
      if (r.inferred) {
        const head = `${name(r.source)} ${r.type} (inferred: ${INFERRED_FROM[r.inferred]})`;
        inferred.set(head, [...(inferred.get(head) ?? []), name(r.target)]);
        continue;
      }
      const confidence =
        r.confidence !== undefined
          ? ` (confidence ${r.confidence}${r.confidenceText ? `: "${r.confidenceText}"` : ''})`
          : '';
      lines.push(`  - ${name(r.source)} ${r.type} ${name(r.target)}${confidence}`);
    }
    // Inferred relations are many and alike: one line per subject, so the stated ones stay readable.
    for (const [head, targets] of inferred) lines.push(`  - ${head}: ${targets.join(', ')}`);
  }
  if (analysis.dates.length > 0) {
    lines.push('Dates:');
    // The same date in the same words once, with its count (a text repeating itself lists it once).
    const counts = new Map<string, number>();
    for (const d of analysis.dates) {
      const line = `  - ${d.role} ${d.value}  ("${d.mention.text}")`;
      counts.set(line, (counts.get(line) ?? 0) + 1);
    }
    for (const [line, count] of counts) lines.push(count > 1 ? `${line} (${count}x)` : line);
  }
  const iocs = analysis.indicators.filter((i) => i.type !== 'cve' && i.type !== 'attack-id');
  lines.push(
    iocs.length > 0 ? `Indicators (${iocs.length}, defanged):` : 'Indicators: none in the text',
  );
  for (const ioc of iocs) {
    const flag = ioc.warnings?.length
      ? `  ! likely benign: ${ioc.warnings.map((w) => w.name).join(', ')}`
      : '';
    lines.push(`  - ${ioc.type} ${defangForDisplay(ioc.type, ioc.value)}${flag}`);
  }
  for (const note of notes) lines.push(`note: ${note}`);
  return `${lines.join('\n')}\n`;
}

/** JSON for other tools: the analysis with spans, plus the report's identity. */
export function analysisJson(doc: AnalyzedDocument, notes: readonly string[] = []): unknown {
  const { analysis, stix, meta } = doc;
  const provenance = provenanceOf(stix.report);
  const ids = Object.fromEntries(stix.ids);
  return {
    report: {
      id: stix.report.id,
      name: stix.report.name,
      published: meta.published ?? null,
      published_known: meta.published !== undefined,
      tlp: tlpLevel(meta.markingRefs) ?? null,
      source: provenance?.source ?? null,
      text_sha256: provenance?.text_sha256,
    },
    entities: analysis.entities.map((e) => ({ ...e, stix_id: ids[e.key] })),
    relations: analysis.relations,
    indicators: analysis.indicators,
    dates: analysis.dates,
    sentences: analysis.sentences,
    text: analysis.text,
    notes,
  } satisfies Record<string, unknown> & { text: Analysis['text'] };
}

/**
 * A self-contained bundle: reports' objects plus the knowledge objects they reference, each id once
 * (several reports of one run share actors, places and marking definitions; the later version wins).
 */
export function stixBundle(objects: readonly StixObject[]): unknown {
  const byId = new Map<string, StixObject>();
  for (const object of objects) byId.set(object.id, object);
  const all = [...byId.values()];
  const key = all.map((o) => `${o.id}@${String(o.modified ?? '')}`).join(',');
  return { type: 'bundle', id: vigilId('bundle', key), objects: all };
}
