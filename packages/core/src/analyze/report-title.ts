/**
 * A report's name when its source gives none (plain text, stdin): its first line that reads as a title.
 * Lines without letters ("-", "***") and generic section headings ("Essential Insights", "Executive
 * Summary", "Key Points") are passed over: a briefing called "Essential Insights" tells nobody what it is
 * about. A long line is cut at a word, so a first sentence serves as the title.
 */
import { topLines, withoutMarks } from '../extract/top-lines.ts';
import { isTlpBanner } from '../marking/stated-marking.ts';
import { classifyHeading, isHeadingLine } from '../summarize/headed-sections.ts';

/** How many non-blank lines from the top are looked at, and how long a title may be. */
const TITLE_LINES = 10;
const TITLE_CHARS = 120;
/** A generic section heading is short: "Analysis of the APT31 intrusion" is a title. */
const GENERIC_HEADING_WORDS = 3;
const LETTER = /\p{L}/u;
const TITLE_LABEL = /^title:\s*/iu;

/** What titleFromText returns for a text without a line that reads as a title. */
export const UNTITLED = 'Untitled report';

export function titleFromText(text: string): string {
  for (const top of topLines(text, TITLE_LINES, 4 * TITLE_CHARS)) {
    // "title: …" over "url: …", as saved pages and corpora write a header: the label is no part of it.
    const line = withoutMarks(top).replace(TITLE_LABEL, '');
    // A banner ("TLP:AMBER") marks the report; it does not name it.
    if (!LETTER.test(line) || isTlpBanner(line)) continue;
    if (
      isHeadingLine(line) &&
      line.split(/\s+/u).length <= GENERIC_HEADING_WORDS &&
      classifyHeading(line) !== 'unknown'
    )
      continue;
    return shorten(line);
  }
  return UNTITLED;
}

function shorten(line: string): string {
  if (line.length <= TITLE_CHARS) return line;
  const cut = line.lastIndexOf(' ', TITLE_CHARS - 3);
  return `${line.slice(0, cut > TITLE_CHARS / 2 ? cut : TITLE_CHARS - 3).replace(/[,;:]$/u, '')}...`;
}
