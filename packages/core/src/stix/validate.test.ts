import { describe, expect, it } from 'vitest';
import type { Issue } from '../result.ts';
import {
  indicator,
  intrusionSet,
  ipv4,
  location,
  relationship,
  sighting,
} from './sample-objects.fixture.ts';
import { validateObject } from './validate.ts';

/** [code, path] of every error of an invalid object. */
const errors = (o: unknown): [string, string][] => {
  const result = validateObject(o);
  return result.ok ? [] : result.issues.map((i: Issue) => [i.code, i.path]);
};
const change = (o: object, patch: Record<string, unknown>): Record<string, unknown> => ({
  ...o,
  ...patch,
});

describe('validateObject: identity of the object (§2.9, §3.1)', () => {
  it('rejects non-objects', () => {
    expect(errors([])).toEqual([['not_object', '']]);
    expect(errors(null)).toEqual([['not_object', '']]);
  });

  it('checks the id format and that its prefix is the type', () => {
    expect(errors(change(intrusionSet, { id: 'intrusion-set--1234' }))).toEqual([
      ['invalid_id', 'id'],
    ]);
    expect(
      errors(change(intrusionSet, { id: 'malware--4e2b8a1c-9d3f-4c6e-8b7a-1f2e3d4c5b6a' })),
    ).toEqual([['id_type_mismatch', 'id']]);
  });

  it('rejects type names outside §3.1', () => {
    expect(errors(change(intrusionSet, { type: 'Intrusion_Set' }))).toEqual([
      ['invalid_type_name', 'type'],
    ]);
    expect(errors(change(intrusionSet, { type: 'a--b' }))).toEqual([['invalid_type_name', 'type']]);
  });

  it('requires spec_version 2.1 on SDOs', () => {
    expect(errors(change(intrusionSet, { spec_version: '2.0' }))).toEqual([
      ['invalid_enum', 'spec_version'],
    ]);
  });
});

describe('validateObject: property values', () => {
  it('checks timestamps: RFC 3339 with Z, a real date, milliseconds on created/modified', () => {
    expect(errors(change(intrusionSet, { first_seen: '2016-01-01T00:00:00+01:00' }))).toEqual([
      ['invalid_timestamp', 'first_seen'],
    ]);
    expect(errors(change(intrusionSet, { first_seen: '2015-02-29T00:00:00Z' }))).toEqual([
      ['invalid_timestamp', 'first_seen'],
    ]);
    expect(errors(change(intrusionSet, { created: '2026-01-15T08:30:00Z' }))).toEqual([
      ['timestamp_precision', 'created'],
    ]);
    expect(errors(change(intrusionSet, { first_seen: '2016-01-01T00:00:00.123456Z' }))).toEqual([]);
  });

  it('requires modified ≥ created (§3.2)', () => {
    expect(errors(change(intrusionSet, { modified: '2026-01-15T08:29:59.999Z' }))).toEqual([
      ['invalid_order', 'modified'],
    ]);
    expect(errors(change(intrusionSet, { modified: '2026-01-15T08:30:00.0000Z' }))).toEqual([]);
  });

  it('keeps confidence within 0..100 and integer', () => {
    expect(errors(change(intrusionSet, { confidence: 101 }))).toEqual([
      ['out_of_range', 'confidence'],
    ]);
    expect(errors(change(intrusionSet, { confidence: 50.5 }))).toEqual([
      ['invalid_type', 'confidence'],
    ]);
    expect(errors(change(intrusionSet, { confidence: 0 }))).toEqual([]);
  });

  it('checks reference target types', () => {
    expect(errors(change(intrusionSet, { created_by_ref: ipv4.id }))).toEqual([
      ['invalid_ref_type', 'created_by_ref'],
    ]);
    expect(errors(change(intrusionSet, { object_marking_refs: [ipv4.id] }))).toEqual([
      ['invalid_ref_type', 'object_marking_refs[0]'],
    ]);
    expect(errors(change(sighting, { where_sighted_refs: [intrusionSet.id] }))).toEqual([
      ['invalid_ref_type', 'where_sighted_refs[0]'],
    ]);
    // §5.1: a relationship joins SDOs/SCOs, never another relationship.
    expect(errors(change(relationship, { target_ref: relationship.id }))).toEqual([
      ['invalid_ref_type', 'target_ref'],
    ]);
    // Custom types (ATT&CK's x-mitre-tactic) are acceptable SDO targets.
    expect(
      errors(
        change(relationship, {
          target_ref: 'x-mitre-tactic--4ca45d45-df4d-4613-8980-bac22d278fa5',
        }),
      ),
    ).toEqual([]);
  });

  it('checks lists, hashes, kill chains, external references, granular markings and extensions', () => {
    expect(errors(change(intrusionSet, { aliases: [] }))).toEqual([['empty_list', 'aliases']]);
    expect(errors(change(intrusionSet, { aliases: ['a', 3] }))).toEqual([
      ['invalid_type', 'aliases[1]'],
    ]);
    expect(
      errors({
        ...ipv4,
        type: 'file',
        id: ipv4.id.replace('ipv4-addr', 'file'),
        value: undefined,
        hashes: { 'SHA-256': 'abc' },
      }),
    ).toEqual([['invalid_hash', "hashes['SHA-256']"]]);
    expect(errors(change(indicator, { kill_chain_phases: [{ kill_chain_name: 'x' }] }))).toEqual([
      ['missing_property', 'kill_chain_phases[0].phase_name'],
    ]);
    expect(errors(change(intrusionSet, { external_references: [{ source_name: 'x' }] }))).toEqual([
      ['missing_property', 'external_references[0]'],
    ]);
    expect(errors(change(intrusionSet, { granular_markings: [{ selectors: ['name'] }] }))).toEqual([
      ['invalid_marking', 'granular_markings[0]'],
    ]);
    expect(errors(change(intrusionSet, { extensions: { 'my-thing': {} } }))).toEqual([
      ['invalid_extension', "extensions['my-thing']"],
    ]);
  });

  it('passes custom properties through and warns about unknown ones', () => {
    const result = validateObject(change(intrusionSet, { x_vigil_score: 3, colour: 'red' }));
    expect(result.ok).toBe(true);
    expect(result.issues?.map((i) => [i.code, i.path])).toEqual([['unknown_property', 'colour']]);
    if (result.ok) expect(result.value.x_vigil_score).toBe(3);
  });

  it('checks unknown (custom) types on common properties only', () => {
    const tactic = {
      type: 'x-mitre-tactic',
      id: 'x-mitre-tactic--4ca45d45-df4d-4613-8980-bac22d278fa5',
      spec_version: '2.1',
      created: '2018-10-17T00:14:20.652Z',
      modified: '2019-07-19T17:44:53.176Z',
      name: 'Execution',
      x_mitre_shortname: 'execution',
    };
    expect(errors(tactic)).toEqual([]);
    expect(errors(change(tactic, { modified: 'yesterday' }))).toEqual([
      ['invalid_timestamp', 'modified'],
    ]);
  });
});

