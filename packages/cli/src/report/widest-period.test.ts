import { describe, expect, it } from 'vitest';
import type { StixObject } from '@vigil/core';
import { keepWidestPeriod } from './widest-period.ts';

const y2021 = '2021-01-01T00:00:00.000Z';
const y2022 = '2022-01-01T00:00:00.000Z';
const y2023 = '2023-01-01T00:00:00.000Z';
const mar2024 = '2024-03-01T00:00:00.000Z';

const campaign = (period: { first_seen?: string; last_seen?: string }): StixObject =>
  ({
    type: 'campaign',
    id: 'campaign--a23b456c-e133-5f28-b6c2-b50036ce8075',
    name: 'Intrusion into the Ministry of Foreign Affairs of Czechia',
    ...period,
  }) as unknown as StixObject;

const periodOf = (o: StixObject) => ({ first_seen: o.first_seen, last_seen: o.last_seen });

describe('keepWidestPeriod', () => {
  it('keeps the stored earlier start when a later report states a later one', () => {
    const kept = keepWidestPeriod(campaign({ first_seen: y2023 }), campaign({ first_seen: y2022 }));
    expect(periodOf(kept)).toEqual({ first_seen: y2022, last_seen: undefined });
  });

  it('keeps the stored later end when the new report states an earlier one or none', () => {
    const stored = campaign({ first_seen: y2022, last_seen: mar2024 });
    expect(periodOf(keepWidestPeriod(campaign({ first_seen: y2022 }), stored))).toEqual({
      first_seen: y2022,
      last_seen: mar2024,
    });
    expect(
      periodOf(keepWidestPeriod(campaign({ first_seen: y2021, last_seen: y2023 }), stored)),
    ).toEqual({ first_seen: y2021, last_seen: mar2024 });
  });

  it('takes a wider new period as it is', () => {
    const wider = campaign({ first_seen: y2021, last_seen: mar2024 });
    expect(keepWidestPeriod(wider, campaign({ first_seen: y2022, last_seen: y2023 }))).toBe(wider);
    expect(keepWidestPeriod(wider, undefined)).toBe(wider);
  });

  it('compares instants, not spellings', () => {
    const vigil = campaign({ first_seen: y2022 });
    expect(keepWidestPeriod(vigil, campaign({ first_seen: '2022-01-01T00:00:00Z' }))).toBe(vigil);
  });

  it('drops an end before the start, so last_seen is never before first_seen', () => {
    const kept = keepWidestPeriod(campaign({ last_seen: y2021 }), campaign({ first_seen: y2022 }));
    expect(periodOf(kept)).toEqual({ first_seen: y2022, last_seen: undefined });
  });
});
