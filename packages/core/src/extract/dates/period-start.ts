/**
 * A stated date as a STIX timestamp (§3.2): the instant its period starts, so "2022" is
 * 2022-01-01T00:00:00.000Z and "March 2021" is 2021-03-01; or, for the end of what was seen, the last instant
 * of its period, so "until March 2024" is 2024-03-31T23:59:59.999Z (the activity went on through March).
 * The date's words stay in the provenance.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/u;

export function periodStart(value: string): string | undefined {
  const m = PARTIAL_DATE.exec(value);
  return m ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00.000Z` : undefined;
}

export function periodEnd(value: string): string | undefined {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 12 : Number(m[2]);
  // Day 0 of the next month is this month's last day.
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ?? String(lastDay).padStart(2, '0');
  return `${m[1]}-${String(month).padStart(2, '0')}-${day}T23:59:59.999Z`;
}
