import { describe, expect, it } from 'vitest';
import { checkTimestamp, compareTimestamps } from './timestamp.ts';

describe('checkTimestamp', () => {
  it.each([
    ['2016-05-12T08:17:27Z', undefined],
    ['2016-05-12T08:17:27.000Z', undefined],
    ['2016-12-31T23:59:60Z', undefined],
    ['2016-02-29T00:00:00Z', undefined],
    ['2100-02-29T00:00:00Z', 'calendar'],
    ['2016-04-31T00:00:00Z', 'calendar'],
    ['2016-05-12T24:00:00Z', 'calendar'],
    ['2016-05-12 08:17:27Z', 'format'],
    ['2016-05-12T08:17:27', 'format'],
    ['2016-05-12T08:17:27.Z', 'format'],
    ['2016-05-12T08:17:27z', 'format'],
  ])('%s → %s', (value, problem) => {
    expect(checkTimestamp(value)).toBe(problem);
  });

  it('asks created/modified for milliseconds', () => {
    expect(checkTimestamp('2016-05-12T08:17:27.1Z', true)).toBe('precision');
    expect(checkTimestamp('2016-05-12T08:17:27.100Z', true)).toBeUndefined();
  });
});

describe('compareTimestamps', () => {
  it('compares fractions by value, not by text length', () => {
    expect(compareTimestamps('2016-05-12T08:17:27.1Z', '2016-05-12T08:17:27.100Z')).toBe(0);
    expect(compareTimestamps('2016-05-12T08:17:27Z', '2016-05-12T08:17:27.001Z')).toBe(-1);
    expect(compareTimestamps('2016-05-12T08:17:27.9Z', '2016-05-12T08:17:27.1234Z')).toBe(1);
  });
});
