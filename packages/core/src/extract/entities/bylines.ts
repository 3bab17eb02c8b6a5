/**
 * Bylines ("By Mark Arena, CEO of Intel 471", "Authors: Denis Goydenko and Alexey Vishnyakov", "By: Ivan
 * Nicole Chavez, Monte de Jesus"): the names on such a line are people, even when a knowledge source has
 * one of them as a malware name (Arena, Denis, Monte).
 */
import type { TextContext } from './text-context.ts';

/** A byline is one short line: further than this from its line's start, a word is in prose. */
const MAX_BYLINE = 200;

/** What opens a byline, after markup (`*`, `_`, `#`, `>`) and spaces; "By the time…" is prose. */
const OPENER = /^(?:By:? \p{Lu}|Authors?: |Written by |Posted by )/u;

/** Whether token i stands on a line that is a byline. */
export function inByline(ctx: TextContext, i: number): boolean {
  const { text } = ctx;
  const at = ctx.tokens[i]?.start ?? 0;
  let start = at;
  while (start > 0 && text[start - 1] !== '\n') {
    if (at - start >= MAX_BYLINE) return false;
    start--;
  }
  while (start < at && '*_#> \t'.includes(text[start] ?? '')) start++;
  return OPENER.test(text.slice(start, start + 16));
}
