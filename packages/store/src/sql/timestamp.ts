/**
 * STIX timestamps (STIX 2.1 §3.2) allow any fractional precision, so "…:00Z" and "…:00.000Z" are the
 * same instant but do not sort as strings. The sort key pads the fraction to nanoseconds.
 */
const STIX_TIMESTAMP = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d{1,9}))?Z$/;

/** Lexicographically sortable key of a `modified` value; '' (no modified) sorts first. */
export function modifiedSortKey(modified: string): string {
  const match = STIX_TIMESTAMP.exec(modified);
  if (!match) return modified;
  return `${match[1]}.${(match[2] ?? '').padEnd(9, '0')}Z`;
}
