import { describe, expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import { expectSchemaValid } from '../../../../test-support/stix-schemas.ts';
import type { Analysis, Mention } from '../analysis/types.ts';
import { validateObject } from '../stix/validate.ts';
import { TLP2 } from '../marking/tlp.ts';
import {
  MAX_EVIDENCE_SPANS,
  PROVENANCE_EXTENSION_ID,
  VIGIL_IDENTITY_ID,
  provenanceOf,
} from './provenance.ts';
import { normalizeReportText, reportId } from './report-identity.ts';
import { analysisToStix } from './to-stix.ts';

const text =
  'The government attributed the intrusion into its foreign ministry to APT31 with a high degree of certainty. ' +
  'The attackers used evil[.]example[.]com and 198.51.100.7 and mimikatz.exe.';
const sentences = [
  { start: 0, end: 107 },
  { start: 108, end: text.length },
];
const at = (needle: string, sentence: number): Mention => {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, text: needle, sentence };
};
const ZIRCONIUM = 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b';

const analysis: Analysis = {
  text,
  sentences,
  entities: [
    {
      key: 'intrusion-set:apt31',
      type: 'intrusion-set',
      name: 'APT31',
      ref: ZIRCONIUM,
      externalId: 'G0128',
      mentions: [at('APT31', 0)],
      via: 'alias',
    },
    {
      key: 'campaign:intrusion',
      type: 'campaign',
      name: 'Intrusion into the Ministry of Foreign Affairs of Testland',
      mentions: [at('the intrusion into its foreign ministry', 0)],
      via: 'activity',
    },
    {
      key: 'identity:mfa',
      type: 'identity',
      name: 'Ministry of Foreign Affairs of Testland',
      properties: { identity_class: 'organization', sectors: ['government-national'] },
      mentions: [at('its foreign ministry', 0)],
      via: 'government-body',
    },
  ],
  relations: [
    {
      type: 'attributed-to',
      source: 'campaign:intrusion',
      target: 'intrusion-set:apt31',
      confidence: 85,
      confidenceText: 'high degree of certainty',
      evidence: [
        at(
          'The government attributed the intrusion into its foreign ministry to APT31 with a high degree of certainty.',
          0,
        ),
      ],
    },
    {
      type: 'targets',
      source: 'campaign:intrusion',
      target: 'identity:mfa',
      evidence: [at('its foreign ministry', 0)],
    },
  ],
  indicators: [
    {
      type: 'domain-name',
      value: 'evil.example.com',
      defanged: true,
      mentions: [at('evil[.]example[.]com', 1)],
    },
    {
      type: 'ipv4-addr',
      value: '198.51.100.7',
      defanged: false,
      mentions: [at('198.51.100.7', 1)],
      warnings: [{ list: 'rfc5737', name: 'RFC 5737 documentation ranges' }],
    },
    {
      type: 'file-name',
      value: 'mimikatz.exe',
      defanged: false,
      mentions: [at('mimikatz.exe', 1)],
    },
  ],
  dates: [],
};

const meta = {
  ingested: '2026-11-28T10:00:00.000Z',
  sourceName: 'Example News',
  reliability: 'B' as const,
};

