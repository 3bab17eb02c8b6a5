/**
 * A weekly digest ("Anomali Weekly Threat Briefing") is many short stories under dated headings
 * ("Magecart Strikes Again: Newegg In The Crosshairs  (September 19, 2018)"): one actor named in one story
 * is not the subject of the others, so nothing is inferred about the whole text from it.
 */
import { MONTH_NAMES_PATTERN } from '../entities/calendar-words.ts';

/** Dated headings that make a text a digest of stories. */
const DIGEST_HEADINGS = 3;
/** Longest heading line, in UTF-16 code units. */
const HEADING_MAX = 200;
const DATED_END = new RegExp(String.raw`\((?:${MONTH_NAMES_PATTERN}) \d{1,2}, \d{4}\)$`, 'u');
/** The longest dated ending: "(September 30, 2018)". */
const DATED_END_MAX = 20;

export function isDigest(text: string): boolean {
  let headings = 0;
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    // Only short lines are cut out: a long one is no heading (and a one-line text is copied never).
    if (end - start <= HEADING_MAX) {
      const line = text.slice(start, end).trimEnd();
      // The date closes a heading: a line of some words before it, not a table cell of a date alone.
      const dated = line.length > DATED_END_MAX + 10 && DATED_END.test(line.slice(-DATED_END_MAX));
      if (dated && ++headings >= DIGEST_HEADINGS) return true;
    }
    start = end + 1;
  }
  return false;
}
