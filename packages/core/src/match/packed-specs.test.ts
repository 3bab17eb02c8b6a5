import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { specsFromIocList, specsFromStix } from './indicator-sources.ts';
import { PackedSpecs } from './packed-specs.ts';
import type { IndicatorSpec } from './types.ts';

const IOC_LIST = new URL('../../../../fixtures/logs/iocs.txt', import.meta.url);
const shared = ['feed.txt'];
const SPECS: IndicatorSpec[] = [
  { ref: 'evil.example', value: 'evil.example', context: shared },
  {
    ref: 'indicator--1',
    pattern: "[ipv4-addr:value = '10.0.0.1']",
    name: 'C2',
    context: ['APT31', 'Report A'],
  },
  { ref: 'indicator--2', pattern: "[domain-name:value = 'ä.example']" },
  { ref: 'plain', value: 'other value', context: [] },
  { ref: '', value: '', name: '', context: shared },
  { ref: 'indicator--3', pattern: 'x'.repeat(300), context: ['APT31', 'Report A'] },
  { ref: '😀.example', value: '😀.example', context: shared },
];

describe('PackedSpecs', () => {
  it('gives back every spec as it was given, field for field', () => {
    const packed = PackedSpecs.of(SPECS);
    expect(packed.length).toBe(SPECS.length);
    SPECS.forEach((spec, i) => expect(packed.at(i)).toStrictEqual(spec));
  });

  it('gives back the same specs when they span many chunks', () => {
    const packed = PackedSpecs.of(SPECS, 16);
    SPECS.forEach((spec, i) => expect(packed.at(i)).toStrictEqual(spec));
  });

  it('keeps one context array for specs that share one, and equal contexts once', () => {
    const packed = PackedSpecs.of(SPECS);
    expect(packed.at(0)!.context).toBe(packed.at(4)!.context);
    expect(packed.at(1)!.context).toBe(packed.at(5)!.context);
  });

  it('answers undefined outside its range, as an array does', () => {
    const packed = PackedSpecs.of(SPECS);
    for (const index of [-1, SPECS.length, 1.5, Number.NaN])
      expect(packed.at(index)).toBeUndefined();
    expect(PackedSpecs.of([]).length).toBe(0);
  });

  it('round-trips the specs an IOC list file and a STIX bundle load to', () => {
    const list = specsFromIocList(readFileSync(IOC_LIST, 'utf8'), ['iocs.txt']).specs;
    const time = '2026-01-01T00:00:00.000Z';
    const common = { spec_version: '2.1', created: time, modified: time };
    const objects = [
      { ...common, type: 'intrusion-set', id: 'intrusion-set--a', name: 'APT31' },
      {
        ...common,
        type: 'indicator',
        id: 'indicator--a',
        name: 'C2 host',
        pattern_type: 'stix',
        pattern: "[domain-name:value = 'c2.example']",
        valid_from: time,
      },
      {
        ...common,
        type: 'indicator',
        id: 'indicator--b',
        pattern_type: 'stix',
        pattern: "[file:hashes.MD5 = '0123456789abcdef0123456789abcdef']",
        valid_from: time,
      },
      {
        ...common,
        type: 'relationship',
        id: 'relationship--a',
        relationship_type: 'indicates',
        source_ref: 'indicator--a',
        target_ref: 'intrusion-set--a',
      },
    ] as unknown as Parameters<typeof specsFromStix>[0];
    const stix = specsFromStix(objects, '2026-11-28T00:00:00Z').specs;
    expect(stix).toHaveLength(2);
    for (const specs of [list, stix]) {
      expect(specs.length).toBeGreaterThan(1);
      const packed = PackedSpecs.of(specs, 64);
      specs.forEach((spec, i) => expect(packed.at(i)).toStrictEqual(spec));
    }
  });
});
