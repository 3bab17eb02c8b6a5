/**
 * A known one-word name that is an English word, closing a run of plain capitalized words in prose: "Jaguar
 * Land Rover" is the carmaker, not the Rover malware. A heading capitalizes every word, so there the run
 * proves nothing ("Ex-Conti Members Deploy Domino in Recent Campaigns"); so does a kind word near the name
 * ("Havoc Demon Backdoor"), and names before it are a list of names ("Cluster25 APT28 Graphite").
 */
import { cueKind } from './cue-words.ts';
import { isEnglishWord } from './english-words.ts';
import type { TextContext } from './text-context.ts';

/** Capitalized words before a one-word name that make it the last word of a longer one. */
const NAME_WORDS_BEFORE = 2;
const PLAIN_CAPITALIZED = /^\p{Lu}\p{Ll}+$/u;

export function englishWordEndingName(ctx: TextContext, from: number, to: number): boolean {
  const { tokens } = ctx;
  if (to - from !== 1 || from < NAME_WORDS_BEFORE) return false;
  for (let i = from - 1; i >= from - NAME_WORDS_BEFORE; i--) {
    const word = tokens[i]!;
    if (!PLAIN_CAPITALIZED.test(word.text) || !ctx.spaceBefore(i + 1)) return false;
    if (ctx.sentenceOf[i] !== ctx.sentenceOf[from] || cueKind(word.norm) !== undefined)
      return false;
  }
  return (
    isEnglishWord(tokens[from]!.norm) &&
    ctx.cuesNear(from, to).size === 0 &&
    !onHeadingLine(ctx.text, tokens[from]!.start)
  );
}

/** How far either way the line of a name is read: a heading is short, and a long line is no heading. */
const LINE_REACH = 120;

/**
 * The words Title Case leaves in lower case: articles, conjunctions, short prepositions ("Attacks on the
 * Rise in Europe"). Any other word in lower case makes the line prose.
 */
const TITLE_LOWER_WORDS: ReadonlySet<string> = new Set(
  `a an the and but or nor for so yet as at by in of off on per to up via vs from into onto with over upon
than`.split(/\s+/u),
);
const WORDS = /\p{L}+/gu;
const LOWER_INITIAL = /^\p{Ll}/u;

/**
 * Whether the line around offset `at` is a heading: no word in lower case but Title Case's little words. A
 * heading runs into the next sentence when it ends without a stop, so the sentence's capitals cannot tell.
 */
function onHeadingLine(text: string, at: number): boolean {
  let start = at;
  while (start > 0 && at - start < LINE_REACH && text[start - 1] !== '\n') start--;
  let end = at;
  while (end < text.length && end - at < LINE_REACH && text[end] !== '\n') end++;
  // A line longer than the reach either way is prose.
  if ((start > 0 && text[start - 1] !== '\n') || (end < text.length && text[end] !== '\n')) {
    return false;
  }
  for (const [word] of text.slice(start, end).matchAll(WORDS)) {
    if (LOWER_INITIAL.test(word) && !TITLE_LOWER_WORDS.has(word)) return false;
  }
  return true;
}
