/**
 * Dates and periods in a report (issue 3 §3): absolute dates ("May 28, 2024", "2024-05-28", "March
 * 2023", "in 2022"), starts of activity ("since 2022", "as early as 2022", "over the past decade"),
 * ends ("until March 2024", "from 2021 to 2023") and dates relative to the publication date ("last
 * year", "two years ago", "in March", "on Wednesday"). Relative dates need the publication date; without it they are
 * left out rather than guessed from a clock.
 */
import type { ExtractedDate, Span } from '../../analysis/types.ts';
import { sentenceIndexAt } from '../sentence-at.ts';
import { monthsWithoutYear } from './month-without-year.ts';
import { releaseYear } from './product-version.ts';
import { weekdayDates } from './weekday.ts';
import { firstStartingFrom } from '../first-starting-from.ts';
import { insideUrl } from '../inside-url.ts';

export interface DateOptions {
  /** The report's publication date (ISO 8601: '2025-05-28' or longer). */
  readonly published?: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** 0-based month of a month name or its abbreviation ("Mar", "Sept."), or -1. */
export const monthOf = (word: string): number => {
  const w = word.toLowerCase().replace(/\.$/u, '');
  if (w.length < 3) return -1;
  const i = MONTHS.findIndex((m) => m.startsWith(w) && (w.length >= 3 || m === w));
  // "may" only as the full month name; "mar"/"jun" abbreviations allowed.
  return i;
};

// Longer cues first where one ends another ("since at least" before "since").
const SINCE_CUES = [
  'since at least',
  'since',
  'from at least',
  'as early as',
  'as far back as',
  'starting in',
  'beginning in',
  'began in',
  'started in',
  // "Interlock, which emerged in September 2024", "first observed in March 2023": when it began.
  'emerged in',
  'first appeared in',
  'first seen in',
  'first observed in',
  'first spotted in',
  'first detected in',
  // "a ransomware-as-a-service variant first identified in June 2021".
  'first identified in',
  'first discovered in',
  'surfaced in',
  'from',
  'starting from',
  'dating back to',
  'at least since',
  'between',
  // "beginning two years ago", "began last year"
  'beginning',
  'began',
  'starting',
  'started',
];
const UNTIL_CUES = ['until', 'through', 'till', 'up to', 'ended in'];
/**
 * The part of a period a cue may stand before: "since late April 2024", "as early as mid-2022", "between
 * the summer of 2022 and the fall of 2023".
 */
const PART_BEFORE =
  /(?:early|late|mid|(?:the )?(?:end|start|beginning|middle|summer|fall|autumn|winter|spring|first half|second half) of|summer|fall|autumn|winter|spring)[- ]$/iu;
/** Words that make the date after them approximate: "in or around", "approximately". */
const HEDGE_BEFORE =
  /(?:\b(?:in|on) or (?:around|about)|\b(?:around|approximately|roughly|circa)) $/iu;
/** What joins the two ends of a stated period: "from 2021 to 2023", "between 2021 and 2023". */
const PERIOD_JOINER = /^\s*(?:to|and|until|till|through|[-–—])\s*$/iu;
const PERIOD_OPENER = /^(?:from|between)\b/iu;
/** "the attack from last year": one event's "from" tells when it happened, not when a period began. */
const ONE_EVENT_FROM =
  /\b(?:attack|cyberattack|hack|breach|intrusion|incident|case|leak|compromise) from $/u;

// Linear scans: tokens of a date are found by simple, non-nested patterns.
// A time may follow ("2020-08-05T12:28:27").
/** A version's numbers around a dotted or slashed day: "1.2026.10.21.5". */
const NUMBER_BEFORE = /[\d./]/u;
const NUMBER_GOES_ON = /^[./]\d/u;
/** "2026-10-21", and with dots or slashes as Korean and Japanese sources write it ("2026.10.21"). */
const ISO_DATE = /\b(\d{4})([-./])(\d{2})\2(\d{2})(?:\b|(?=T\d))/gu;
/** "17.07.2025": the day first, with dots, as Ukrainian, German, Czech and Polish sources write it. */
const DOTTED_DAY = /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/gu;
const YEAR = /\b(19[89]\d|20\d\d)\b/gu;
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  eighteen: 18,
  several: 3,
};
const RELATIVE =
  /\b(last|past|previous|this) (year|month|decade)\b|\b(?:(?:over|in|during) (?:the|a) (?:past|last)|for (?:at least|over|more than|the (?:past|last))) (?:decade|(\w+) years)\b|\bfor (?:over|more than|at least) (?:a|one) decade\b|\b(\w+) years? ago\b|\b(?:over|in|during|for) the (?:past|last) (\w+) months\b/giu;

