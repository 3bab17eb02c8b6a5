/**
 * A first_seen/last_seen pair (STIX 2.1 §4.2) in words for the terminal: "since 2022", "until March
 * 2023", "2021 – March 2023". Vigil stores the start of the period a report states ("as early as 2022"
 * is 2022-01-01T00:00:00.000Z), so a year start reads as the year and a month start as the month: the
 * label is never more precise than the words it came from.
 */
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2}:\d{2}(?:\.\d+)?)Z$/u;
const MIDNIGHT = /^00:00:00(?:\.0+)?$/u;

/** "2022", "March 2024", "15 March 2024", or the timestamp itself when it has a time of day. */
export function periodDate(timestamp: unknown): string | undefined {
  if (typeof timestamp !== 'string') return undefined;
  const match = TIMESTAMP.exec(timestamp);
  if (!match) return undefined;
  const [, year, month, day, time] = match as unknown as [string, string, string, string, string];
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) return undefined;
  if (!MIDNIGHT.test(time)) return timestamp;
  if (day !== '01') return `${Number(day)} ${monthName} ${year}`;
  return month === '01' ? year : `${monthName} ${year}`;
}

/** The period in words, or undefined when neither end is given. */
export function periodLabel(firstSeen: unknown, lastSeen: unknown): string | undefined {
  const first = periodDate(firstSeen);
  const last = periodDate(lastSeen);
  if (first && last) return first === last ? `in ${first}` : `${first} – ${last}`;
  if (first) return `since ${first}`;
  return last ? `until ${last}` : undefined;
}
