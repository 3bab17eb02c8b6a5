/**
 * A state organ's acronym is that organ only in a text about its state: "RGB channels" of an image are
 * colours, not North Korea's Reconnaissance General Bureau; "MSS" is also a TCP segment size and "FSB" a
 * bus. The state counts as present when the text names it (any form: "North Korea", "North Korean",
 * "Pyongyang"), names the organ in full, or names a group the knowledge attributes to it.
 */
import type { Hit } from './hits.ts';
import type { KnownOrganization } from './organizations.ts';
import type { TextContext } from './text-context.ts';
import { isAllCaps } from './tokens.ts';

const organOf = (hit: Hit): KnownOrganization | undefined =>
  hit.kind === 'lexicon' && hit.value.kind === 'organization' && hit.value.org.role === 'sponsor'
    ? hit.value.org
    : undefined;

/** Countries the hits name or attribute a group to. */
function countriesIn(hits: readonly Hit[]): Set<string> {
  const codes = new Set<string>();
  for (const hit of hits) {
    if (hit.kind === 'lexicon' && hit.value.kind === 'country') codes.add(hit.value.code);
    if (hit.kind === 'alias' && hit.decision.value.entry.country) {
      codes.add(hit.decision.value.entry.country);
    }
    const organ = organOf(hit);
    if (organ?.country && hit.to - hit.from > 1) codes.add(organ.country);
  }
  return codes;
}

/** The hits without state-organ acronyms whose state the text never names. */
export function withoutStrayOrganAcronyms(ctx: TextContext, hits: readonly Hit[]): Hit[] {
  const acronym = (hit: Hit): boolean =>
    hit.to - hit.from === 1 && isAllCaps(ctx.tokens[hit.from]?.text ?? '');
  if (!hits.some((hit) => organOf(hit) && acronym(hit))) return [...hits];
  const present = countriesIn(hits);
  return hits.filter((hit) => {
    const organ = organOf(hit);
    return !organ?.country || !acronym(hit) || present.has(organ.country);
  });
}
