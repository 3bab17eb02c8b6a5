/**
 * Analysis -> STIX 2.1: the report (with its provenance extension), the objects Vigil creates for new
 * names, relationships, and SCOs + indicators for IOCs. Pure and deterministic: the same analysis and
 * metadata give the same objects, byte for byte (time is passed in).
 */
import type { Analysis, ExtractedEntity, ExtractedRelation, Mention } from '../analysis/types.ts';
import type { Reliability } from '../briefing/types.ts';
import type { StixObject } from '../stix/object.ts';
import { vigilId, type StixId } from '../stix/ids.ts';
import { vigilRelationship } from '../stix/vigil-relationship.ts';
import { indicatorKey, indicatorOperators } from '../extract/relations/indicator-operators.ts';
import { citedTlpDefinitions } from '../marking/cited-markings.ts';
import { entityObject, newEntityId, type CreationContext } from './entity-objects.ts';
import { indicatorObject, observableFor } from './indicator-objects.ts';
import { titleFromText } from './report-title.ts';
import {
  MAX_EVIDENCE_SPANS,
  PROVENANCE_EXTENSION_DEFINITION,
  PROVENANCE_EXTENSION_ID,
  VIGIL_IDENTITY,
  VIGIL_IDENTITY_ID,
  type EvidenceEntry,
  type EvidenceSpan,
  type ReportProvenance,
} from './provenance.ts';
import { reportId, textSha256 } from './report-identity.ts';

export interface ReportMeta {
  readonly title?: string;
  readonly url?: string;
  /** RFC 3339 timestamp of publication; absent when the source gives none (never guessed). */
  readonly published?: string;
  /** When Vigil read the report (injected clock). */
  readonly ingested: string;
  readonly sourceName?: string;
  /** Admiralty source reliability A-F: a property of the source, separate from any judgement's confidence. */
  readonly reliability?: Reliability;
  /** TLP marking-definition ids that apply to the report and everything derived from it. */
  readonly markingRefs?: readonly StixId[];
  /** Make indicators for values a warning list flagged too (default: SCO only). */
  readonly indicatorsForFlagged?: boolean;
}

