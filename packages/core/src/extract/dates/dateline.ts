/**
 * The publication date a plain-text or Markdown report states at its top: a news dateline
 * ("Helsinki, 18 March 2021 — …", "WASHINGTON (Reuters), March 18, 2021 -"), a labelled line
 * ("Published: 2021-03-18", "Posted on March 18, 2021", "Press release, 21 May 2025",
 * "Joint advisory, 8 July 2026"), a byline ("By Jane Doe - March 18, 2021") or a
 * line that is only a date under the title, its place before it or not
 * ("Thursday, March 18, 2021", "Tel Aviv, 12 February 2024") or followed by its source ("November 20, 2026 |
 * Microsoft Threat Intelligence"). HTML and feeds carry the date in metadata; a text has only this. Only
 * full dates (day, month and year) in the first lines count: a year alone, or a date further down,
 * dates an event, not the report.
 */
import { topLines, withoutMarks } from '../top-lines.ts';
import { monthOf } from './extract-dates.ts';

export interface Dateline {
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The words it was read from, as written ("Helsinki, 18 March 2021 —"), for the note that says so. */
  readonly words: string;
}

/** How many non-blank lines from the top are looked at, and how much of each. */
const TOP_LINES = 8;
const LINE_PREFIX = 160;

const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
// Last, the day first with dots ("17.07.2025"), as Ukrainian, German, Czech and Polish sources write it.
const DATE = `(?:(\\d{1,2}) ${MONTH},? (\\d{4})|${MONTH} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})|(\\d{4})[-./](\\d{2})[-./](\\d{2})|(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}))`;
const WEEKDAY = '(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,? )?';
/** Up to four capitalized words: "Tel Aviv", "BRUSSELS/WASHINGTON". */
const PLACE_NAME = "\\p{Lu}[\\p{L}.'’-]{0,30}(?:[ /]\\p{Lu}[\\p{L}.'’-]{0,30}){0,3}";
/** A place, an optional agency in brackets, then a comma or blank. */
const PLACE = `(?:${PLACE_NAME}(?: \\([^()]{1,40}\\))?,? )?`;
const DASH = '\\s*(?:[—–]|--?)\\s';

const LABELLED = new RegExp(
  `^(?:published|posted|date|released|issued|release date|publication date|date published|press release|news release|media release|statement|(?:joint |cybersecurity |security |flash )*(?:advisory|alert|bulletin))(?: on)?[:,]?(?:\\*\\*|__)? ${WEEKDAY}${DATE}(?!\\d)`,
  'iu',
);
/** The agency may follow the date instead: "SEOUL, Nov 3, 2026 (Yonhap) --". */
const NEWS_DATELINE = new RegExp(`^${PLACE}${WEEKDAY}${DATE}(?: \\([^()]{1,40}\\))?${DASH}`, 'u');
/**
 * An author's name: up to five words, the first capitalized ("Staff Writer", "Anna van Dijk", "the CERT-EU
 * Threat Analysis team").
 */
const AUTHOR = "(?:the )?\\p{Lu}[\\p{L}.'’-]{0,30}(?: \\p{L}[\\p{L}.'’-]{0,30}){0,4}";
/**
 * A byline, then the date: "By Staff Writer - November 9, 2023", "Posted by A and B on 9 Nov 2023",
 * "Prepared by the CERT-EU Threat Analysis team, 3 March 2026".
 */
const BYLINE = new RegExp(
  `^(?:(?:posted|written|published|prepared|compiled|authored) )?by ${AUTHOR}(?:,? (?:and|&) ${AUTHOR})?\\s*(?:[-—–|·,]|on)\\s*(?:(?:published|updated|posted)(?: on)?:? )?${WEEKDAY}${DATE}(?!\\d)`,
  'iu',
);
/**
 * The source, then the date ending the line: "AhnLab Security Intelligence Center (ASEC) — 2026.03.05",
 * "Unit 42 | March 5, 2026".
 */
