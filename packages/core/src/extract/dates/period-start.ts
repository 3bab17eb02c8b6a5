/**
 * A stated date as a STIX timestamp (§3.2): the instant its period starts, so "2022" is
 * 2022-01-01T00:00:00.000Z and "March 2021" is 2021-03-01. The date's words stay in the provenance.
 */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/u;

export function periodStart(value: string): string | undefined {
  const m = PARTIAL_DATE.exec(value);
  return m ? `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T00:00:00.000Z` : undefined;
}