// At module level: the TypeScript loader compiles a \p{...} literal inside a function again at every call.
const THREE_LETTERS = /\p{L}{3}/u;
const LETTER = /\p{L}/u;
const LINE_BREAK = /[\r\n]/gu;
const CAPITALIZED = /^\p{Lu}/u;

const pad = (n: number): string => String(n).padStart(2, '0');

const DIGIT = /\d/u;
/** Words of time a year may follow after a hyphen: "Mid-2022", "Summer-2021". */
const TIME_BEFORE_YEAR = /^(?:Mid|Early|Late|End|Spring|Summer|Autumn|Fall|Winter)$/u;
const WORD_BEFORE_HYPHEN = /\p{Lu}\p{Ll}+$/u;
/**
 * The prefix of an identifier before the hyphen at `hyphen`: "CVE-", "VMSA-", "CERTFR-", an actor's name in
 * Microsoft's scheme, "Storm-2077" (not "mid-", "Oct-", "Mid-").
 */
function identifierPrefix(text: string, hyphen: number): boolean {
  if (text.slice(hyphen - 3, hyphen).toLowerCase() === 'cve') return true;
  const word = WORD_BEFORE_HYPHEN.exec(text.slice(Math.max(0, hyphen - 12), hyphen))?.[0];
  if (word && monthOf(word) < 0 && !TIME_BEFORE_YEAR.test(word)) return true;
  const capital = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();
  return capital(text.charAt(hyphen - 1)) && capital(text.charAt(hyphen - 2));
}
/** A year range's second year ("2021-2023", "2019-20"), not an identifier's serial ("2022-42475"). */
const RANGE_END = /^[-–](?:\d{4}|\d{2})(?!\d)/u;

/**
 * A year that is part of an identifier or an address, no date: "CVE-2022-42475", "report_2022",
 * "welivesecurity.com/2022/04/27/…". A year after a day and month ("05/2022"), before another
 * ("2021-2023") or after a season or month ("mid-2022", "Oct-2021") stays a date.
 */
function partOfIdentifier(text: string, start: number, end: number): boolean {
  // "…/addressing-the-july-2020-e-commerce-…": a link's slug, whatever it dates.
  if (insideUrl(text, start)) return true;
  const before = text.charAt(start - 1);
  const twoBefore = text.charAt(start - 2);
  if (before === '_' || text.charAt(end) === '_') return true;
  if (before === '-' && identifierPrefix(text, start - 1)) return true;
  if (before === '/' && !DIGIT.test(twoBefore)) return true;
  // "1.10.07.2025": the end of a dotted run of numbers (a day written so is read whole before).
  if (before === '.' && DIGIT.test(twoBefore)) return true;
  return (
    text.charAt(end) === '-' &&
    DIGIT.test(text.charAt(end + 1)) &&
    !laterYearOrMonthAfter(text, start, end)
  );
}

/**
 * "2021-2023", "2019-20": a later year after the hyphen; "2022-12": a month. "2025-14" (an alert's number) and
 * "2019-0326" (a report's) are neither.
 */
function laterYearOrMonthAfter(text: string, start: number, end: number): boolean {
  const match = RANGE_END.exec(text.slice(end, end + 6));
  if (!match) return false;
  const digits = match[0].slice(1);
  const n = Number(digits);
  if (digits.length === 2 && n >= 1 && n <= 12) return true;
  const year = Number(text.slice(start, end));
  return (digits.length === 4 ? n : year - (year % 100) + n) > year;
}

