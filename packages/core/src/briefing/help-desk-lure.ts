/**
 * "fooled a third party into resetting a password", "called the IT help desk": impersonation aimed at the
 * people who reset credentials, which training alone does not stop; the plan makes resets wait for a caller's
 * identity to be checked. The words of the first such technique mention in the body.
 */
import { insideAny } from '../summarize/headed-sections.ts';
import type { CitationContext } from './citations.ts';

/** Impersonation, and phishing by voice (its own technique and its reconnaissance twin). */
const IMPERSONATION: ReadonlySet<string> = new Set(['T1656', 'T1566.004', 'T1598.004']);
const AT_RESETS = /\b(?:help ?desk|service ?desk|IT support|resett?ing|reset)\b/iu;

export function helpDeskLureWords(ctx: CitationContext): string | undefined {
  const mentions = ctx.analysis.entities
    .filter((e) => e.type === 'attack-pattern' && IMPERSONATION.has(e.externalId ?? ''))
    .flatMap((e) => e.mentions)
    .filter((m) => !insideAny(m, ctx.excluded) && AT_RESETS.test(m.text))
    .sort((a, b) => a.start - b.start);
  return mentions[0]?.text;
}
