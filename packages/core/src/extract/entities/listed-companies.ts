/**
 * Companies a list names beside a company already read: "the attacks on MGM Resorts International and Caesars
 * Entertainment". A capitalized name of one to three words, parted from the company by "and", "or" or a comma,
 * is another company of the list; nothing else in such a name tells it from a product or a person, but a
 * list holds things of one kind. The items right after a company; before it only where "and" joins it as the
 * list's last item in a sentence telling of an intrusion ("AT&T, Verizon and Lumen Technologies were among the
 * companies breached"); never a word of another finding.
 */
import { ARTICLES, isCommonWord } from './common-words.ts';
import { capitalWord, inNameAt, NOUNS_BEFORE } from './described-companies.ts';
import type { TextContext } from './text-context.ts';
import { isCapitalized } from './tokens.ts';

const MAX_NAME_WORDS = 3;
const MAX_ITEMS = 4;
const CONJUNCTIONS = new Set(['and', 'or']);
const PARTICIPLE = /(?:ed|ing)$/u;

/** Token spans [from, to) of the names listed after the company ending before token `end`. */
export function listedAfter(
  ctx: TextContext,
  end: number,
  isFree: (i: number) => boolean,
): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let last = end - 1;
  while (out.length < MAX_ITEMS) {
    const from = itemStart(ctx, last);
    const to = from === undefined ? undefined : nameEnd(ctx, from, isFree);
    if (from === undefined || to === undefined) return out;
    out.push({ from, to });
    last = to - 1;
  }
  // "…, Safer Technologies, Mustang, Superbird, Chedot, Torch, Firefox, …": a longer run of names is an
  // enumeration of products, where one name happens to look like a company's.
  const next = itemStart(ctx, last);
  return next !== undefined && isCapitalized(ctx.tokens[next]!.text) ? [] : out;
}

/**
 * Token spans [from, to) of the names listed before the company starting at token `start`, when "and" or "or"
 * joins it as the list's last item: "AT&T, Verizon and Lumen Technologies". A list ends on its conjunction, so
 * a name before a lone comma ("In May, Acme Corp. said") is none.
 */
export function listedBefore(
  ctx: TextContext,
  start: number,
  isFree: (i: number) => boolean,
): { from: number; to: number }[] {
  const { names, items } = walkListBack(ctx, start, isFree, true);
  // A longer run of names is an enumeration of products, where one name happens to look like a company's.
  return items > MAX_ITEMS + 1 ? [] : names;
}

/**
 * Walks a list back from its last item, which ends on token `end`: the spans of its free names (an item
 * another finding holds is stepped over, with its article and the acronym it defines in brackets) and how
 * many items it holds, up to one more than a list may. `joined`: the last item must follow "and" or "or".
 */
function walkListBack(
  ctx: TextContext,
  end: number,
  isFree: (i: number) => boolean,
  joined: boolean,
): { names: { from: number; to: number }[]; items: number } {
  const names: { from: number; to: number }[] = [];
  const sentence = ctx.sentenceOf[end];
  let items = 0;
  for (let last = end; last >= 0 && items <= MAX_ITEMS + 1;) {
    // "the Industrial and Commercial Bank of China (ICBC)": the name before its bracketed acronym.
    if (last > 0 && acronymAfter(ctx, last)) last--;
    let from = last;
    if (isFree(last)) {
      const start = nameStartBefore(ctx, last, isFree);
      if (start === undefined) break;
      from = start;
      names.push({ from, to: last + 1 });
    } else {
      while (from > 0 && !isFree(from - 1) && ctx.sentenceOf[from - 1] === sentence) from--;
      from = describedFrom(ctx, from);
    }
    items++;
    // "…, the Hooli Corporation (HC) and …": the item opens on its article.
    if (ctx.tokens[from - 1]?.norm === 'the') from--;
    // The item before ends at the separator's start: ", X" or " and X".
    const conjunction = itemStart(ctx, from - 2) === from;
    if (!conjunction && ((joined && items === 1) || itemStart(ctx, from - 1) !== from)) break;
    last = conjunction ? from - 2 : from - 1;
  }
  return { names, items };
}

/** Most lower-case words describing a company before its noun: "the (online) pharmacy chain Boots". */
const DESCRIPTION_WORDS = 2;

/**
 * "the pharmacy chain Boots": the first word of the description a company noun closes right before the name
 * at token `from`, else `from`; not past a list's conjunction ("Initech and retailer Boots").
 */
