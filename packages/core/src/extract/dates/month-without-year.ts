/**
 * Months written without their year: "in October" after a cue, or with a day, the cue optional ("since 28
 * October", "on November 20th"), or right before the intrusion they date ("an April cyberattack"). Found
 * from the month's name outwards: one search for the twelve names, then a look at the few characters on each
 * side. One pattern opening on a digit or a cue was tried at every position of a text and cost a pipeline
 * pass 1.5%.
 */
import { MONTH_NAMES_PATTERN, MONTHS } from '../entities/calendar-words.ts';

const MONTH_WORD = new RegExp(String.raw`\b(?:${MONTH_NAMES_PATTERN})\b`, 'gu');
/** A year after the month or its day: the full-date readers have it ("October 28, 2023", "May 2019"). */
const YEAR_AFTER = /^,? (?:19|20)\d\d/u;
/** "October 28th": the day after the month, no number after it. */
const DAY_AFTER = /^ (\d{1,2})(?:st|nd|rd|th)?\b(?! \d)/u;
/** "28 October", "3rd November": the day before it. */
const DAY_BEFORE = /(\d{1,2})(?:st|nd|rd|th)? $/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/**
 * The cue before a day and month: "on 28 October", "since October 28", a deadline "by December 1", a start
 * "as early as 3 February".
 */
const DAY_CUE = /\b([Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Aa]s early as|[Aa]s far back as) $/u;
/** The cue a month alone needs: "in October", "until March", "as early as February", "since early December". */
const MONTH_CUE =
  /\b([Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Aa]s early as|[Aa]s far back as) (?:(?:early|mid|late)[- ])?$/u;
/** Characters a cue takes with its space: "as far back as ", "as far back as early ". */
const CUE_REACH = 21;
/** The intrusion a month right before it dates: "an April cyberattack" (with a day, the day's reader has it). */
const EVENT_AFTER = /^ (?:cyber[- ]?)?(?:attack|breach|intrusion|hack|heist|incident|sabotage)\b/u;
/** The article a month modifying an intrusion stands after: "an April", "the May". */
const ARTICLE_BEFORE = /\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat) $/u;
const ARTICLE_REACH = 5;
/**
 * "in January, March, and April 2025": months listed before one written with its year share that year, cue or
 * none. A few items at most; "between January and April 2025" is a range (extract-dates.ts monthRangeBefore).
 */
const LISTED_BEFORE_YEAR = new RegExp(
  String.raw`^(?:,? (?:and |or )?(?:${MONTH_NAMES_PATTERN})){1,4} ((?:19|20)\d\d)\b`,
  'u',
);
const LIST_REACH = 64;
const RANGE_OPENS = /\b(?:[Bb]etween|[Ff]rom) (?:(?:early|mid|late)[- ])?$/u;
/**
 * "Between March 16 and May 16, 2025": a day's range whose end has the year both share; "on March 16 and May 16,
 * 2025", two days listed so.
 */
const DAY_RANGE_END = new RegExp(
  String.raw`^ (?:and|to|through|until|[-–]) (${MONTH_NAMES_PATTERN}) \d{1,2}(?:st|nd|rd|th)?,? ((?:19|20)\d\d)\b`,
  'u',
);
const DAY_RANGE_REACH = 30;
const RANGE_REACH = 14;

export interface MonthWithoutYear {
  readonly start: number;
  readonly end: number;
  /** The month's name as written. */
  readonly name: string;
  /** 1-31, or 0 when no day is written. */
  readonly day: number;
  /** The lower-cased cue ("on", "in", "since", "during", "until", "by", "as early as"), or '' when none. */
  readonly cue: string;
  /** The year of a later month of its list ("January, March, and April 2025"), if it is listed so. */
  readonly year?: number;
}

/** The year a range's first month is in, from its last month's: "December 20 to January 5, 2025" opens in 2024. */
function rangeYear(first: string, last: string, year: number): number {
  return monthIndex(first) > monthIndex(last) ? year - 1 : year;
}
const monthIndex = (name: string): number => MONTHS.indexOf(name.toLowerCase());

export function monthsWithoutYear(text: string): MonthWithoutYear[] {
  const found: MonthWithoutYear[] = [];
  for (const m of text.matchAll(MONTH_WORD)) {
    const nameEnd = m.index + m[0].length;
    const after = text.slice(nameEnd, nameEnd + 12);
    if (YEAR_AFTER.test(after)) continue;
    const dayAfter = DAY_AFTER.exec(after);
    const end = nameEnd + (dayAfter?.[0].length ?? 0);
    if (dayAfter && YEAR_AFTER.test(text.slice(end, end + 6))) continue;
    let lead = m.index;
    let day = Number(dayAfter?.[1] ?? 0);
    if (!dayAfter) {
      const dayBefore = DAY_BEFORE.exec(text.slice(Math.max(0, m.index - 6), m.index));
      const digits = m.index - (dayBefore?.[0].length ?? 0);
      if (dayBefore && !WORD_CHAR.test(text.charAt(digits - 1))) {
        lead = digits;
        day = Number(dayBefore[1]);
      }
    }
    if (day > 31) continue;
    const listed =
      day === 0 && (after.startsWith(',') || after.startsWith(' and ') || after.startsWith(' or '))
        ? LISTED_BEFORE_YEAR.exec(text.slice(nameEnd, nameEnd + LIST_REACH))
        : null;
    const opensRange = RANGE_OPENS.test(text.slice(Math.max(0, lead - RANGE_REACH), lead));
    const rangeEnd = day > 0 ? DAY_RANGE_END.exec(text.slice(end, end + DAY_RANGE_REACH)) : null;
    const year = rangeEnd
      ? rangeYear(m[0], rangeEnd[1]!, Number(rangeEnd[2]))
      : listed && !opensRange
        ? Number(listed[1])
        : undefined;
    // A month alone needs its cue (or a later month of its list with a year), and no number after it.
    if (day === 0 && /^ \d/u.test(after)) continue;
    const cue = (day > 0 ? DAY_CUE : MONTH_CUE).exec(
      text.slice(Math.max(0, lead - CUE_REACH), lead),
    );
    // "an April cyberattack", "the May breach": a month alone telling when the intrusion after it was.
    const modifies =
      day === 0 &&
      !cue &&
      EVENT_AFTER.test(after) &&
      ARTICLE_BEFORE.test(text.slice(Math.max(0, lead - ARTICLE_REACH), lead));
    if (day === 0 && !cue && !modifies && year === undefined) continue;
    const start = cue ? lead - cue[0].length : lead;
    const cueWord = cue
      ? cue[1]!.toLowerCase()
      : modifies
        ? 'in'
        : rangeEnd && opensRange
          ? 'since'
          : '';
    found.push({
      start,
      end,
      name: m[0],
      day,
      cue: cueWord,
      ...(year === undefined ? {} : { year }),
    });
  }
  return found;
}
