/**
 * Verbs that tell what an intrusion did to its victim: "a cyberattack that forced X to …", "the attack
 * crippled X", "the cyber attack that has crippled X's online shop", "The attack, which began on 3 June, has
 * forced X to …", "Ransomware attack disrupts X" (a headline). The verb names the victim only with an
 * intrusion for its subject: "the outage disrupted X" tells of no attack.
 */
import { INTRUSION_WORDS } from './campaigns.ts';
import type { TextContext } from './text-context.ts';

const IMPACT_VERBS: ReadonlySet<string> = new Set(
  `forced disrupted crippled paralyzed paralysed affected impacted hit struck forces disrupts cripples
paralyzes paralyses affects impacts hits strikes`.split(/\s+/u),
);
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which']);
const AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/** The token of the intrusion that is the subject of the impact verb at token `verb`, if it is one. */
export function intrusionImpactAt(ctx: TextContext, verb: number): number | undefined {
  const sentence = ctx.sentenceOf[verb];
  const norm = (i: number): string =>
    i >= 0 && ctx.sentenceOf[i] === sentence ? (ctx.tokens[i]?.norm ?? '') : '';
  if (!IMPACT_VERBS.has(norm(verb))) return undefined;
  let subject = verb - 1;
  if (AUXILIARIES.has(norm(subject))) subject--;
  if (RELATIVES.has(norm(subject))) subject--;
  else subject = beforeRelativeClause(ctx, subject, norm);
  return INTRUSION_WORDS.has(norm(subject)) ? subject : undefined;
}

/** Most words of a relative clause between the subject and its verb: ", which began on 3 June,". */
const CLAUSE_WORDS = 12;

/**
 * "The attack, which began on 3 June, has forced …": the word before the relative clause that ends at token
 * `last` (a comma after it), else `last` itself.
 */
function beforeRelativeClause(ctx: TextContext, last: number, norm: (i: number) => string): number {
  const gapAfter = (i: number): string =>
    ctx.text.slice(ctx.tokens[i]?.end ?? 0, ctx.tokens[i + 1]?.start ?? 0);
  if (gapAfter(last) !== ', ') return last;
  for (let k = last; k > last - CLAUSE_WORDS && norm(k) !== ''; k--) {
    if (RELATIVES.has(norm(k)) && gapAfter(k - 1) === ', ') return k - 1;
  }
  return last;
}