export function extractDates(
  text: string,
  sentences: readonly Span[],
  options: DateOptions = {},
): ExtractedDate[] {
  const found: ExtractedDate[] = [];
  // The characters a date already holds, one flag each: a span list scanned per date would make a text of
  // "since 2022 since 2022 …" quadratic.
  let covered: Uint8Array | undefined;
  const push = (value: string, role: ExtractedDate['role'], start: number, end: number): void => {
    covered ??= new Uint8Array(text.length);
    for (let i = start; i < end; i++) if (covered[i]) return;
    covered.fill(1, start, end);
    const sentence = Math.max(0, sentenceIndexAt(sentences, start));
    found.push({ value, role, mention: { start, end, text: text.slice(start, end), sentence } });
  };
  const roleBefore = (at: number): { role: ExtractedDate['role']; start: number } => {
    // "since late April 2024": the cue stands before the part of the period.
    const part = PART_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
    const partStart = part ? at - part[0].length : at;
    // "began in or around March 2024", "since approximately 2019": a hedge between the cue and the date.
    const hedge = HEDGE_BEFORE.exec(text.slice(Math.max(0, partStart - 20), partStart));
    const start = hedge ? partStart - hedge[0].length : partStart;
    // A line break between cue and date is a space ("since at least\n2014" in a wrapped paragraph).
    const window = text
      .slice(Math.max(0, start - 24), start)
      .toLowerCase()
      .replace(LINE_BREAK, ' ');
    // A cue is a word of its own: "group to 2021" holds no "up to".
    const endsWithCue = (cue: string): boolean =>
      window.endsWith(`${cue} `) && !LETTER.test(window.charAt(window.length - cue.length - 2));
    for (const cue of SINCE_CUES) {
      if (!endsWithCue(cue)) continue;
      const role = cue === 'from' && ONE_EVENT_FROM.test(window) ? 'on' : 'since';
      return { role, start: start - cue.length - 1 };
    }
    for (const cue of UNTIL_CUES) {
      if (endsWithCue(cue)) return { role: 'until', start: start - cue.length - 1 };
    }
    return { role: 'on', start: at };
  };

  for (const m of text.matchAll(ISO_DATE)) {
    const [, y, separator, mo, d] = m;
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) continue;
    // "1.2026.10.21.5": a version's numbers, not a date.
    const end = m.index + m[0].length;
    if (
      separator !== '-' &&
      (NUMBER_BEFORE.test(text.charAt(m.index - 1)) ||
        NUMBER_GOES_ON.test(text.slice(end, end + 2)))
    )
      continue;
    const { role, start } = roleBefore(m.index);
    push(`${y}-${mo}-${d}`, role, start, m.index + m[0].length);
  }
  for (const m of text.matchAll(DOTTED_DAY)) {
    const [, d, mo, y] = m;
    const end = m.index + m[0].length;
    if (Number(mo) < 1 || Number(mo) > 12 || Number(d) < 1 || Number(d) > 31) continue;
    if (
      NUMBER_BEFORE.test(text.charAt(m.index - 1)) ||
      NUMBER_GOES_ON.test(text.slice(end, end + 2))
    )
      continue;
    const { role, start } = roleBefore(m.index);
    push(`${y}-${pad(Number(mo))}-${pad(Number(d))}`, role, start, end);
  }
  for (const m of text.matchAll(YEAR)) {
    if (partOfIdentifier(text, m.index, m.index + m[0].length)) continue;
    const year = m[1] ?? '';
    const { value, start: dateStart } = monthDayBefore(text, m.index, year);
    if (value === year && releaseYear(text, m.index)) continue;
    const range = value.length === 7 ? monthRangeBefore(text, dateStart) : undefined;
    if (range) {
      push(`${year}-${pad(range.month + 1)}`, 'since', range.start, range.end);
      push(value, 'until', range.secondStart, m.index + m[0].length);
      continue;
    }
    const { role, start } = roleBefore(dateStart);
    push(value, role, start, m.index + m[0].length);
  }
  const published = parsePublished(options.published);
  // The dateline tells when the text was written, not where its story stands: "LONDON, 22 November 2023 —
  // … offline since 28 October" is October 2023.
  const publishedDay = options.published?.slice(0, 10);
  const years = anchoredYears(found.filter((d) => d.value !== publishedDay));
  if (published) {
    for (const m of text.matchAll(RELATIVE)) relative(m, published, roleBefore, push);
  }
  for (const m of monthsWithoutYear(text)) {
    const month = monthOf(m.name) + 1;
    const sentence = Math.max(0, sentenceIndexAt(sentences, m.start));
    // "in August 2022 … detected the intrusion in October": the year the sentence wrote before it.
    const year =
      m.year ??
      years.yearOf(m.start, sentence, month) ??
      (published && yearAround(published, month, m.cue === 'by'));
    years.record(m.start, month, year || undefined);
    if (!year) continue;
    const role = MONTH_SINCE_CUES.has(m.cue) ? 'since' : m.cue === 'until' ? 'until' : 'on';
    const value = m.day > 0 ? `${year}-${pad(month)}-${pad(m.day)}` : `${year}-${pad(month)}`;
    push(value, role, m.start, m.end);
  }
  for (const w of weekdayDates(text, options.published)) push(w.value, w.role, w.start, w.end);
  return closePeriods(
    text,
    found.sort((a, b) => a.mention.start - b.mention.start),
  );
}

