/**
 * STIX timestamps (STIX 2.1 §3.2 "timestamp"): RFC 3339, UTC with a literal `Z`, optional fraction.
 * Checked with a fixed-shape expression plus calendar arithmetic, so it is linear on any input.
 */
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?Z$/;

export type TimestampProblem = 'format' | 'calendar' | 'precision';

const daysIn = (year: number, month: number): number =>
  month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/** What is wrong with a timestamp, or undefined when it is valid. */
export function checkTimestamp(value: string, millis = false): TimestampProblem | undefined {
  const m = SHAPE.exec(value);
  if (!m) return 'format';
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return 'calendar';
  // RFC 3339 §5.6 allows a leap second (60).
  if (hour > 23 || minute > 59 || second > 60) return 'calendar';
  // §3.2: created/modified "MUST be precise to the nearest millisecond" (at least 3 fraction digits).
  if (millis && (m[7] ?? '').length < 3) return 'precision';
  return undefined;
}

export const isTimestamp = (value: unknown): value is string =>
  typeof value === 'string' && checkTimestamp(value) === undefined;

/**
 * Orders two valid timestamps. Fractions of different lengths compare by value (`.1Z` = `.100Z`),
 * which a plain string comparison gets wrong.
 */
export function compareTimestamps(a: string, b: string): number {
  const fraction = (t: string): string => (t.length > 20 ? t.slice(20, -1) : '');
  const width = Math.max(fraction(a).length, fraction(b).length);
  const key = (t: string): string => t.slice(0, 19) + fraction(t).padEnd(width, '0');
  const ka = key(a);
  const kb = key(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}
