/**
 * The state of an agency whose name several states use ("National Cyber Security Centre": the UK,
 * Finland, the Netherlands, Ireland, New Zealand, Switzerland...). A country written with the name wins
 * over the usual one: "NCSC-FI", "National Cyber Security Centre Finland", "the Finnish NCSC",
 * "Finland's NCSC"; the name alone is the agency of the state whose government the text speaks about
 * ("Dutch Defence Minister …"), when that state has one, else of the usual state.
 */
import { countryByCode } from '../../geo/countries.ts';
import type { Hit } from './hits.ts';
import type { TextContext } from './text-context.ts';
import { isAllCaps } from './tokens.ts';

const BETWEEN_BEFORE = new Set(['s', 'the']);

/** `index` is the hit's place in `hits`, whose neighbours may name the country. */
export function writtenCountry(
  ctx: TextContext,
  hits: readonly Hit[],
  index: number,
  /** Asked for the name's other form in brackets: not asked back. */
  bracketed = false,
): string | undefined {
  const hit = hits[index]!;
  const { text, tokens } = ctx;
  // "NCSC-FI": an ISO code glued with a hyphen.
  const last = tokens[hit.to - 1];
  const code = tokens[hit.to];
  if (last && code && text[last.end] === '-' && code.start === last.end + 1) {
    const upper = code.text.length === 2 && isAllCaps(code.text) ? code.text : '';
    if (upper && countryByCode(upper)) return upper;
  }
  const sentence = ctx.sentenceOf[hit.from];
  const after = hits[index + 1];
  if (after && isCountry(after) && ctx.sentenceOf[after.from] === sentence) {
    const between = tokens.slice(hit.to, after.from).map((t) => t.norm);
    const gap = last ? text.slice(last.end, tokens[after.from]?.start ?? last.end) : '';
    const words = between.join(' ');
    if ((between.length === 0 && /^[ ,(]*$/u.test(gap)) || words === 'of' || words === 'of the') {
      return after.value.code;
    }
  }
  // "the National Cyber Security Centre (NCSC) of the Netherlands": the name is its acronym's after it.
  if (
    !bracketed &&
    after?.kind === 'lexicon' &&
    after.value.kind === 'organization' &&
    last &&
    /^ ?\($/u.test(text.slice(last.end, tokens[after.from]!.start))
  ) {
    const written = writtenCountry(ctx, hits, index + 1, true);
    if (written) return written;
  }
  const before = hits[index - 1];
  // "the Dutch National Cyber Security Centre (NCSC)": the acronym in brackets is the name before it.
  if (
    !bracketed &&
    before?.kind === 'lexicon' &&
    before.value.kind === 'organization' &&
    /^ ?\($/u.test(text.slice(tokens[before.to - 1]!.end, tokens[hit.from]!.start))
  ) {
    return writtenCountry(ctx, hits, index - 1, true);
  }
  // "… aid to Ukraine. The NCSC assesses": a country ending the sentence before is not the agency's.
  if (before && isCountry(before) && ctx.sentenceOf[before.from] === sentence) {
    const between = tokens.slice(before.to, hit.from).map((t) => t.norm);
    if (between.length <= 2 && between.every((w) => BETWEEN_BEFORE.has(w)))
      return before.value.code;
  }
  return undefined;
}

type CountryHit = Extract<Hit, { kind: 'lexicon' }> & {
  readonly value: { readonly kind: 'country'; readonly code: string };
};

const isCountry = (hit: Hit): hit is CountryHit =>
  hit.kind === 'lexicon' && hit.value.kind === 'country';