/** Cues of a month without its year that state when the activity began: "since October", "as early as February". */
const MONTH_SINCE_CUES: ReadonlySet<string> = new Set(['since', 'as early as', 'as far back as']);

/** Months a deadline ("patch by December 1") may lie after the month the text was written in. */
const DEADLINE_REACH_MONTHS = 3;

/**
 * The year of a month written without one in a text written in `published`: the last such month up to
 * the text's own, or, for a deadline, the next one when it comes within a quarter ("Agencies told to patch
 * by December 1" in November is that December; "By March 12 they had left" in November is March past).
 */
function yearAround(published: Published, month: number, deadline: boolean): number {
  const ahead = (month - published.month + 12) % 12;
  if (deadline && ahead > 0 && ahead <= DEADLINE_REACH_MONTHS) {
    return month > published.month ? published.year : published.year + 1;
  }
  return month > published.month ? published.year - 1 : published.year;
}

/** A date read before a month written alone: where it stands, its year (unknown for a month left unread). */
interface DatedBefore {
  readonly at: number;
  readonly year: number | undefined;
  readonly month: number;
}

/** How many dates back a month written alone looks for itself written with a year. */
const SAME_MONTH_REACH = 12;

/**
 * The years of months written alone, asked in text order (1-based `month`, at offset `at` of sentence
 * `sentence`). First from the last date with a year written before it in its sentence: the same year, or the
 * next one when the month comes before that date's ("in November 2022 … in February" is 2023). Else from the
 * same month written with a year before ("an outage in October 2022 … began in June 2022 … On October 10"),
 * while every date between tells that year: a date of another year between ("the 2017 attack"), or a month
 * whose year is unknown, leaves the month to the publication date. `record` tells each month's year once read.
 */
function anchoredYears(dates: readonly ExtractedDate[]): {
  yearOf: (at: number, sentence: number, month: number) => number | undefined;
  record: (at: number, month: number, year: number | undefined) => void;
} {
  const written = [...dates].sort((a, b) => a.mention.start - b.mention.start);
  const alone: DatedBefore[] = [];
  const yearOf = (at: number, sentence: number, month: number): number | undefined => {
    const before = firstStartingFrom(written, at);
    const anchor = written[before - 1];
    if (anchor && anchor.mention.sentence === sentence) {
      const year = Number(anchor.value.slice(0, 4));
      const anchorMonth = anchor.value.length >= 7 ? Number(anchor.value.slice(5, 7)) : 0;
      return month >= anchorMonth ? year : year + 1;
    }
    return sameMonthBefore(datesBefore(written, before, alone), month);
  };
  const record = (at: number, month: number, year: number | undefined): void => {
    alone.push({ at, month, year });
  };
  return { yearOf, record };
}