function describedFrom(ctx: TextContext, from: number): number {
  if (!NOUNS_BEFORE.has(ctx.tokens[from - 1]?.norm ?? '')) return from;
  let start = from - 1;
  for (let k = start - 1; k >= Math.max(0, from - 1 - DESCRIPTION_WORDS); k--) {
    const word = ctx.tokens[k]!;
    if (word.text !== word.norm || CONJUNCTIONS.has(word.norm)) break;
    start = k;
  }
  return start;
}

/** The first token of the name of one to three words that ends on token `end`, if one ends there. */
function nameStartBefore(
  ctx: TextContext,
  end: number,
  isFree: (i: number) => boolean,
): number | undefined {
  for (let from = Math.max(0, end - MAX_NAME_WORDS + 1); from <= end; from++) {
    if (ctx.sentenceOf[from] !== ctx.sentenceOf[end]) continue;
    if (nameEnd(ctx, from, isFree) === end + 1) {
      // "Zorbaco Blue Sky Pro and Acme Corp.": a longer capitalized run is a title or a product line.
      const before = ctx.tokens[from - 1];
      const joined =
        before &&
        ctx.sentenceOf[from - 1] === ctx.sentenceOf[from] &&
        /^[ &]$/u.test(ctx.text.slice(before.end, ctx.tokens[from]!.start));
      // "The BBC, …" opening a sentence: its article is no word of a longer name.
      return joined && isCapitalized(before.text) && !ARTICLES.has(before.norm) ? undefined : from;
    }
  }
  return undefined;
}

/**
 * "Victims include Ticketmaster, Santander Bank and AT&T": the names a victims' list opens on, at token
 * `from` (after "include"); a list of two items at least, so that one name followed by other words ("Victims
 * include Android users") is none. An item may open on "the" ("… including Royal Mail, the Industrial and
 * Commercial Bank of China (ICBC) and Boeing"), and an item another finding already names is stepped over.
 */
export function victimsListedAt(
  ctx: TextContext,
  from: number,
  isFree: (i: number) => boolean,
): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  // "the Industrial and Commercial Bank of China": the item's name after its article.
  const nameAt = (i: number): number => (ctx.tokens[i]?.norm === 'the' ? i + 1 : i);
  let items = 0;
  let at: number | undefined = from;
  while (at !== undefined && items <= MAX_ITEMS) {
    const start = nameAt(at);
    let last: number;
    if (isFree(start)) {
      const to = nameEnd(ctx, start, isFree);
      if (to === undefined) break;
      out.push({ from: start, to });
      last = to - 1;
    } else {
      last = findingEnd(ctx, start, isFree);
      if (last < start) break;
    }
    items++;
    at = itemStart(ctx, last);
    if (at !== undefined && !isCapitalized(ctx.tokens[nameAt(at)]?.text ?? '')) at = undefined;
  }
  // A longer run of names is an enumeration of products, where one name happens to look like a company's.
  return items >= 2 && items <= MAX_ITEMS ? out : [];
}

/**
 * The last token of the other finding at token `from` (free tokens end it), with the acronym it defines
 * right after it ("the Industrial and Commercial Bank of China (ICBC)"); before `from` when none stands there.
 */
function findingEnd(ctx: TextContext, from: number, isFree: (i: number) => boolean): number {
  const sentence = ctx.sentenceOf[from];
  let last = from - 1;
  while (last + 1 < ctx.tokens.length && !isFree(last + 1) && ctx.sentenceOf[last + 1] === sentence)
    last++;
  if (last >= from && acronymAfter(ctx, last + 1)) last++;
  return last;
}
/** An acronym a name defines in brackets right after it: " (ICBC)". */
export const BRACKETED_ACRONYM = String.raw` \(\p{Lu}{2,8}\)`;
const ACRONYM_AFTER = new RegExp(`^${BRACKETED_ACRONYM}$`, 'u');

/** Token `to` is the acronym a name ending before it defines in brackets: "Jaguar Land Rover (JLR)". */
export function acronymAfter(ctx: TextContext, to: number): boolean {
  const last = ctx.tokens[to - 1];
  const acronym = ctx.tokens[to];
  return (
    last !== undefined &&
    acronym !== undefined &&
    ACRONYM_AFTER.test(ctx.text.slice(last.end, acronym.end + 1))
  );
}

