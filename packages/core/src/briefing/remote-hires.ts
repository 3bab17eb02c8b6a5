/**
 * "North Korean IT workers used stolen identities to obtain remote jobs", "searches of 29 laptop farms": where
 * the report tells of a state's workers hired under false identities, the plan checks who was hired. The words
 * of the first such place in the body.
 */
import { insideAny } from '../summarize/headed-sections.ts';
import type { CitationContext } from './citations.ts';

/** North Korea's workers (another state's IT workers are no scheme), or the laptop farms that host them. */
const HIRED =
  /\b(?:(?:North Korean|DPRK) (?:[Rr]emote )?(?:IT|[Ii]nformation [Tt]echnology) [Ww]orkers|[Ll]aptop [Ff]arms?)\b/gu;

export function remoteHireWords(ctx: CitationContext): string | undefined {
  for (const m of ctx.analysis.text.matchAll(HIRED)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (!insideAny(span, ctx.excluded)) return m[0];
  }
  return undefined;
}
