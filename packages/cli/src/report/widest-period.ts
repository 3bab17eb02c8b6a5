/**
 * One campaign told of by several reports: each states its own period ("as early as 2022", later "since
 * 2023"), and the stored object should span them all, not take whichever report was read last. A new
 * version keeps the earliest first_seen and the latest last_seen of the stored and the new one; an end
 * before that start is dropped (STIX 2.1 §4.2: last_seen is never before first_seen), as a report's own
 * period drops it (core reported-period.ts).
 */
import type { StixObject } from '@vigil/core';

type Timestamp = string | undefined;

const stamp = (value: unknown): Timestamp => (typeof value === 'string' ? value : undefined);

// As instants: another producer's "2022-01-01T00:00:00Z" and Vigil's "...00.000Z" are the same time.
const instant = (t: string): number => Date.parse(t);
const earliest = (a: Timestamp, b: Timestamp): Timestamp =>
  a && b ? (instant(b) < instant(a) ? b : a) : (a ?? b);
const latest = (a: Timestamp, b: Timestamp): Timestamp =>
  a && b ? (instant(b) > instant(a) ? b : a) : (a ?? b);

/** `object` with the period widened to cover the stored version's; the object itself when nothing widens. */
export function keepWidestPeriod(object: StixObject, stored: StixObject | undefined): StixObject {
  if (!stored) return object;
  const first = earliest(stamp(object.first_seen), stamp(stored.first_seen));
  const end = latest(stamp(object.last_seen), stamp(stored.last_seen));
  const last = first && end && instant(end) < instant(first) ? undefined : end;
  if (first === object.first_seen && last === object.last_seen) return object;
  const { first_seen: _first, last_seen: _last, ...rest } = object;
  return {
    ...rest,
    ...(first ? { first_seen: first } : {}),
    ...(last ? { last_seen: last } : {}),
  };
}
