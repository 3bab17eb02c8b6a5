import { describe, expect, it } from 'vitest';
import {
  PROVENANCE_EXTENSION_ID,
  tlpMarkingRef,
  type ReportMeta,
  type StixObject,
} from '@vigil/core';
import { keepStoredMeta, keepTwinMarking } from './stored-report-meta.ts';
import { OptionError } from './report-options.ts';

const PROVENANCE = PROVENANCE_EXTENSION_ID;
const stored: StixObject = {
  type: 'report',
  spec_version: '2.1',
  id: 'report--cf434deb-6271-5ebe-b3f1-f3743f1e4511',
  name: 'Ministry breach blamed on APT31',
  published: '2025-05-28T00:00:00.000Z',
  object_marking_refs: [tlpMarkingRef('amber')],
  extensions: {
    [PROVENANCE]: {
      extension_type: 'property-extension',
      text_sha256: '00',
      published_known: true,
      source: { name: 'Czech MFA', reliability: 'B' },
    },
  },
};
// What a plain re-read with no options makes: no marking, no source, no date.
const plain: ReportMeta = { ingested: '2026-02-01T00:00:00.000Z', title: 'From the page' };

describe('keepStoredMeta', () => {
  it('keeps the stored marking, source, reliability, date and title for the options left out', () => {
    expect(keepStoredMeta(plain, {}, stored)).toEqual({
      ingested: plain.ingested,
      markingRefs: [tlpMarkingRef('amber')],
      sourceName: 'Czech MFA',
      reliability: 'B',
      published: '2025-05-28T00:00:00.000Z',
      title: 'Ministry breach blamed on APT31',
    });
  });

  it('lets a given option win, and changes nothing for a report not stored yet', () => {
    const given: ReportMeta = {
      ...plain,
      sourceName: 'Mandiant',
      markingRefs: [tlpMarkingRef('red')],
    };
    const kept = keepStoredMeta(given, { source: 'Mandiant', tlp: 'red' }, stored);
    expect(kept.sourceName).toBe('Mandiant');
    expect(kept.markingRefs).toEqual([tlpMarkingRef('red')]);
    expect(keepStoredMeta(plain, {}, undefined)).toBe(plain);
  });

  it('refuses a lower --tlp unless --downgrade-tlp is given', () => {
    const lower: ReportMeta = { ...plain, markingRefs: [tlpMarkingRef('clear')] };
    expect(() => keepStoredMeta(lower, { tlp: 'clear' }, stored)).toThrow(OptionError);
    expect(() => keepStoredMeta(lower, { tlp: 'clear' }, stored)).toThrow(/--downgrade-tlp/u);
    expect(keepStoredMeta(lower, { tlp: 'clear', downgradeTlp: true }, stored).markingRefs).toEqual(
      [tlpMarkingRef('clear')],
    );
  });

  it('does not keep a publication date the stored report only guessed from its reading time', () => {
    const guessed = {
      ...stored,
      extensions: {
        [PROVENANCE]: { extension_type: 'property-extension', published_known: false },
      },
    };
    expect(keepStoredMeta(plain, {}, guessed).published).toBeUndefined();
  });
});

describe('keepTwinMarking', () => {
  it('takes only the marking of the same text stored elsewhere, when --tlp is left out', () => {
    expect(keepTwinMarking(plain, {}, [stored])).toEqual({
      ...plain,
      markingRefs: [tlpMarkingRef('amber')],
    });
    const red = { ...plain, markingRefs: [tlpMarkingRef('red')] } as ReportMeta;
    expect(keepTwinMarking(red, {}, [stored])).toBe(red);
    expect(keepTwinMarking(plain, {}, [])).toBe(plain);
  });

  it('takes the most restrictive marking of several twins', () => {
    const redTwin = { ...stored, object_marking_refs: [tlpMarkingRef('red')] };
    const clearTwin = { ...stored, object_marking_refs: [tlpMarkingRef('clear')] };
    expect(keepTwinMarking(plain, {}, [clearTwin, redTwin, stored]).markingRefs).toEqual([
      tlpMarkingRef('red'),
    ]);
  });

  it('refuses a lower --tlp unless --downgrade-tlp, and keeps an explicit one', () => {
    const clear = { ...plain, markingRefs: [tlpMarkingRef('clear')] } as ReportMeta;
    expect(() => keepTwinMarking(clear, { tlp: 'clear' }, [stored])).toThrow(OptionError);
    expect(keepTwinMarking(clear, { tlp: 'clear', downgradeTlp: true }, [stored])).toBe(clear);
  });
});