export interface ReportStix {
  readonly report: StixObject;
  /** Every object of the bundle, the report last; referenced knowledge objects are not repeated. */
  readonly objects: readonly StixObject[];
  /** Entity key -> object id, for callers that follow up (drafts, briefings). */
  readonly ids: ReadonlyMap<string, StixId>;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function spansOf(mentions: readonly Mention[], analysis: Analysis): EvidenceSpan[] {
  return mentions.map((m) => {
    const sentence = analysis.sentences[m.sentence];
    return {
      start: m.start,
      end: m.end,
      sentence_start: sentence?.start ?? m.start,
      sentence_end: sentence?.end ?? m.end,
    };
  });
}

/** Objects of interest the report's attribution points at: indicators `indicates` them. */
function attributedTargets(analysis: Analysis, ids: ReadonlyMap<string, StixId>): StixId[] {
  const targets = new Set<StixId>();
  for (const relation of analysis.relations) {
    if (relation.type !== 'attributed-to') continue;
    const target = ids.get(relation.target);
    if (target?.startsWith('intrusion-set--')) targets.add(target);
  }
  if (targets.size === 0) {
    const malware = analysis.entities.filter((e) => e.type === 'malware');
    if (malware.length === 1) targets.add(ids.get(malware[0]!.key)!);
  }
  return [...targets].sort();
}

export function analysisToStix(analysis: Analysis, meta: ReportMeta): ReportStix {
  const markingRefs = meta.markingRefs ?? [];
  const context: CreationContext = {
    created: meta.ingested,
    createdBy: VIGIL_IDENTITY_ID,
    markingRefs,
  };
  const marked = markingRefs.length > 0 ? { object_marking_refs: [...markingRefs] } : {};
  const created = new Map<string, StixObject>();
  const ids = new Map<string, StixId>();
  const evidence: EvidenceEntry[] = [];

  const addEntity = (entity: ExtractedEntity) => {
    const id = entity.ref ?? newEntityId(entity);
    ids.set(entity.key, id);
    if (!entity.ref && !created.has(id)) created.set(id, entityObject(entity, context));
    evidence.push({
      object_ref: id,
      via: entity.via,
      ...(entity.recognition !== undefined ? { confidence: entity.recognition } : {}),
      spans: spansOf(entity.mentions, analysis),
    });
  };
  analysis.entities.forEach(addEntity);

  for (const relation of analysis.relations) {
    const source = ids.get(relation.source);
    const target = ids.get(relation.target);
    if (!source || !target || source === target) continue;
    const id = vigilId('relationship', relation.type, source, target);
    if (!created.has(id)) {
      const confidence =
        relation.confidence !== undefined ? { confidence: relation.confidence } : {};
      created.set(id, vigilRelationship(relation.type, source, target, context, confidence));
    }
    evidence.push({
      object_ref: id,
      via: relation.inferred
        ? `relation inferred: ${relation.inferred}`
        : relation.confidenceText
          ? `relation: "${relation.confidenceText}"`
          : 'relation',
      ...(relation.confidence !== undefined ? { confidence: relation.confidence } : {}),
      spans: spansOf(relation.evidence, analysis),
    });
  }

  const publishedKnown = meta.published !== undefined;
  const indicated = attributedTargets(analysis, ids);
  const operated = new Map<string, ExtractedRelation[]>();
  for (const r of indicatorOperators(
    analysis.text,
    analysis.sentences,
    analysis.entities,
    analysis.indicators,
  )) {
    operated.set(r.source, [...(operated.get(r.source) ?? []), r]);
  }
  const flagged: NonNullable<ReportProvenance['flagged']>[number][] = [];
  for (const ioc of analysis.indicators) {
    const form = observableFor(ioc);
    if (!form) continue;
    const sco = markingRefs.length > 0 ? { ...form.sco, ...marked } : form.sco;
    created.set(sco.id, sco);
    evidence.push({
      object_ref: sco.id,
      via: ioc.defanged ? 'ioc:defanged' : 'ioc',
      spans: spansOf(ioc.mentions, analysis),
    });
    const warned = (ioc.warnings?.length ?? 0) > 0;
    if (warned) flagged.push({ type: ioc.type, value: ioc.value, lists: ioc.warnings ?? [] });
    if (!form.pattern || (warned && !meta.indicatorsForFlagged)) continue;
    const indicator = indicatorObject(ioc.value, form.pattern, {
      validFrom: meta.published ?? meta.ingested,
      publishedKnown,
      created: meta.ingested,
      createdBy: VIGIL_IDENTITY_ID,
      markingRefs,
    });
    created.set(indicator.id, indicator);
    const related = vigilRelationship('related-to', indicator.id, sco.id, context);
    created.set(related.id, related);
    // The actors the text says ran this indicator, with their evidence, then the report's attribution.
    const stated = new Map(
      (operated.get(indicatorKey(ioc)) ?? []).map((r) => [ids.get(r.target), r] as const),
    );
    for (const target of new Set([...stated.keys(), ...indicated])) {
      if (!target) continue;
      const relation = stated.get(target);
      const confidence =
        relation?.confidence !== undefined ? { confidence: relation.confidence } : {};
      const link = vigilRelationship('indicates', indicator.id, target, context, confidence);
      created.set(link.id, link);
      if (relation) {
        evidence.push({
          object_ref: link.id,
          via: relation.confidenceText ? `relation: "${relation.confidenceText}"` : 'relation',
          ...confidence,
          spans: spansOf(relation.evidence, analysis),
        });
      }
    }
  }

  const refs = new Set<string>([...ids.values(), ...created.keys()]);
  if (refs.size === 0) refs.add(VIGIL_IDENTITY_ID);
  const source =
    meta.sourceName || meta.url || meta.reliability
      ? {
          ...(meta.sourceName ? { name: meta.sourceName } : {}),
          ...(meta.url ? { url: meta.url } : {}),
          ...(meta.reliability ? { reliability: meta.reliability } : {}),
        }
      : undefined;
  const provenance: ReportProvenance = {
    extension_type: 'property-extension',
    text_sha256: textSha256(analysis.text),
    published_known: publishedKnown,
    ...(source ? { source } : {}),
    // STIX 2.1 §3.1: lists are never empty; absent means none.
    ...(evidence.length > 0 ? { evidence: mergeEvidence(evidence) } : {}),
    ...(flagged.length > 0 ? { flagged } : {}),
  };
  const report: StixObject = {
    type: 'report',
    spec_version: '2.1',
    id: reportId(analysis.text, meta.url),
    created: meta.ingested,
    modified: meta.ingested,
    created_by_ref: VIGIL_IDENTITY_ID,
    name: meta.title?.trim() || titleFromText(analysis.text),
    ...(publishedKnown
      ? {}
      : {
          description:
            'The source states no publication date: `published` is the date Vigil read it.',
        }),
    report_types: ['threat-report'],
    published: meta.published ?? meta.ingested,
    object_refs: [...refs].sort(),
    ...(meta.url
      ? { external_references: [{ source_name: meta.sourceName ?? 'source', url: meta.url }] }
      : {}),
    ...marked,
    extensions: { [PROVENANCE_EXTENSION_ID]: provenance },
  };
  const objects = [
    VIGIL_IDENTITY,
    PROVENANCE_EXTENSION_DEFINITION,
    // TLP 2.0 definitions are not in the spec: the bundle carries the ones it cites.
    ...citedTlpDefinitions([report]),
    ...[...created.values()].sort(byId),
    report,
  ];
  return { report, objects, ids };
}

/** The first MAX_EVIDENCE_SPANS spans of an entry (in text order), with the count of all when cut. */
function boundedSpans(entry: EvidenceEntry): EvidenceEntry {
  if (entry.spans.length <= MAX_EVIDENCE_SPANS) return entry;
  return {
    ...entry,
    spans: entry.spans.slice(0, MAX_EVIDENCE_SPANS),
    span_count: entry.spans.length,
  };
}

/** One evidence entry per object, spans in text order: stable output whatever order extractors used. */
function mergeEvidence(entries: readonly EvidenceEntry[]): EvidenceEntry[] {
  const merged = new Map<string, EvidenceEntry>();
  for (const entry of entries) {
    const previous = merged.get(entry.object_ref);
    if (!previous) {
      merged.set(entry.object_ref, { ...entry, spans: [...entry.spans] });
      continue;
    }
    const seen = new Set(previous.spans.map((s) => `${s.start}:${s.end}`));
    const spans = [
      ...previous.spans,
      ...entry.spans.filter((s) => !seen.has(`${s.start}:${s.end}`)),
    ];
    const confidence = Math.max(previous.confidence ?? -1, entry.confidence ?? -1);
    merged.set(entry.object_ref, {
      ...previous,
      spans,
      ...(confidence >= 0 ? { confidence } : {}),
    });
  }
  return [...merged.values()]
    .map((e) =>
      boundedSpans({
        ...e,
        spans: [...e.spans].sort((a, b) => a.start - b.start || a.end - b.end),
      }),
    )
    .sort((a, b) => (a.object_ref < b.object_ref ? -1 : a.object_ref > b.object_ref ? 1 : 0));
}