/** The last dates before a month written alone, nearest first: the written ones and the months read before. */
function* datesBefore(
  written: readonly ExtractedDate[],
  before: number,
  alone: readonly DatedBefore[],
): Generator<DatedBefore> {
  let w = before - 1;
  let a = alone.length - 1;
  for (let n = 0; n < SAME_MONTH_REACH && (w >= 0 || a >= 0); n++) {
    const date = written[w];
    if (date && (a < 0 || date.mention.start > alone[a]!.at)) {
      w--;
      const month = date.value.length >= 7 ? Number(date.value.slice(5, 7)) : 0;
      yield { at: date.mention.start, year: Number(date.value.slice(0, 4)), month };
    } else yield alone[a--]!;
  }
}

function sameMonthBefore(dates: Iterable<DatedBefore>, month: number): number | undefined {
  let year: number | undefined;
  for (const date of dates) {
    if (date.year === undefined || (year !== undefined && date.year !== year)) return undefined;
    year = date.year;
    if (date.month === month) return year;
  }
  return undefined;
}

/**
 * "from 2021 to 2023", "between March 2021 and 2023": the date after the joiner ends the period the
 * one before opened.
 */
function closePeriods(text: string, dates: ExtractedDate[]): ExtractedDate[] {
  return dates.map((date, i) => {
    const opening = dates[i - 1];
    if (!opening || date.role !== 'on' || opening.role !== 'since') return date;
    const between = text.slice(opening.mention.end, date.mention.start);
    // "between the summer of 2022 and the fall of 2023": the part of the period belongs to the date.
    const part = PART_BEFORE.exec(between.slice(-40))?.[0] ?? '';
    const joiner = between.slice(0, between.length - part.length);
    if (!PERIOD_JOINER.test(joiner) || !PERIOD_OPENER.test(opening.mention.text)) return date;
    const start = date.mention.start - part.length;
    const mention = { ...date.mention, start, text: text.slice(start, date.mention.end) };
    return { ...date, role: 'until', mention };
  });
}

/** "May 28, 2024", "28 May 2024", "March 2023", "early 2022" before a year at `yearStart`. */
function monthDayBefore(
  text: string,
  yearStart: number,
  year: string,
): { value: string; start: number } {
  const before = text.slice(Math.max(0, yearStart - 20), yearStart);
  // A dash inside the last word parts it ("July–September 2022", "21-Mar-2014", "Oct-2021"); a dash
  // standing alone between words parts nothing ("Figure 8 – April 2019" is no 8 April).
  const spaced = before.split(/[\s,]+/u).filter(Boolean);
  const words = [...spaced.slice(0, -1), ...(spaced.at(-1) ?? '').split(/[\u2013\u2014-]/u)].filter(
    Boolean,
  );
  const last = words.at(-1) ?? '';
  const second = words.at(-2) ?? '';
  const at = (w: string): number => yearStart - (before.length - before.lastIndexOf(w));
  if (
    /^\d{1,2}(?:st|nd|rd|th)?$/u.test(last) &&
    monthOf(second) >= 0 &&
    THREE_LETTERS.test(second)
  ) {
    return {
      value: `${year}-${pad(monthOf(second) + 1)}-${pad(parseInt(last, 10))}`,
      start: at(second),
    };
  }
  if (monthOf(last) >= 0 && CAPITALIZED.test(last)) {
    const day = /^\d{1,2}$/u.test(second) ? parseInt(second, 10) : undefined;
    const month = pad(monthOf(last) + 1);
    return day && day <= 31
      ? { value: `${year}-${month}-${pad(day)}`, start: at(second) }
      : { value: `${year}-${month}`, start: at(last) };
  }
  return { value: year, start: yearStart };
}

/**
 * "between July and September 2022", "from March to May 2023", "July–September 2022": the first month of a
 * range that shares the year written after the second. Returns the first month (0-based), the span of
 * the opener and that month (with no opener, the month alone: "July–September 2022"), and where the
 * second month's mention starts ("mid-July 2022").
 */
