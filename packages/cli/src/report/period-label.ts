/**
 * A first_seen/last_seen pair (STIX 2.1 §4.2) in words for the terminal: "since 2022", "until March
 * 2023", "2021 – March 2023". Vigil stores the start of the period a report states for first_seen ("as early
 * as 2022" is 2022-01-01T00:00:00.000Z) and its last instant for last_seen ("until March 2024" is
 * 2024-03-31T23:59:59.999Z), so a year's or a month's first or last instant reads as the year or the month:
 * the label is never more precise than the words it came from.
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
const LAST_INSTANT = /^23:59:59\.999$/u;

/** "2022", "March 2024", "15 March 2024", or the timestamp itself when it has a time of day. */
export function periodDate(timestamp: unknown): string | undefined {
  if (typeof timestamp !== 'string') return undefined;
  const match = TIMESTAMP.exec(timestamp);
  if (!match) return undefined;
  const [, year, month, day, time] = match as unknown as [string, string, string, string, string];
  const monthName = MONTHS[Number(month) - 1];
  if (!monthName) return undefined;
  if (LAST_INSTANT.test(time)) {
    // Day 0 of the next month is this month's last day.
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    if (Number(day) !== lastDay) return `${Number(day)} ${monthName} ${year}`;
    return month === '12' ? year : `${monthName} ${year}`;
  }
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
