/**
 * Bylines ("By Mark Arena, CEO of Intel 471", "Authors: Denis Goydenko and Alexey Vishnyakov", "By: Ivan
 * Nicole Chavez, Monte de Jesus") and author cards (a name over its job title): the names there are
 * people, even when a knowledge source has one of them as a malware name (Arena, Denis, Monte). So are a
 * first name after a person's title or in a sentence that thanks people, in prose.
 */
import type { TextContext } from './text-context.ts';
import { isCapitalized } from './tokens.ts';

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
  return OPENER.test(text.slice(start, start + 16)) || authorCard(text, start);
}

/** A name on a line of its own: two to four capitalized words, particles between ("Monte de Jesus"). */
const NAME_LINE = /^\p{Lu}\p{Ll}+(?: (?:[a-z]{1,3} )?\p{Lu}\p{Ll}+){1,3}\n/u;
/** A job title on the line after it ("Threats Analyst", "Senior Threat Researcher"). */
const TITLE_LINE =
  /^\n*(?:\p{Lu}\p{L}* ){0,3}(?:Analyst|Researcher|Engineer|Manager|Director|Scientist|Architect|Consultant|Specialist|Hunter|Investigator)\n/u;

/**
 * "Monte de Jesus\nThreats Analyst": a vendor's author card, a person's name over their job title. Asked of
 * a line starting at `start`.
 */
function authorCard(text: string, start: number): boolean {
  const name = NAME_LINE.exec(text.slice(start, start + 60));
  return (
    name !== null &&
    TITLE_LINE.test(text.slice(start + name[0].length, start + name[0].length + 80))
  );
}

/** Words of a sentence that thanks people ("Special thanks to Denis Sinegubko"). */
const THANKS: ReadonlySet<string> = new Set(
  'thank thanks thanked contributions acknowledge acknowledgements acknowledgments grateful gratitude'.split(
    ' ',
  ),
);

/**
 * "Special thanks to Denis Sinegubko", "contributions of Melisa Kelly, Jason Jenkins": a one-word name
 * followed by a capitalized word in a sentence that thanks people is a first name.
 */
export function thankedPerson(ctx: TextContext, from: number, to: number): boolean {
  if (!surnameFollows(ctx, from, to)) return false;
  const sentence = ctx.sentenceOf[from];
  // Back over the names thanked before it ("thank Anna Smith, Marrel Vostok"); "thanks to its loader,
  // Marrel …" thanks no one.
  for (
    let i = from - 1;
    i >= Math.max(0, from - THANKS_REACH) && ctx.sentenceOf[i] === sentence;
    i--
  ) {
    const word = ctx.tokens[i]!;
    if (THANKS.has(word.norm)) return true;
    if (!isCapitalized(word.text) && !BETWEEN_NAMES.has(word.norm)) return false;
  }
  return false;
}

/** Whether the one word of tokens [from, to) has a capitalized word after it, one space apart. */
function surnameFollows(ctx: TextContext, from: number, to: number): boolean {
  const surname = ctx.tokens[to];
  return (
    to - from === 1 &&
    surname !== undefined &&
    ctx.sentenceOf[to] === ctx.sentenceOf[from] &&
    isCapitalized(surname.text) &&
    surname.start === (ctx.tokens[from]?.end ?? 0) + 1
  );
}

/**
 * Words that title a person right before the name: "Security researcher Kevin Beaumont", "CEO Kevin Mandia",
 * "NCA Director General James Babbage".
 */
const PERSON_TITLES: ReadonlySet<string> = new Set(
  `researcher researchers analyst analysts scientist engineer expert spokesperson spokesman spokeswoman ceo
cto ciso coo cfo founder cofounder director general secretary commissioner chairman chair chief head manager
president minister professor journalist reporter colleague dr mr mrs`.split(/\s+/u),
);

/**
 * "Security researcher Kevin Beaumont", "Mandiant CEO Kevin Mandia": a one-word name after a person's title
 * and before a capitalized word is a first name.
 */
export function titledPerson(ctx: TextContext, from: number, to: number): boolean {
  const title = ctx.tokens[from - 1];
  return (
    title !== undefined &&
    PERSON_TITLES.has(title.norm) &&
    ctx.sentenceOf[from - 1] === ctx.sentenceOf[from] &&
    surnameFollows(ctx, from, to)
  );
}

const BETWEEN_NAMES: ReadonlySet<string> = new Set(['to', 'of', 'and', 'from']);

/** How far back, in words, the thanks may stand: a list of a dozen people, and a bound. */
const THANKS_REACH = 40;
