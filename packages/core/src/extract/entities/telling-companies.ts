/**
 * Companies that tell of an intrusion into their own systems: "Microsoft said on Friday that a Russian
 * state-sponsored group had broken into its corporate email system". A capitalized name alone says nothing
 * of what it names; as the one telling, with "its" systems intruded, it is an organization and the victim
 * (company-victims.ts reads the intrusion). Only at a telling verb, so most texts cost one pass over their
 * tokens.
 */
import {
  ownSystemsIntruded,
  tailOfLongerName,
  TELLING,
  TELLING_ADVERBS,
} from './company-victims.ts';
import { acronymAfter } from './listed-companies.ts';
import { capitalAndDigit, distinctName, nameStartBefore } from './described-companies.ts';
import { isEnglishWord } from './english-words.ts';
import { isInstitutionHead, placesGoverned } from './institutions.ts';
import { PerWordTest } from './per-word.ts';
import type { TextContext } from './text-context.ts';

const MAX_NAME_WORDS = 3;
const CAPITALS = /^\p{Lu}{2,}$/u;
const LOWER_CASE = /^\p{Ll}/u;
/** Longest apposition between a name and its verb, in tokens (as company-victims.ts reads it). */
const APPOSITION_REACH = 14;

/**
 * "MITRE, the US nonprofit that runs research centers for the federal government, said": where the name ends
 * when an apposition stands between it and the verb at `verb`, closed by a comma.
 */
function beforeApposition(ctx: TextContext, verb: number): number | undefined {
  // The comma closing it, and both in the verb's sentence, are asked where the intrusion is read
  // (company-victims.ts).
  for (let k = verb - 1; k > 0 && k > verb - 1 - APPOSITION_REACH; k--) {
    const end = ctx.tokens[k - 1]!.end;
    // "Jaguar Land Rover (JLR), the British carmaker": the name ends before the acronym it defines.
    const acronym = ctx.text.startsWith('),', end) && acronymAfter(ctx, k - 1);
    if (ctx.text.charCodeAt(end) !== COMMA && !acronym) continue;
    // The apposition holds no comma of its own and opens in lower case ("the", "which", "based"): a list
    // ("Acme, Initech, Hooli, said") is no name's.
    if (!LOWER_CASE.test(ctx.tokens[k]!.text)) return undefined;
    return acronym ? k - 1 : k;
  }
  return undefined;
}
const COMMA = 0x2c;
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside']);

/**
 * "The Littleton Electric Light and Water Departments (LELWD), a small public utility …, said": a name with
 * "and" inside, which the acronym defined after it (token `end`) spells whole. The first token of the whole
 * name, when the name before "and" and the one after it (at `from`) make the acronym's letters.
 */
function spelledWithAnd(
  ctx: TextContext,
  from: number,
  end: number,
  taken: (i: number) => boolean,
): number | undefined {
  const { tokens } = ctx;
  const acronym = tokens[end];
  if (!acronym || ctx.text[acronym.start - 1] !== '(' || tokens[from - 1]?.norm !== 'and')
    return undefined;
  const start = nameStartBefore(ctx, from - 1, MAX_NAME_WORDS, taken);
  if (start === from - 1) return undefined;
  let initials = '';
  for (let k = start; k < end; k++) if (k !== from - 1) initials += tokens[k]!.text[0];
  return initials === acronym.text ? start : undefined;
}

/** Whether the name at tokens [from, to) tells of an intrusion into its own systems ("Acme said its network …"). */
export const tellsOwnIntrusion = (ctx: TextContext, from: number, to: number): boolean =>
  ownSystemsIntruded(ctx, from, to) !== undefined;

/** Token spans [from, to) of names telling of their own systems' intrusion, in text order. */
export function tellingCompanies(
  ctx: TextContext,
  isFree: (i: number) => boolean,
): { from: number; to: number }[] {
  const found: { from: number; to: number }[] = [];
  const { tokens } = ctx;
  // Asked of every token, answered once per distinct word.
  const telling = new PerWordTest(({ norm }) => TELLING.has(norm), tokens);
  let localGovernments: ReadonlySet<string> | undefined;
  for (let verb = 0; verb < tokens.length; verb++) {
    if (!telling.get(tokens[verb]!)) continue;
    // "Microsoft later said", "Acme has confirmed"
    const to = TELLING_ADVERBS.has(tokens[verb - 1]?.norm ?? '') ? verb - 1 : verb;
    // "… in the United States, said": a name right before its verb, a space apart, or before an apposition.
    const end = ctx.spaceBefore(to) ? to : beforeApposition(ctx, to);
    if (end === undefined) continue;
    const named = nameStartBefore(ctx, end, MAX_NAME_WORDS, (i) => !isFree(i));
    const from = spelledWithAnd(ctx, named, end, (i) => !isFree(i)) ?? named;
    if (from === end || !(distinctName(ctx, from, end) || capitalAndDigit(tokens[from]!.text)))
      continue;
    // "Hackers said", "Researchers said": one English word opening the sentence names no one, unless written
    // in capitals ("MITRE said").
    const word = tokens[from]!;
    if (end - from === 1 && isEnglishWord(word.norm) && !CAPITALS.test(word.text)) continue;
    // "Columbus says …" before "The City of Columbus … said": the city's government, an institution.
    if (end - from === 1 && (localGovernments ??= placesGoverned(ctx)).has(word.text)) continue;
    // "The University of Toronto said", "the Water Authority of Aliquippa said": the tail of a longer name.
    if (tailOfLongerName(ctx, from)) continue;
    // "The Maasland Hospital in Rotterdam said": the place of the one telling, not the one.
    if (PLACE_PREPOSITIONS.has(tokens[from - 1]?.norm ?? '') && !ctx.sentenceStart(from - 1))
      continue;
    // "Maasland Hospital said its network …": an institution, read with its sector (institutions.ts).
    if (isInstitutionHead(tokens[end - 1]!.text)) continue;
    if (tellsOwnIntrusion(ctx, from, end)) found.push({ from, to: end });
  }
  return found;
}
