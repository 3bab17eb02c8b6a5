/**
 * The briefing as a STIX bundle carries the TLP 2.0 definition of its marking (TLP 2.0 is not in the
 * STIX 2.1 spec, so a consumer cannot resolve the id otherwise), once, and nothing unresolvable.
 */
import { describe, expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import { expectSchemaValid } from '../../../../test-support/stix-schemas.ts';
import { TLP2, type TlpLevel } from '../marking/tlp.ts';
import { composeBriefing } from './compose-briefing.ts';
import { buildAnalysis } from './fixtures/build-analysis.ts';
import { renderStixBundle } from './render-stix.ts';
import type { StixObject } from '../stix/object.ts';

const text = 'The intruders used the C2 server 203.0.113.77 to control the implant.';
const bundleAt = (tlp: TlpLevel) =>
  renderStixBundle(
    composeBriefing({
      now: '2026-11-28T20:00:00.000Z',
      report: {
        title: 'Note',
        tlp,
        analysis: buildAnalysis(text, {
          entities: [],
          indicators: [{ type: 'ipv4-addr', value: '203.0.113.77', phrase: '203.0.113.77' }],
        }),
      },
    }),
  );

describe('renderStixBundle markings', () => {
  it('includes the one marking definition every object cites', () => {
    for (const tlp of ['green', 'amber+strict'] as const) {
      const { objects } = bundleAt(tlp);
      expect(objects.filter((o) => o.type === 'marking-definition')).toEqual([TLP2[tlp]]);
      const ids = new Set(objects.map((o) => o.id));
      for (const o of objects)
        for (const ref of o.object_marking_refs ?? []) expect(ids.has(ref), o.id).toBe(true);
    }
  });

  it('references its subject only when it carries the subject', () => {
    const composed = composeBriefing({
      now: '2026-11-28T20:00:00.000Z',
      report: { title: 'Note', tlp: 'green', analysis: buildAnalysis(text, { entities: [] }) },
    });
    const subject = 'report--3976a435-fe82-57fc-bad9-56295503abab';
    const briefing = { ...composed, subject: { ...composed.subject, id: subject } };
    const alone = renderStixBundle(briefing).objects;
    const ids = new Set<string>(alone.map((o) => o.id));
    for (const o of alone)
      for (const ref of (o.object_refs as string[] | undefined) ?? [])
        expect(ids.has(ref), ref).toBe(true);
    const stored = { ...TLP2.clear, id: subject } as unknown as StixObject;
    const carried = renderStixBundle(briefing, [stored]).objects;
    expect(carried.find((o) => o.type === 'report')?.object_refs).toContain(subject);
    expect(carried).toContain(stored);
  });

  describeWithData('against the official OASIS schemas', ['oasis-stix2-json-schemas'], () => {
    it('is valid with the definition in it', () => expectSchemaValid(bundleAt('amber').objects));
  });
});
