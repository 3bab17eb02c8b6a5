import { describe, expect, it } from 'vitest';
import type { StixObject } from '../stix/object.ts';
import { reconcile, settle } from './reconcile.ts';

const vigil = 'identity--4a949c88-2794-5478-8385-7d23562b0cec';
const indicator = (validFrom: string, at: string): StixObject => ({
  type: 'indicator',
  spec_version: '2.1',
  id: 'indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f',
  created: at,
  modified: at,
  created_by_ref: vigil,
  pattern: "[ipv4-addr:value = '203.0.113.9']",
  pattern_type: 'stix',
  valid_from: validFrom,
});

describe('reconcile', () => {
  it('writes new objects and leaves identical ones alone whatever their timestamps', () => {
    const first = indicator('2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
    const again = indicator('2025-01-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z');
    expect(reconcile([first], new Map(), '2026-01-01T00:00:00.000Z').write).toEqual([first]);
    const result = reconcile([again], new Map([[first.id, first]]), '2026-06-01T00:00:00.000Z');
    expect(result).toEqual({ write: [], unchanged: 1, foreign: [] });
  });

  it('keeps the earliest validity when a later report repeats an indicator', () => {
    const first = indicator('2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
    const later = indicator('2025-09-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z');
    expect(
      reconcile([later], new Map([[first.id, first]]), '2026-06-01T00:00:00.000Z').write,
    ).toEqual([]);
  });

  it('versions a changed object once, keeping created and moving modified forward', () => {
    const first = {
      ...indicator('2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
      name: 'old',
    };
    const changed = {
      ...indicator('2025-01-01T00:00:00.000Z', '2025-12-01T00:00:00.000Z'),
      name: 'new',
    };
    const { write } = reconcile(
      [changed],
      new Map([[first.id, first]]),
      '2025-12-01T00:00:00.000Z',
    );
    expect(write).toEqual([
      { ...changed, created: first.created, modified: '2026-01-01T00:00:00.001Z' },
    ]);
  });

  it('never versions an object another producer created', () => {
    const theirs = {
      ...indicator('2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
      created_by_ref: 'identity--0a4b5c6d-0000-4000-8000-000000000001',
    };
    const ours = {
      ...indicator('2024-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z'),
      name: 'x',
    };
    expect(
      reconcile([ours], new Map([[theirs.id, theirs as StixObject]]), '2026-02-01T00:00:00.000Z'),
    ).toEqual({
      write: [],
      unchanged: 0,
      foreign: [ours.id],
    });
  });
});

describe('settle', () => {
  it('gives the stored version of what a later reading leaves unchanged, so printing it matches the store', () => {
    const first = indicator('2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
    const again = indicator('2025-01-01T00:00:00.000Z', '2026-06-01T00:00:00.000Z');
    const settled = settle([again], new Map([[first.id, first]]), '2026-06-01T00:00:00.000Z');
    expect(settled).toEqual([first]);
    expect(settled[0]).not.toEqual(again);
  });

  it("gives the version saving would write for a changed object, and the owner's for a foreign one", () => {
    const first = {
      ...indicator('2025-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
      name: 'a',
    };
    const changed = { ...first, name: 'b', modified: '2026-06-01T00:00:00.000Z' };
    const stored = new Map([[first.id, first]]);
    const now = '2026-06-01T00:00:00.000Z';
    expect(settle([changed], stored, now)).toEqual(reconcile([changed], stored, now).write);
    const theirs: StixObject = {
      ...first,
      created_by_ref: 'identity--0a4b5c6d-0000-4000-8000-000000000001',
    };
    expect(settle([changed], new Map([[first.id, theirs]]), now)).toEqual([theirs]);
  });
});

describe('settle: periods are widened, never narrowed', () => {
  const y2021 = '2021-01-01T00:00:00.000Z';
  const y2022 = '2022-01-01T00:00:00.000Z';
  const y2023 = '2023-01-01T00:00:00.000Z';
  const mar2024 = '2024-03-01T00:00:00.000Z';
  const at = '2026-01-01T00:00:00.000Z';
  const campaign = (period: { first_seen?: string; last_seen?: string }): StixObject => ({
    type: 'campaign',
    spec_version: '2.1',
    id: 'campaign--a23b456c-e133-5f28-b6c2-b50036ce8075',
    created: at,
    modified: at,
    created_by_ref: vigil,
    name: 'Intrusion into the Ministry of Foreign Affairs of Czechia',
    ...period,
  });
  const settled = (incoming: StixObject, stored: StixObject) => {
    const [object] = settle([incoming], new Map([[stored.id, stored]]), '2026-06-01T00:00:00.000Z');
    return { first_seen: object!.first_seen, last_seen: object!.last_seen };
  };

  it('keeps the stored earlier start when a later report states a later one', () => {
    expect(settled(campaign({ first_seen: y2023 }), campaign({ first_seen: y2022 }))).toEqual({
      first_seen: y2022,
      last_seen: undefined,
    });
  });

  it('keeps the stored later end when the new report states an earlier one or none', () => {
    const stored = campaign({ first_seen: y2022, last_seen: mar2024 });
    expect(settled(campaign({ first_seen: y2022 }), stored)).toEqual({
      first_seen: y2022,
      last_seen: mar2024,
    });
    expect(settled(campaign({ first_seen: y2021, last_seen: y2023 }), stored)).toEqual({
      first_seen: y2021,
      last_seen: mar2024,
    });
  });

  it('compares instants, not spellings: the same period is no new version', () => {
    const stored = campaign({ first_seen: '2022-01-01T00:00:00Z' });
    const [object] = settle(
      [campaign({ first_seen: y2022 })],
      new Map([[stored.id, stored]]),
      '2026-06-01T00:00:00.000Z',
    );
    expect(object!.first_seen).toBe('2022-01-01T00:00:00Z');
  });

  it('drops an end before the start, so last_seen is never before first_seen', () => {
    expect(settled(campaign({ last_seen: y2021 }), campaign({ first_seen: y2022 }))).toEqual({
      first_seen: y2022,
      last_seen: undefined,
    });
  });
});
