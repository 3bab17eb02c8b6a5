import { describe, expect, it } from 'vitest';
import { periodDate, periodLabel } from './period-label.ts';

describe('periodDate', () => {
  it('reads a year start as the year, a month start as the month, another day as the day', () => {
    expect(periodDate('2022-01-01T00:00:00.000Z')).toBe('2022');
    expect(periodDate('2024-03-01T00:00:00.000Z')).toBe('March 2024');
    expect(periodDate('2024-03-15T00:00:00Z')).toBe('15 March 2024');
    expect(periodDate('2024-01-15T00:00:00.000Z')).toBe('15 January 2024');
  });

  it("reads a year's, a month's or a day's last instant as the year, the month or the day", () => {
    expect(periodDate('2023-12-31T23:59:59.999Z')).toBe('2023');
    expect(periodDate('2024-02-29T23:59:59.999Z')).toBe('February 2024');
    expect(periodDate('2024-03-15T23:59:59.999Z')).toBe('15 March 2024');
    expect(periodDate('2024-12-30T23:59:59.999Z')).toBe('30 December 2024');
  });

  it('keeps a time of day as given, and reads nothing from what is not a STIX timestamp', () => {
    expect(periodDate('2022-01-01T08:30:00.000Z')).toBe('2022-01-01T08:30:00.000Z');
    expect(periodDate('2022')).toBeUndefined();
    expect(periodDate('2022-13-01T00:00:00.000Z')).toBeUndefined();
    expect(periodDate(undefined)).toBeUndefined();
    expect(periodDate(20220101)).toBeUndefined();
  });
});

describe('periodLabel', () => {
  const y2021 = '2021-01-01T00:00:00.000Z';
  const mar2023 = '2023-03-01T00:00:00.000Z';
  it('says since, until, or from – to', () => {
    expect(periodLabel(y2021, undefined)).toBe('since 2021');
    expect(periodLabel(undefined, mar2023)).toBe('until March 2023');
    expect(periodLabel(y2021, mar2023)).toBe('2021 – March 2023');
    expect(periodLabel(mar2023, mar2023)).toBe('in March 2023');
    expect(periodLabel(mar2023, '2023-03-31T23:59:59.999Z')).toBe('in March 2023');
  });

  it('says nothing without either end', () => {
    expect(periodLabel(undefined, undefined)).toBeUndefined();
    expect(periodLabel('soon', undefined)).toBeUndefined();
  });
});
