/**
 * STIX 2.1 rendering: a `report` (the briefing), a `note` (insights and the issue, in Markdown), one
 * `course-of-action` per mitigation step (ATT&CK and CSF ids as external references) and the
 * indicators (refanged, as patterns). Ids are deterministic (vigilId), timestamps are the injected
 * generation time, and every object carries the briefing's TLP 2.0 marking, whose definition the bundle
 * includes (TLP 2.0 is not in the STIX spec: consumers resolve it from the bundle).
 * The report lists the briefing's subject (the analyzed report, the actor) only when the caller hands
 * those objects in `related` to carry in the bundle: consumers import the bundle alone, so every
 * reference in it must resolve inside it.
 */
import type { StixObject } from '../stix/object.ts';
import { indicatorPattern } from '../stix/indicator-pattern.ts';
import { vigilId, type StixId } from '../stix/ids.ts';
import { tlpMarkingRef } from '../marking/tlp.ts';
import { citedTlpDefinitions } from '../marking/cited-markings.ts';
import type { Briefing, IndicatorRow } from './types.ts';

const HASH_NAME: Readonly<Record<string, string>> = {
  md5: 'MD5',
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha512: 'SHA-512',
};

/** The SCO shape an indicator row stands for, or undefined when STIX patterns cannot express it. */
function scoOf(row: IndicatorRow): Record<string, unknown> | undefined {
  switch (row.type) {
    case 'ipv4-addr':
    case 'ipv6-addr':
    case 'domain-name':
    case 'url':
    case 'email-addr':
      return { type: row.type, value: row.value };
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'sha512':
      return { type: 'file', hashes: { [HASH_NAME[row.type] ?? row.type]: row.value } };
    case 'file-name':
      return { type: 'file', name: row.value };
    case 'windows-registry-key':
      return { type: 'windows-registry-key', key: row.value };
    case 'asn': {
      const number = Number(row.value.replace(/^AS/i, ''));
      return Number.isInteger(number) ? { type: 'autonomous-system', number } : undefined;
    }
    case 'attack-id':
    case 'cve':
    case 'bitcoin-address':
    case 'ethereum-address':
      return undefined;
  }
}

/** STIX timestamps need millisecond precision (§3.2). */
const stamp = (iso: string): string => new Date(iso).toISOString();

export function renderStixBundle(
  b: Briefing,
  related: readonly StixObject[] = [],
): {
  type: 'bundle';
  id: StixId<'bundle'>;
  objects: StixObject[];
} {
  const created = stamp(b.generatedAt);
  const common = {
    spec_version: '2.1',
    created,
    modified: created,
    object_marking_refs: [tlpMarkingRef(b.tlp)],
  };
  const reportId = vigilId('report', 'briefing', b.id);

  const actions = b.mitigations.content.steps.map((step): StixObject => ({
    type: 'course-of-action',
    id: vigilId('course-of-action', 'briefing', b.id, step.id),
    ...common,
    name: `${step.priority}. ${step.title}`,
    description: [
      step.action,
      `Triggered by: ${step.triggers.map((t) => t.label).join('; ')}.`,
      `NIST CSF 2.0: ${step.csf.join(', ')}.`,
      ...(step.sp80061r3.length > 0 ? [`SP 800-61r3: ${step.sp80061r3.join('; ')}.`] : []),
    ].join('\n'),
    external_references: [
      ...step.attackMitigations.map((m) => ({
        source_name: 'mitre-attack',
        external_id: m.id,
        url: `https://attack.mitre.org/mitigations/${m.id}`,
      })),
      ...step.csf.map((id) => ({ source_name: 'nist-csf-2.0', external_id: id })),
    ],
    x_vigil_priority: step.priority,
  }));

  const indicators = b.indicators.content.flatMap((row): StixObject[] => {
    const sco = scoOf(row);
    if (!sco) return [];
    const pattern = indicatorPattern(sco);
    return [
      {
        type: 'indicator',
        id: vigilId('indicator', pattern),
        ...common,
        name: row.value,
        indicator_types: ['malicious-activity'],
        pattern,
        pattern_type: 'stix',
        valid_from: stamp(row.firstSeen ?? b.generatedAt),
        ...(row.firstSeen
          ? {}
          : {
              description:
                'valid_from is the briefing date: the report states no publication date.',
            }),
      },
    ];
  });

  const noteText = [
    '## Essential insights',
    ...b.insights.content.map((i) => `- ${i.text}`),
    '',
    '## The issue',
    ...b.issue.content.map((s) => s.text),
  ].join('\n');
  const note: StixObject = {
    type: 'note',
    id: vigilId('note', 'briefing', b.id),
    ...common,
    abstract: 'Essential insights and the issue',
    content: noteText,
    object_refs: [reportId],
  };

  const carried = new Set<string>(related.map((o) => o.id));
  const subjectRefs = [
    ...new Set(
      [b.subject.id, b.background.content?.id].filter(
        (id): id is string => id !== undefined && carried.has(id),
      ),
    ),
  ];
  const report: StixObject = {
    type: 'report',
    id: reportId,
    ...common,
    name: b.title,
    description: b.insights.content.map((i) => i.text).join('\n'),
    report_types: ['threat-report'],
    published: created,
    object_refs: [
      note.id,
      ...actions.map((a) => a.id),
      ...indicators.map((i) => i.id),
      ...subjectRefs,
    ] as StixId[],
  };
  return {
    type: 'bundle',
    id: vigilId('bundle', 'briefing', b.id),
    objects: [
      ...citedTlpDefinitions([report, ...related]),
      report,
      note,
      ...actions,
      ...indicators,
      ...related,
    ],
  };
}