const SOURCE_NAME = "\\p{Lu}[\\p{L}.'’-]{0,30}(?: [\\p{Lu}\\d][\\p{L}\\d.'’-]{0,30}){0,4}";
const SOURCE_DATED = new RegExp(
  `^${SOURCE_NAME}(?: \\([^()]{1,40}\\))?\\s*(?:[—–|]|--?)\\s*${WEEKDAY}${DATE}\\s*$`,
  'u',
);
/**
 * The date, then the source or the reading time after a bar or a dash: "November 20, 2026 | Microsoft Threat
 * Intelligence", "March 5, 2026 · 6 min read · Unit 42".
 */
const DATE_SOURCED = new RegExp(`^${WEEKDAY}${DATE} ?(?:[|·—–] [^|·—–\n]{1,60}){1,3}$`, 'u');
/** A time of day after the date: "06:00", "6:00 PM", "14:30 UTC". */
const TIME = '(?: \\d{1,2}:\\d{2}(?: ?[AP]M)?(?: [A-Z]{2,4})?)?';
/**
 * A date alone on its line, a place and a comma before it or not, a time after it or not: "Tel Aviv, 12 February
 * 2024", "Thursday, March 20, 2025 06:00".
 */
const DATE_ONLY = new RegExp(`^(?:${PLACE_NAME}, )?${WEEKDAY}${DATE}${TIME}\\s*$`, 'u');

const pad = (n: number): string => String(n).padStart(2, '0');

/** YYYY-MM-DD of a DATE match's groups (from group `first` on), when it is a real calendar day. */
function dateOf(m: RegExpExecArray, first: number): string | undefined {
  const g = (k: number) => m[first + k];
  let year: number;
  let month: number;
  let day: number;
  if (g(0) !== undefined) {
    [day, month, year] = [Number(g(0)), monthOf(g(1)!) + 1, Number(g(2))];
  } else if (g(3) !== undefined) {
    [month, day, year] = [monthOf(g(3)!) + 1, Number(g(4)), Number(g(5))];
  } else if (g(6) !== undefined) {
    [year, month, day] = [Number(g(6)), Number(g(7)), Number(g(8))];
  } else {
    [day, month, year] = [Number(g(9)), Number(g(10)), Number(g(11))];
  }
  return calendarDay(year, month, day);
}

/** YYYY-MM-DD when year, month and day make a real day from 1990 to 2100 (no 30 February). */
function calendarDay(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function findDateline(text: string): Dateline | undefined {
  const lines = [...topLines(text, TOP_LINES, LINE_PREFIX)];
  for (const line of lines) {
    // Markdown emphasis or a heading mark around a date line: "*March 18, 2021*", "## 18 March 2021".
    const bare = withoutMarks(line);
    for (const pattern of [
      LABELLED,
      NEWS_DATELINE,
      BYLINE,
      SOURCE_DATED,
      DATE_SOURCED,
      DATE_ONLY,
    ]) {
      const m = pattern.exec(bare);
      if (!m) continue;
      // PLACE, WEEKDAY and DASH capture nothing: the DATE groups are 1-12 in every pattern.
      const date = dateOf(m, 1);
      if (date) return { date, words: m[0].trim() };
    }
  }
  // Last: the report's own address at its top ("url: https://blog.example/2022/11/28/title/").
  for (const line of lines) {
    const address = OWN_ADDRESS.exec(withoutMarks(line))?.[1];
    const date = address && dateInAddress(address);
    if (address && date) return { date, words: address };
  }
  return undefined;
}

/** A top line that gives the report's own address: "url: …", "Source: …", or the address alone. */
const OWN_ADDRESS = /^(?:(?:url|source|link|permalink):\s*)?(https?:\/\/\S+)\s*$/iu;

/** A permalink's date path: "/2022/11/28/". */
const DATE_PATH = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})(?:\/|$)/u;

/**
 * The day a blog permalink states in its path ("https://thedfirreport.com/2022/11/28/emotet-…"), when
 * it is a real calendar day; such addresses are made on the day of publication.
 */
export function dateInAddress(address: string): string | undefined {
  let path: string;
  try {
    path = new URL(address).pathname;
  } catch {
    return undefined;
  }
  const m = DATE_PATH.exec(path);
  return m ? calendarDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}