const VICTIM_WORDS = new Set(['victims', 'targets']);
// Case written out rather than an /i flag, which makes the scan several times slower.
const VICTIMS_LIST =
  /(?:[Vv]ictims|[Tt]argets)(?: worldwide| globally| of (?:the|this) \p{L}+)?,? (?:have )?includ|[Aa]mong(?:st)? the (?:victims|targets)/u;
const INCLUDE = new Set(['include', 'included', 'includes', 'including']);
/** What the victims were of: "Victims of the campaign include …" (referring-sets.ts reads the same words). */
export const VICTIMS_OF_NOUNS: readonly string[] = [
  'campaign',
  'attack',
  'attacks',
  'operation',
  'breach',
  'hack',
  'hacks',
  'intrusion',
  'intrusions',
];
/** "victims worldwide, including …", "victims of the campaign include …": words between. */
const VICTIMS_OF = new Set(['worldwide', 'globally', 'of', 'the', 'this', ...VICTIMS_OF_NOUNS]);
const VICTIMS_OF_REACH = 3;
const AMONG = new Set(['among', 'amongst']);
const BE = new Set(['were', 'are', 'was', 'is']);

/**
 * The tokens a victims' list opens on: after "Victims include", "targets have included", "Among the victims
 * were".
 */
export function victimsListOpenings(ctx: TextContext): number[] {
  // One native scan first: most texts hold no such list, and need no walk over their tokens.
  if (!VICTIMS_LIST.test(ctx.text)) return [];
  const { tokens } = ctx;
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!VICTIM_WORDS.has(tokens[i]!.norm)) continue;
    let verb = i + 1;
    while (verb <= i + VICTIMS_OF_REACH && VICTIMS_OF.has(tokens[verb]?.norm ?? '')) verb++;
    if (tokens[verb]?.norm === 'have') verb++;
    if (INCLUDE.has(tokens[verb]?.norm ?? '')) out.push(verb + 1);
    else if (AMONG.has(tokens[i - 2]?.norm ?? '') && BE.has(tokens[i + 1]?.norm ?? ''))
      out.push(i + 2);
  }
  return out.filter((k) => k < tokens.length && ctx.sentenceOf[k] === ctx.sentenceOf[k - 1]);
}

/**
 * The tokens of "are" or "were" closing a victims' list: "Ticketmaster, Santander Bank and Advance Auto Parts
 * are among the victims".
 */
export function victimsListClosings(ctx: TextContext): number[] {
  const among = VICTIMS_LIST.test(ctx.text);
  const same = ctx.text.includes(' by the same ');
  if (!among && !same) return [];
  const { tokens } = ctx;
  const out: number[] = [];
  for (let i = 3; i < tokens.length; i++) {
    const norm = tokens[i]!.norm;
    if (among && VICTIM_WORDS.has(norm) && tokens[i - 1]!.norm === 'the') {
      if (AMONG.has(tokens[i - 2]!.norm) && CLOSING_BE.has(tokens[i - 3]!.norm))
        out.push(tellingBefore(ctx, i - 3) ?? i - 3);
    } else if (same && norm === 'same') {
      const be = struckByTheSame(ctx, i);
      if (be !== undefined) out.push(be);
    }
  }
  return out.filter((k) => k > 0 && ctx.sentenceOf[k] === ctx.sentenceOf[k - 1]);
}
const CLOSING_BE = new Set(['are', 'were']);

/**
 * "Cloudflare, Zscaler and Palo Alto Networks said they were among the victims": the telling verb before
 * "they" and the closing "were" (token `be`), where the list ends.
 */
function tellingBefore(ctx: TextContext, be: number): number | undefined {
  const { tokens } = ctx;
  const they = tokens[be - 1]?.norm === 'they' ? be - 1 : undefined;
  if (they === undefined) return undefined;
  const verb = tokens[they - 1]?.norm === 'that' ? they - 2 : they - 1;
  return TELLING_THEY.has(tokens[verb]?.norm ?? '') ? verb : undefined;
}
const TELLING_THEY = new Set([
  'said',
  'say',
  'says',
  'confirmed',
  'confirm',
  'disclosed',
  'stated',
]);

/**
 * "Co-op and Harrods were also targeted by the same hackers": the token of "were" before the passive verb of
 * an intrusion whose agent "the same" (token `same`) points back to the actor told of before.
 */
