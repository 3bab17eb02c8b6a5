/** Names of the days of the week and of the months, as tokens normalize them: capitalized, yet no names. */
export const WEEKDAYS: readonly string[] =
  'monday tuesday wednesday thursday friday saturday sunday'.split(' ');
export const MONTHS: readonly string[] =
  'january february march april may june july august september october november december'.split(
    ' ',
  );
export const DAYS_AND_MONTHS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);
