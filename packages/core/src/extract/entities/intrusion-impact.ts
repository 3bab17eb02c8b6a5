/**
 * Verbs that tell what an intrusion did to its victim: "a cyberattack that forced X to …", "the attack
 * crippled X", "the cyber attack that has crippled X's online shop", "The attack, which began on 3 June, has
 * forced X to …", "Ransomware attack disrupts X" (a headline), "Hackers who crippled X's online operations". The
 * verb names the victim only with an intrusion or intruders for its subject: "the outage disrupted X" tells of no
 * attack.
 */
import { INTRUSION_WORDS } from './campaigns.ts';
import type { TextContext } from './text-context.ts';

const IMPACT_VERBS: ReadonlySet<string> = new Set(
  `forced disrupted crippled paralyzed paralysed affected impacted hit struck forces disrupts cripples
paralyzes paralyses affects impacts hits strikes`.split(/\s+/u),
);
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who']);
/** Who intrudes, as a verb's subject an intrusion would be: "Hackers who crippled X's online operations". */
const INTRUDERS: ReadonlySet<string> = new Set(
  'hackers attackers intruders criminals cybercriminals'.split(' '),
);
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/**
 * The token of the intrusion that is the subject of the impact verb at token `verb`, if it is one. No closure
 * for the sentence's words here: this runs at every word of every report, and tsx keeps function names, so a
 * closure made per call costs a property definition (docs/ARCHITECTURE.md, "No build step").
 */
export function intrusionImpactAt(ctx: TextContext, verb: number): number | undefined {
  if (!IMPACT_VERBS.has(ctx.tokens[verb]?.norm ?? '')) return undefined;
  const sentence = ctx.sentenceOf[verb]!;
  let subject = verb - 1;
  if (AUXILIARIES.has(ctx.normIn(sentence, subject))) subject--;
  if (RELATIVES.has(ctx.normIn(sentence, subject))) subject--;
  else subject = beforeRelativeClause(ctx, sentence, subject);
  const word = ctx.normIn(sentence, subject);
  return INTRUSION_WORDS.has(word) || INTRUDERS.has(word) ? subject : undefined;
}

function gapAfter(ctx: TextContext, i: number): string {
  return ctx.text.slice(ctx.tokens[i]?.end ?? 0, ctx.tokens[i + 1]?.start ?? 0);
}

/** Most words of a relative clause between the subject and its verb: ", which began on 3 June,". */
const CLAUSE_WORDS = 12;

/**
 * "The attack, which began on 3 June, has forced …": the word before the relative clause that ends at token
 * `last` (a comma after it), else `last` itself.
 */
function beforeRelativeClause(ctx: TextContext, sentence: number, last: number): number {
  if (gapAfter(ctx, last) !== ', ') return last;
  for (let k = last; k > last - CLAUSE_WORDS && ctx.normIn(sentence, k) !== ''; k--) {
    if (RELATIVES.has(ctx.normIn(sentence, k)) && gapAfter(ctx, k - 1) === ', ') return k - 1;
  }
  return last;
}