function struckByTheSame(ctx: TextContext, same: number): number | undefined {
  const { tokens } = ctx;
  if (tokens[same - 1]!.norm !== 'the' || tokens[same - 2]!.norm !== 'by') return undefined;
  if (!SAME_DOERS.has(tokens[same + 1]?.norm ?? '')) return undefined;
  const verb = same - 3;
  if (!STRUCK.has(tokens[verb]?.norm ?? '')) return undefined;
  // The list ends right before "were", "were also", "got": read back from there, it must hold names.
  return tokens[verb - 1]?.norm === 'also' ? verb - 2 : verb - 1;
}
/** The actors "the same" names: "by the same hackers", "by the same group". */
const SAME_DOERS = new Set(['hackers', 'group', 'gang', 'attackers', 'actors', 'actor', 'crew']);
/** Passive verbs of an intrusion into the subject: "were breached by". */
const STRUCK = new Set(['targeted', 'hit', 'breached', 'attacked', 'compromised', 'hacked']);

/**
 * The names of the victims' list that "are" or "were" at token `be` closes, read back from it; as after an
 * opening, two names at least, an item another finding holds stepped over.
 */
export function victimsListedBefore(
  ctx: TextContext,
  be: number,
  isFree: (i: number) => boolean,
): { from: number; to: number }[] {
  const { names, items } = walkListBack(ctx, be - 1, isFree, false);
  return items >= 2 && items <= MAX_ITEMS ? names : [];
}

/**
 * The end of the company name of one to three words at token `from`, if one stands there. Its first word must
 * be no plain word ("and Services", "or Other"), and the name must end there: a longer capitalized run is a
 * title or a product line. "AT&T": a first word glued to the next by an ampersand is a name's, whatever word
 * it spells.
 */
function nameEnd(
  ctx: TextContext,
  from: number,
  isFree: (i: number) => boolean,
): number | undefined {
  const first = ctx.tokens[from];
  if (!first) return undefined;
  let to = from;
  while (to < ctx.tokens.length && to - from < MAX_NAME_WORDS && nameWord(ctx, to, from, isFree))
    to = hyphenatedEnd(ctx, to + 1, isFree);
  const glued = to - from > 1 && ctx.text.slice(first.end, ctx.tokens[from + 1]!.start) === '&';
  if (to === from || (isCommonWord(first.norm) && !glued) || nameWord(ctx, to, from, isFree)) {
    return undefined;
  }
  return to;
}

/**
 * The token after the list's separator that follows token `last`: ", X", " and X", ", and X"; none when the
 * list does not go on.
 */
function itemStart(ctx: TextContext, last: number): number | undefined {
  const { tokens, text } = ctx;
  const before = tokens[last];
  const token = tokens[last + 1];
  if (!before || !token || ctx.sentenceOf[last + 1] !== ctx.sentenceOf[last]) return undefined;
  // A legal form's dot or an acronym's bracket may stand before it: "Acme Corp. and X", "(ICBC) and X".
  const gap = text.slice(before.end, token.start).replace(/^[.)]/u, '');
  if (!CONJUNCTIONS.has(token.norm)) return gap === ', ' ? last + 1 : undefined;
  const after = tokens[last + 2];
  if ((gap !== ' ' && gap !== ', ') || !after || text.slice(token.end, after.start) !== ' ') {
    return undefined;
  }
  return ctx.sentenceOf[last + 2] === ctx.sentenceOf[last] ? last + 2 : undefined;
}

/**
 * "Co-op", "Rolls-Royce": the token after the hyphenated parts that follow the word ending before token `to`.
 * A lower-case part that is a participle or a common word makes no name ("Harrods-owned", "Moscow-based").
 */
function hyphenatedEnd(ctx: TextContext, to: number, isFree: (i: number) => boolean): number {
  for (let part = ctx.tokens[to]; part; part = ctx.tokens[to]) {
    const glued = ctx.text.slice(ctx.tokens[to - 1]!.end, part.start) === '-';
    const plainWord = isCommonWord(part.norm) || PARTICIPLE.test(part.norm);
    if (!glued || !isFree(to) || (!isCapitalized(part.text) && plainWord)) break;
    to++;
  }
  return to;
}

/** Token `i` is a word of the name that starts at token `from`: capitalized, a space or "&" after the one before. */
const nameWord = (
  ctx: TextContext,
  i: number,
  from: number,
  isFree: (i: number) => boolean,
): boolean => capitalWord(ctx, i, from, (k) => !isFree(k)) && (i === from || inNameAt(ctx, i));
