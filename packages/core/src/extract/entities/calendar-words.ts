/** Names of the days of the week and of the months, as tokens normalize them: capitalized, yet no names. */
export const WEEKDAYS: readonly string[] =
  'monday tuesday wednesday thursday friday saturday sunday'.split(' ');
export const MONTHS: readonly string[] =
  'january february march april may june july august september october november december'.split(
    ' ',
  );
export const DAYS_AND_MONTHS: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);

const capitalized = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
/** The months as written in prose, one regex alternation: "January|February|…|December". */
export const MONTH_NAMES_PATTERN = MONTHS.map(capitalized).join('|');
/** The days of the week as written in prose, one regex alternation: "Monday|…|Sunday". */
export const WEEKDAY_NAMES_PATTERN = WEEKDAYS.map(capitalized).join('|');
