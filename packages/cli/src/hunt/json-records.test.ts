import { describe, expect, it } from 'vitest';
import { visitRecords } from './json-records.ts';

const visited = (doc: unknown) => {
  const out: [unknown, string | undefined][] = [];
  visitRecords(doc, (value, timeOf) => {
    const t = timeOf();
    out.push([value, t === undefined ? undefined : new Date(t).toISOString()]);
  });
  return out;
};

describe('visitRecords', () => {
  it('makes each element of a Records array a record with its own time, else the document time', () => {
    const doc = {
      time: '2026-01-01T00:00:00Z',
      Records: [{ eventTime: '2026-04-01T00:00:00Z', a: 1 }, { b: 2 }],
      source: 'trail',
    };
    expect(visited(doc)).toEqual([
      [{ 'Records[0]': doc.Records[0] }, '2026-04-01T00:00:00.000Z'],
      [{ 'Records[1]': { b: 2 } }, '2026-01-01T00:00:00.000Z'],
      // The document's other fields are matched too, at the document's time.
      [{ time: '2026-01-01T00:00:00Z', source: 'trail' }, '2026-01-01T00:00:00.000Z'],
    ]);
  });

  it('splits a top-level array and keeps any other value whole', () => {
    expect(visited([{ ts: 1767225600 }])).toEqual([
      [{ '[0]': { ts: 1767225600 } }, '2026-01-01T00:00:00.000Z'],
    ]);
    expect(visited({ events: 'not an array' })).toEqual([[{ events: 'not an array' }, undefined]]);
    expect(visited('198.51.100.7')).toEqual([['198.51.100.7', undefined]]);
  });
});