describe('analysisToStix', () => {
  const { report, objects, ids } = analysisToStix(analysis, meta);
  const byType = (type: string) => objects.filter((o) => o.type === type);

  it('emits only valid STIX 2.1 by our validator', () => {
    for (const object of objects) expect(validateObject(object)).toMatchObject({ ok: true });
  });

  describeWithData('and by the official OASIS schemas', ['oasis-stix2-json-schemas'], () => {
    it('validates every emitted object', () => expectSchemaValid(objects));
  });

  it('references known knowledge objects instead of creating copies', () => {
    expect(ids.get('intrusion-set:apt31')).toBe(ZIRCONIUM);
    expect(byType('intrusion-set')).toHaveLength(0);
    expect(report.object_refs).toContain(ZIRCONIUM);
  });

  it('turns the attribution into a relationship carrying the stated confidence', () => {
    const attribution = byType('relationship').find((r) => r.relationship_type === 'attributed-to');
    expect(attribution).toMatchObject({
      source_ref: ids.get('campaign:intrusion'),
      target_ref: ZIRCONIUM,
      confidence: 85,
    });
  });

  it('makes indicators for IOCs, but not for warning-listed values or bare file names', () => {
    const patterns = byType('indicator').map((i) => i.pattern);
    expect(patterns).toEqual(["[domain-name:value = 'evil.example.com']"]);
    expect(byType('ipv4-addr')).toHaveLength(1);
    expect(byType('file')).toHaveLength(1);
    const indicator = byType('indicator')[0]!;
    const links = byType('relationship').filter((r) => r.source_ref === indicator.id);
    expect(links.map((r) => r.relationship_type).sort()).toEqual(['indicates', 'related-to']);
    expect(links.find((r) => r.relationship_type === 'indicates')?.target_ref).toBe(ZIRCONIUM);
  });

  it('says so when the publication date is unknown instead of pretending', () => {
    const provenance = provenanceOf(report)!;
    expect(provenance.published_known).toBe(false);
    expect(report.description).toMatch(/no publication date/u);
    expect(byType('indicator')[0]!.description).toMatch(/no publication date/u);
    const dated = analysisToStix(analysis, { ...meta, published: '2025-05-28T00:00:00.000Z' });
    expect(dated.report.published).toBe('2025-05-28T00:00:00.000Z');
    expect(dated.objects.find((o) => o.type === 'indicator')?.valid_from).toBe(
      '2025-05-28T00:00:00.000Z',
    );
  });

  it('records where every referenced object was found, as offsets into the text', () => {
    const provenance = provenanceOf(report)!;
    expect(provenance.source).toEqual({ name: 'Example News', reliability: 'B' });
    expect(provenance.flagged).toEqual([
      {
        type: 'ipv4-addr',
        value: '198.51.100.7',
        lists: [{ list: 'rfc5737', name: 'RFC 5737 documentation ranges' }],
      },
    ]);
    const apt31 = provenance.evidence!.find((e) => e.object_ref === ZIRCONIUM)!;
    expect(text.slice(apt31.spans[0]!.start, apt31.spans[0]!.end)).toBe('APT31');
    expect(text.slice(apt31.spans[0]!.sentence_start, apt31.spans[0]!.sentence_end)).toMatch(
      /^The government attributed/u,
    );
    for (const entry of provenance.evidence!) expect(entry.spans.length).toBeGreaterThan(0);
  });

  it('keeps the first MAX_EVIDENCE_SPANS spans of an object named over and over, and counts them all', () => {
    const sentence = 'APT31 struck again. ';
    const repeated = sentence.repeat(MAX_EVIDENCE_SPANS + 500);
    const mentions: Mention[] = Array.from({ length: MAX_EVIDENCE_SPANS + 500 }, (_, k) => ({
      start: k * sentence.length,
      end: k * sentence.length + 5,
      text: 'APT31',
      sentence: k,
    }));
    // Extractors may hand mentions over in any order: the first ones in the text are kept.
    const shuffled = [...mentions.slice(700), ...mentions.slice(0, 700)];
    const bounded = analysisToStix(
      {
        text: repeated,
        sentences: mentions.map((m) => ({ start: m.start, end: m.start + sentence.length - 1 })),
        entities: [{ ...analysis.entities[0]!, mentions: shuffled }],
        relations: [],
        indicators: [],
        dates: [],
      },
      meta,
    );
    const evidence = provenanceOf(bounded.report)!.evidence!.find(
      (e) => e.object_ref === ZIRCONIUM,
    )!;
    expect(evidence.span_count).toBe(MAX_EVIDENCE_SPANS + 500);
    expect(evidence.spans.map((s) => s.start)).toEqual(
      mentions.slice(0, MAX_EVIDENCE_SPANS).map((m) => m.start),
    );
    expect(provenanceOf(report)!.evidence!.every((e) => e.span_count === undefined)).toBe(true);
  });

  it('is deterministic, and identifies the report by its normalized text', () => {
    expect(JSON.stringify(analysisToStix(analysis, meta).objects)).toBe(JSON.stringify(objects));
    expect(report.id).toBe(reportId(text));
    expect(normalizeReportText('a  \r\nb\r\n\r\n')).toBe('a\nb');
    expect(reportId(text, 'https://news.example/a#top')).toBe(
      reportId(text, 'https://news.example/a'),
    );
    expect(reportId(text, 'https://news.example/a')).not.toBe(report.id);
  });

  it('marks everything it derives with the report TLP, but not the knowledge it references', () => {
    const amber = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
    const marked = analysisToStix(analysis, { ...meta, markingRefs: [amber] });
    const derived = marked.objects.filter(
      (o) => o.created_by_ref === marked.report.created_by_ref || o.type === 'file',
    );
    for (const object of derived) {
      if (object.id === VIGIL_IDENTITY_ID || object.id === PROVENANCE_EXTENSION_ID) continue;
      expect(object.object_marking_refs, object.id).toEqual([amber]);
    }
    // TLP 2.0 is not in the spec: the bundle carries the definition it cites, once; unmarked, none.
    const definitions = marked.objects.filter((o) => o.type === 'marking-definition');
    expect(definitions).toEqual([TLP2.amber]);
    expect(byType('marking-definition')).toEqual([]);
  });
});