describe('validateObject: per-type constraints', () => {
  it('indicator: valid_until after valid_from, and a parseable stix pattern', () => {
    expect(errors(change(indicator, { valid_until: indicator.valid_from }))).toEqual([
      ['invalid_order', 'valid_until'],
    ]);
    const bad = errors(change(indicator, { pattern: "[ipv4-addr:value = '1.2.3.4'" }));
    expect(bad).toEqual([['invalid_pattern', 'pattern']]);
    expect(
      errors(change(indicator, { pattern: 'alert tcp any any', pattern_type: 'snort' })),
    ).toEqual([]);
  });

  it('location: region, country, or latitude with longitude', () => {
    const bare = change(location, { country: undefined });
    expect(errors(bare)).toEqual([['missing_property', '']]);
    expect(errors(change(bare, { latitude: 48.8 }))).toEqual([
      ['missing_property', 'longitude'],
      ['missing_property', ''],
    ]);
    expect(errors(change(bare, { latitude: 48.8, longitude: 2.3 }))).toEqual([]);
    expect(errors(change(bare, { latitude: 91, longitude: 2.3 }))).toEqual([
      ['out_of_range', 'latitude'],
    ]);
    expect(errors(change(bare, { region: 'eastern-asia', precision: 10 }))).toEqual([
      ['invalid_dependency', 'precision'],
    ]);
  });

  it('sighting: count range and first_seen ≤ last_seen', () => {
    expect(errors(change(sighting, { count: 1_000_000_000 }))).toEqual([['out_of_range', 'count']]);
    expect(errors(change(sighting, { last_seen: '2026-01-13T00:00:00Z' }))).toEqual([
      ['invalid_order', 'last_seen'],
    ]);
  });

  it('ipv4-addr / ipv6-addr: the value is an address or CIDR', () => {
    expect(errors(change(ipv4, { value: '198.51.100.300' }))).toEqual([['invalid_value', 'value']]);
    expect(errors(change(ipv4, { value: '198.51.100.0/24' }))).toEqual([]);
  });

  it('relationship: source and target are required', () => {
    expect(errors(change(relationship, { source_ref: undefined, target_ref: undefined }))).toEqual([
      ['missing_property', 'source_ref'],
      ['missing_property', 'target_ref'],
    ]);
  });

  it('malware: a family needs a name', () => {
    expect(
      errors({
        ...intrusionSet,
        type: 'malware',
        id: intrusionSet.id.replace('intrusion-set', 'malware'),
        name: undefined,
        aliases: undefined,
        first_seen: undefined,
        is_family: true,
      }),
    ).toEqual([['missing_property', 'name']]);
  });
});
