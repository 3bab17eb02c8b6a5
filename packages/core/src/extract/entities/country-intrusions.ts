/**
 * "France formally blamed the hacking group APT28 … for a string of cyberattacks against about a dozen French
 * organizations since 2021": when a report's opening tells of attacks on a country's organizations in the
 * sentence that names who made them, the attacks are the reported activity — a campaign named after the
 * country ("Intrusions into organizations in France") that targets it, so the attribution has a subject.
 * Elsewhere in a report, or with no actor beside them, such words describe a group's habits, not an event.
 */
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';
import { countryByCode } from '../../geo/countries.ts';
import { normalizeName } from '../../stix/ids.ts';
import type { EntityFinding } from './entity-collector.ts';
import type { TextContext } from './text-context.ts';

const ATTACKS = new Set(
  'attacks cyberattacks intrusions breaches hacks compromises campaign campaigns operations'.split(
    ' ',
  ),
);
const AGAINST = new Set(['against', 'on', 'targeting', 'into']);
/** "about a dozen", "at least 20", "dozens of", "several": how many, before the victims. */
const COUNTING = new Set(
  'about around nearly some roughly over more than at least a dozen dozens hundreds scores of several multiple numerous many various'.split(
    ' ',
  ),
);
const COUNTING_REACH = 4;
/** What a country's attacked organizations are called. */
const VICTIMS = new Set(
  'organizations organisations entities institutions companies targets networks businesses firms agencies bodies'.split(
    ' ',
  ),
);
/** "French government institutions": one word may say which organizations. */
const KIND_REACH = 1;

export interface CountryIntrusionLookups {
  /** The country whose name or adjective starts at token i, and the token after it. */
  readonly countryAt: (i: number) => { readonly code: string; readonly to: number } | undefined;
  /** Whether token i is part of an actor's name (an intrusion set, a state organ). */
  readonly actorAt: (i: number) => boolean;
  /** Index of the opening's last sentence (campaigns.ts). */
  readonly openingEnd: number;
}

export function countryIntrusions(
  ctx: TextContext,
  lookups: CountryIntrusionLookups,
): { finding: EntityFinding; mention: Mention }[] {
  const found: { finding: EntityFinding; mention: Mention }[] = [];
  const { tokens, sentenceOf } = ctx;
  for (let s = 0; s <= lookups.openingEnd && s < ctx.sentences.length; s++) {
    const [from, to] = ctx.tokenRange(s);
    let actor = false;
    for (let i = from; i < to && !actor; i++) actor = lookups.actorAt(i);
    if (!actor) continue;
    for (let i = from; i < to - 2; i++) {
      if (!ATTACKS.has(tokens[i]!.norm) || !AGAINST.has(tokens[i + 1]!.norm)) continue;
      const code = victimCountryAfter(ctx, i + 2, lookups);
      if (code === undefined || sentenceOf[i + 1] !== s) continue;
      found.push({ finding: intrusionsIn(code), mention: ctx.mention(i, i + 1) });
    }
  }
  return found;
}

/**
 * The country of "about a dozen French organizations" or "organizations in France" starting at token i:
 * counting words, then the country's adjective and the victims' word, or the victims' word, "in" and the
 * country.
 */
function victimCountryAfter(
  ctx: TextContext,
  start: number,
  lookups: CountryIntrusionLookups,
): string | undefined {
  let i = start;
  while (i - start < COUNTING_REACH && COUNTING.has(ctx.tokens[i]?.norm ?? '')) i++;
  const country = lookups.countryAt(i);
  if (country) {
    for (let k = country.to; k <= country.to + KIND_REACH; k++) {
      if (VICTIMS.has(ctx.tokens[k]?.norm ?? '')) return country.code;
    }
    return undefined;
  }
  if (!VICTIMS.has(ctx.tokens[i]?.norm ?? '')) return undefined;
  const place = ctx.tokens[i + 1]?.norm;
  return place === 'in' || place === 'across' ? lookups.countryAt(i + 2)?.code : undefined;
}

/** Whether a campaign is such attacks: its victim is a place, named in sentences about anything. */
export const intoCountry = (campaign: ExtractedEntity): boolean =>
  String(campaign.properties?.['victim']).startsWith('location:');

function intrusionsIn(code: string): EntityFinding {
  const country = countryByCode(code)?.name ?? code;
  const name = `Intrusions into organizations in ${country}`;
  return {
    key: `campaign:${normalizeName(name)}`,
    type: 'campaign',
    name,
    properties: { victim: `location:${code}` },
    recognition: 60,
    via: 'intrusion-of-victim',
  };
}
