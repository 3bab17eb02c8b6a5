/**
 * "Jaguar Land Rover extends production shutdown after cyberattack", "Asahi halts production following a
 * cyberattack": news heads a story with the company and what the intrusion made it do. The company opens the
 * sentence, a verb of its own right after it, and the intrusion closes the clause: it is the victim.
 */
import { distinctName, nameStartBefore } from './described-companies.ts';
import { isEnglishWord } from './english-words.ts';
import { PerWordTest } from './per-word.ts';
import type { TextContext } from './text-context.ts';

const CAUSES: ReadonlySet<string> = new Set(['after', 'following', 'amid']);
/** Nouns of an intrusion alone: "after cyberattack", "following a hack". */
const INTRUSIONS: ReadonlySet<string> = new Set(['cyberattack', 'hack', 'breach', 'intrusion']);
/** Words that make "attack" or "incident" one: "after a ransomware attack", "following a cyber incident". */
const KINDS: ReadonlySet<string> = new Set(['cyber', 'ransomware', 'cybersecurity', 'security']);
const KIND_HEADS: ReadonlySet<string> = new Set(['attack', 'incident']);
/** Lower-case words between the name and the cause: the verb and what it does ("extends production shutdown"). */
const MAX_BETWEEN = 5;
const MAX_NAME_WORDS = 3;
const VERB_ENDING = /(?:s|ed)$/u;
const LOWER_START = /^\p{Ll}/u;

/** Token spans [from, to) of companies an intrusion made act, opening their sentence, in text order. */
export function haltedCompanies(
  ctx: TextContext,
  isFree: (i: number) => boolean,
): { from: number; to: number }[] {
  const { tokens } = ctx;
  const found: { from: number; to: number }[] = [];
  const cause = new PerWordTest(({ norm }) => CAUSES.has(norm), tokens);
  for (let at = 1; at < tokens.length; at++) {
    if (!cause.get(tokens[at]!)) continue;
    // Back over the lower-case verb phrase to the name, which haltingIntrusion reads forward.
    let end = at;
    while (end > at - MAX_BETWEEN && LOWER_START.test(tokens[end - 1]?.text ?? '')) end--;
    if (end === at || !ctx.spaceBefore(end)) continue;
    const from = nameStartBefore(ctx, end, MAX_NAME_WORDS, (i) => !isFree(i));
    if (from === end || !distinctName(ctx, from, end)) continue;
    if (haltingIntrusion(ctx, from, end) === undefined) continue;
    // "Hackers strike …": one English word names no company.
    if (end - from === 1 && isEnglishWord(tokens[from]!.norm)) continue;
    found.push({ from, to: end });
  }
  return found;
}

/** The token of an intrusion's noun starting at token `i`, a determiner before it or not. */
function intrusionAfter(ctx: TextContext, i: number): number | undefined {
  const norm = (k: number): string => ctx.normIn(ctx.sentenceOf[i - 1], k);
  const at = norm(i) === 'a' || norm(i) === 'an' || norm(i) === 'the' ? i + 1 : i;
  if (INTRUSIONS.has(norm(at))) return at;
  return KINDS.has(norm(at)) && KIND_HEADS.has(norm(at + 1)) ? at + 1 : undefined;
}

/**
 * The intrusion's noun that the name at tokens [from, to) is told to act after, opening its sentence: "Jaguar
 * Land Rover extends production shutdown after cyberattack"; none otherwise.
 */
export function haltingIntrusion(ctx: TextContext, from: number, to: number): number | undefined {
  const { tokens } = ctx;
  if (!ctx.sentenceStart(from) || !VERB_ENDING.test(tokens[to]?.norm ?? '')) return undefined;
  if (!LOWER_START.test(tokens[to]!.text) || ctx.sentenceOf[to] !== ctx.sentenceOf[from]) {
    return undefined;
  }
  for (let k = to + 1; k <= to + MAX_BETWEEN && ctx.sentenceOf[k] === ctx.sentenceOf[to]; k++) {
    if (CAUSES.has(tokens[k]!.norm)) return intrusionAfter(ctx, k + 1);
    if (!LOWER_START.test(tokens[k]!.text)) return undefined;
  }
  return undefined;
}