const MONTH_RANGE_OPENING =
  /(?:\b(?:[Ff]rom|[Bb]etween) )?(?:(?:early|mid|late)[- ])?\b([A-Z][a-z]{2,8}\.?)(?: (?:to|and|through|until|till) | ?[-–—] ?)$/u;
function monthRangeBefore(
  text: string,
  monthStart: number,
): { month: number; start: number; end: number; secondStart: number } | undefined {
  // "from mid-June through mid-July 2022": the second month's part of it stands before it.
  const ahead = text.slice(Math.max(0, monthStart - 40), monthStart);
  const window = ahead.slice(0, ahead.length - (PART_BEFORE.exec(ahead)?.[0].length ?? 0));
  const m = MONTH_RANGE_OPENING.exec(window);
  const first = m?.[1];
  if (!m || !first) return undefined;
  const month = monthOf(first);
  const second = monthOf(/^\S+/u.exec(text.slice(monthStart, monthStart + 10))?.[0] ?? '');
  // A range within one year runs forward; "November to February 2023" leaves the first year unsaid.
  if (month < 0 || second <= month) return undefined;
  // "and" alone joins two dates, not a range ("in July and September 2022"): it needs "between".
  if (m[0].endsWith(' and ') && !/^between /iu.test(m[0])) return undefined;
  const start = monthStart - ahead.length + m.index;
  return {
    month,
    start,
    end: start + m[0].indexOf(first) + first.length,
    secondStart: monthStart - (ahead.length - window.length),
  };
}

interface Published {
  readonly year: number;
  readonly month: number;
}

function parsePublished(value: string | undefined): Published | undefined {
  const m = /^(\d{4})-(\d{2})/u.exec(value ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}

type RoleBefore = (start: number) => { role: ExtractedDate['role']; start: number };

function relative(
  m: RegExpMatchArray,
  published: Published,
  roleBefore: RoleBefore,
  push: (value: string, role: ExtractedDate['role'], start: number, end: number) => void,
): void {
  const at = m.index ?? 0;
  const end = at + m[0].length;
  const cue = roleBefore(at);
  // "since last year": the cue's role and span; "last year" alone keeps the phrase's own role.
  const put = (value: string, role: ExtractedDate['role']): void =>
    cue.role === 'on' ? push(value, role, at, end) : push(value, cue.role, cue.start, end);
  const phrase = m[0].toLowerCase();
  if (m[1] && m[2]) {
    const which = m[1].toLowerCase();
    const unit = m[2].toLowerCase();
    if (unit === 'year') {
      put(
        String(which === 'this' ? published.year : published.year - 1),
        which === 'past' ? 'since' : 'on',
      );
    } else if (unit === 'month') {
      const back = which === 'this' ? 0 : 1;
      const index = published.year * 12 + published.month - 1 - back;
      put(`${Math.floor(index / 12)}-${pad((index % 12) + 1)}`, 'on');
    } else {
      put(String(published.year - 10), which === 'this' ? 'on' : 'since');
    }
    return;
  }
  if (phrase.includes('decade')) {
    put(String(published.year - 10), 'since');
    return;
  }
  // "in the past twelve months": the month that many months before publication.
  if (m[5]) {
    const months = NUMBER_WORDS[m[5].toLowerCase()] ?? Number(m[5]);
    if (!Number.isFinite(months) || months <= 0 || months > 120) return;
    const index = published.year * 12 + published.month - 1 - months;
    put(`${Math.floor(index / 12)}-${pad((index % 12) + 1)}`, 'since');
    return;
  }
  // "over the past five years" reaches back to a start; "two years ago" is a point.
  const [count, role]: [string | undefined, ExtractedDate['role']] = m[3]
    ? [m[3], 'since']
    : [m[4], 'on'];
  const n = count ? (NUMBER_WORDS[count.toLowerCase()] ?? Number(count)) : NaN;
  if (Number.isFinite(n) && n > 0 && n < 100) put(String(published.year - n), role);
}
