/**
 * A heading written without marks on the first line of a sentence the splitter keeps whole ("Initial access" /
 * "The attackers exploited …"): a single line break inside a paragraph does not end a sentence, so such a
 * heading opens the sentence under it. Rules that read how a sentence opens ("the attackers", "they") read it
 * after the heading. Short, capitalized, ending in a letter or digit, and followed by a line opening on a
 * capital.
 */
import type { Span } from '../analysis/types.ts';

/** Longest line read as a heading, and most of its words. */
const HEADING_LENGTH = 48;
const HEADING_WORDS = 6;
const HEADING_LINE = new RegExp(
  String.raw`^\p{Lu}[^\n]{0,${HEADING_LENGTH - 2}}[\p{L}\p{N}][ \t]*\n[ \t]*(?=\p{Lu})`,
  'u',
);

/** The sentence without a heading line that opens it; the sentence itself when none does. */
export function afterHeadingLine(text: string, sentence: Span): Span {
  const opening = text.slice(sentence.start, sentence.start + HEADING_LENGTH + 8);
  const match = HEADING_LINE.exec(opening);
  if (!match || match[0].split(' ').length > HEADING_WORDS) return sentence;
  return { start: sentence.start + match[0].length, end: sentence.end };
}
