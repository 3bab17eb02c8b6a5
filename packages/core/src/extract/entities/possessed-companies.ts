/**
 * Companies named as the owners of what an intrusion reached: "used the flaw to breach Boeing's parts and
 * distribution business", "LockBit hit ICBC's US arm", "hackers compromised Acme's corporate network", "the
 * attack that has crippled Marks & Spencer's online shop". A
 * capitalized name alone says nothing of what it names; its possessive before a company's part or its
 * systems, right after a verb of intrusion, does. Not a person's mailbox ("hacked Podesta's email"): only
 * a company's parts and systems count.
 */
import { isCommonWord } from './common-words.ts';
import { capitalWord, inNameAt } from './described-companies.ts';
import { intrusionVerbAt } from './intrusion-verbs.ts';
import { intrusionImpactAt } from './intrusion-impact.ts';
import type { TextContext } from './text-context.ts';

/** What a company owns that an intrusion reaches. */
const COMPANY_PARTS = new Set(
  `network networks systems servers infrastructure environment business businesses unit units arm
division subsidiary subsidiaries operations offices shop store stores`.split(/\s+/u),
);
const MAX_NAME_WORDS = 3;
/** Kinds of body a capitalized word after "the" names again: "the Commission's systems". */
const BODY_KINDS = new Set(
  `commission agency ministry department council committee company government authority office service
bureau parliament city county bank firm group organization organisation board`.split(/\s+/u),
);
/** Words between the possessive and the part: "parts and distribution", "corporate IT". */
const MAX_DESCRIBING_WORDS = 4;

/** Token spans [from, to) of the names such a possessive marks as companies, in text order. */
export function possessedCompanies(
  ctx: TextContext,
  isFree: (i: number) => boolean,
): { from: number; to: number }[] {
  const { tokens } = ctx;
  const found: { from: number; to: number }[] = [];
  for (let verb = 0; verb < tokens.length; verb++) {
    // "the cyber attack that has crippled Marks & Spencer's online shop": what an intrusion did, too.
    if (!intrusionVerbAt(ctx, verb) && intrusionImpactAt(ctx, verb) === undefined) continue;
    const from = tokens[verb + 1]?.norm === 'the' ? verb + 2 : verb + 1;
    const to = nameEndFrom(ctx, from, verb, isFree);
    // "Elbit Systems' internal network": a name ending in "s" takes the apostrophe alone.
    const partFrom = ctx.possessiveS(to) ? to + 1 : bareApostrophe(ctx, to) ? to : undefined;
    if (to === from || partFrom === undefined || !partAfter(ctx, partFrom, verb)) {
      const owner = ownerAfterPart(ctx, verb, isFree);
      if (owner) {
        found.push(owner);
        verb = owner.to;
      }
      continue;
    }
    // One word that is English ("hacked Their systems") names nothing; after "the", a body's kind
    // ("compromised the Commission's systems") refers back to one named before.
    if (to - from === 1 && isCommonWord(tokens[from]!.norm)) continue;
    if (to - from === 1 && from > verb + 1 && BODY_KINDS.has(tokens[from]!.norm)) continue;
    found.push({ from, to });
    verb = to;
  }
  return found;
}

/** The end of the capitalized name of up to three words at token `from`, after the verb at token `verb`. */
function nameEndFrom(
  ctx: TextContext,
  from: number,
  verb: number,
  isFree: (i: number) => boolean,
): number {
  let to = from;
  while (
    to - from < MAX_NAME_WORDS &&
    capitalWord(ctx, to, verb, (i) => !isFree(i)) &&
    inNameAt(ctx, to)
  ) {
    to++;
  }
  return to;
}

/** Whether the name ending before token `to` ends in "s" and an apostrophe alone: "Elbit Systems' network". */
function bareApostrophe(ctx: TextContext, to: number): boolean {
  const last = ctx.tokens[to - 1];
  if (!last || !last.text.endsWith('s')) return false;
  const mark = ctx.text.charCodeAt(last.end);
  return (mark === 0x27 || mark === 0x2019) && ctx.text[last.end + 1] === ' ';
}

/**
 * "breached the internal network of Elbit Systems": the company after "of", where the intrusion's object is
 * one of a company's parts, a few words describing it.
 */
function ownerAfterPart(
  ctx: TextContext,
  verb: number,
  isFree: (i: number) => boolean,
): { from: number; to: number } | undefined {
  const { tokens } = ctx;
  if (tokens[verb + 1]?.norm !== 'the') return undefined;
  let part = verb + 2;
  while (
    part < verb + 2 + MAX_DESCRIBING_WORDS &&
    tokens[part] &&
    !COMPANY_PARTS.has(tokens[part]!.norm)
  ) {
    if (tokens[part]!.text !== tokens[part]!.norm) return undefined;
    part++;
  }
  if (!COMPANY_PARTS.has(tokens[part]?.norm ?? '') || tokens[part + 1]?.norm !== 'of')
    return undefined;
  const from = part + 2;
  const to = nameEndFrom(ctx, from, verb, isFree);
  if (to === from || ctx.sentenceOf[to - 1] !== ctx.sentenceOf[verb]) return undefined;
  // "the network of Microsoft Windows users": the name only describes the owner a word after it names.
  const next = tokens[to];
  if (next && ctx.sentenceOf[to] === ctx.sentenceOf[verb] && ctx.spaceBefore(to)) {
    if (next.text === next.norm && !AFTER_OWNER.has(next.norm)) return undefined;
  }
  // "the network of Their partners": one English word names nothing.
  if (to - from === 1 && isCommonWord(tokens[from]!.norm)) return undefined;
  return { from, to };
}

/** Words that may follow the owner's name, its phrase ended: "… of Elbit Systems and stole documents". */
const AFTER_OWNER = new Set(
  `and or in on at to after before last earlier this that which for with during since by as but and
from over`.split(/\s+/u),
);

/** A company's part within a few words from token `from`, in the sentence of token `verb`. */
function partAfter(ctx: TextContext, from: number, verb: number): boolean {
  for (let i = from; i < from + MAX_DESCRIBING_WORDS + 1; i++) {
    const token = ctx.tokens[i];
    if (!token || ctx.sentenceOf[i] !== ctx.sentenceOf[verb]) return false;
    if (i > from && !ctx.spaceBefore(i)) return false;
    if (COMPANY_PARTS.has(token.norm)) return true;
  }
  return false;
}
