/**
 * Days named by their weekday alone, as news writes them: "detected unusual activity on Wednesday", "offline
 * since Monday", "said last Friday". A reader takes the weekday within the week up to the day the text was
 * published (the same day included), or, for a deadline or a future ("by Friday", "will meet on Monday"),
 * within the week after it. Without a publication day the weekday tells no date and is left out.
 */
import type { ExtractedDate } from '../../analysis/types.ts';
import {
  MONTH_NAMES_PATTERN,
  WEEKDAY_NAMES_PATTERN,
  WEEKDAYS,
} from '../entities/calendar-words.ts';

/** The cue and the weekday: "on Wednesday", "since Monday", "last Friday", "by Friday", "late Tuesday". */
const CUED_WEEKDAY = new RegExp(
  String.raw`\b([Oo]n|[Ss]ince|[Uu]ntil|[Ll]ast|[Bb]y|[Ee]arly|[Ll]ate) (${WEEKDAY_NAMES_PATTERN})\b(?!'s\b|’s\b)`,
  'gu',
);
/** A date written after the weekday ("on Wednesday, May 8", "on Wednesday 8 May"): that date's readers have it. */
const DATE_AFTER = new RegExp(String.raw`^,? (?:\d|(?:${MONTH_NAMES_PATTERN})\b)`, 'u');
/** Words that put the day after the text's: "will meet on Monday", "is expected to resume on Friday". */
const FUTURE_BEFORE =
  /\b(?:will|shall|would|is due|are due|scheduled|planned|plans|expected|expects|set to|tomorrow|next)\b[^.;!?]{0,40}$/u;
const FUTURE_REACH = 60;
const DAY_MS = 86_400_000;

export interface WeekdayDate {
  readonly start: number;
  readonly end: number;
  /** ISO 8601 day. */
  readonly value: string;
  readonly role: Exclude<ExtractedDate['role'], 'published'>;
}

/** The weekdays of `text` as days, read from `publishedDay` (YYYY-MM-DD); none without a valid day. */
export function weekdayDates(text: string, publishedDay: string | undefined): WeekdayDate[] {
  const published = dayOf(publishedDay);
  if (published === undefined) return [];
  const publishedWeekday = new Date(published).getUTCDay();
  const found: WeekdayDate[] = [];
  for (const m of text.matchAll(CUED_WEEKDAY)) {
    const end = m.index + m[0].length;
    if (DATE_AFTER.test(text.slice(end, end + 12))) continue;
    const cue = m[1]!.toLowerCase();
    // Date.getUTCDay counts from Sunday; the calendar's list from Monday.
    const weekday = (WEEKDAYS.indexOf(m[2]!.toLowerCase()) + 1) % 7;
    // "since" and "last" look back, whatever stands before ("postpone planned surgeries since Tuesday").
    const ahead =
      cue === 'by' ||
      (cue !== 'since' &&
        cue !== 'last' &&
        FUTURE_BEFORE.test(text.slice(Math.max(0, m.index - FUTURE_REACH), m.index)));
    const days = ahead
      ? (weekday - publishedWeekday + 7) % 7
      : -((publishedWeekday - weekday + 7) % 7 || (cue === 'last' ? 7 : 0));
    const value = new Date(published + days * DAY_MS).toISOString().slice(0, 10);
    const role = cue === 'since' ? 'since' : cue === 'until' ? 'until' : 'on';
    found.push({ start: m.index, end, value, role });
  }
  return found;
}

/** Milliseconds of a YYYY-MM-DD day at 00:00 UTC, or undefined for anything else. */
function dayOf(value: string | undefined): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/u.exec(value ?? '');
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return new Date(ms).toISOString().slice(0, 10) === m[0] ? ms : undefined;
}
