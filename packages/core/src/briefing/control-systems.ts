/**
 * "actively targeting and compromising … programmable logic controllers (PLCs)", "left a defacement image on the
 * human machine interface": where the report tells of intruders at industrial control systems, the plan secures
 * them, which IT steps alone do not reach. The control-system words of the first such body sentence.
 */
import { insideAny } from '../summarize/headed-sections.ts';
import type { CitationContext } from './citations.ts';

const CONTROL =
  /\b(?:PLCs?|programmable logic controllers?|HMIs?|human[- ]machine interfaces?|SCADA|industrial control systems?|ICS devices|operational technology|OT (?:devices|networks?|systems|environments?))\b/u;
/** A denial anywhere before the words in their sentence: the sentence says what the activity is not. */
const DENIED = /\b(?:not|no|never|without)\b|n['’]t\b/iu;
/** Words of intruders at work in the same sentence. */
const INTRUDING =
  /\b(?:compromis|target|hack|attack|exploit|intru|breach|defac|manipulat|sabotag|disrupt)/iu;

export function controlSystemWords(ctx: CitationContext): string | undefined {
  const { text, sentences } = ctx.analysis;
  for (const span of sentences) {
    if (insideAny(span, ctx.excluded)) continue;
    const words = text.slice(span.start, span.end);
    const control = CONTROL.exec(words);
    // "not an industrial control system (ICS)-specific campaign", "no evidence … targeting OT environments".
    if (!control || DENIED.test(words.slice(0, control.index))) continue;
    if (INTRUDING.test(words)) return control[0];
  }
  return undefined;
}
