/**
 * "Norway's intelligence chief blamed pro-Russian hackers for an April cyberattack on a dam in the west of the
 * country": a report whose opening tells of an attack on one site it does not name — a dam, a hospital, a
 * water utility — reports that intrusion, a campaign named after the site as written ("Intrusion into a dam")
 * that targets its sector, and the country right after it ("… a dam in Norway"). Only where no named victim
 * gives the report its campaign, only in the opening, and only one site ("a", "an"): "attacks on hospitals"
 * tell of a group's habits, not of an event.
 */
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';
import { normalizeName } from '../../stix/ids.ts';
import type { EntityFinding } from './entity-collector.ts';
import type { TextContext } from './text-context.ts';

/** Nouns of an intrusion, then the word that names what it struck: "cyberattack on", "breach at". */
const INTRUSION_NOUNS = new Set(['attack', 'cyberattack', 'intrusion', 'breach', 'hack']);
const STRUCK_WITH = new Set(['on', 'against', 'at', 'of']);
/** Verbs whose object is the site: "hackers breached a water utility". */
const STRIKING = new Set(['attacked', 'breached', 'hacked', 'hit', 'compromised', 'infiltrated']);
const ONE_SITE = new Set(['a', 'an']);
const OTHER_DETERMINERS = new Set('its their his her our the this that these those'.split(' '));
/** Words between the article and the site's sector word: "a small water utility", "a regional hospital". */
const MODIFIERS = 2;
/** Nouns of a site after its sector's words: "a water treatment plant", "a hospital network". */
const SITE_HEADS = new Set([
  'entity',
  'organization',
  'organisation',
  'provider',
  'firm',
  'plant',
  'facility',
  'station',
  'network',
  'system',
  'operator',
  'company',
  'authority',
  'agency',
]);

/** A title's site with no article must be one by its noun: "hit US water utility", not "hit healthcare". */
const SINGLE_SITES = new Set([
  'dam',
  'hospital',
  'utility',
  'plant',
  'station',
  'facility',
  'network',
  'system',
  'operator',
  'company',
]);

export function facilityIntrusions(
  ctx: TextContext,
  entities: readonly ExtractedEntity[],
  openingEnd: number,
  /** The state the text speaks about at token i: "a dam in the western part of the country". */
  spokenAbout: (i: number) => string | undefined,
): { finding: EntityFinding; mention: Mention }[] {
  const sectors = new Map<number, ExtractedEntity>();
  const places = new Map<number, ExtractedEntity>();
  for (const e of entities) {
    if (e.type === 'location' && e.properties?.['country']) {
      for (const m of e.mentions) places.set(m.start, e);
    }
    if (e.properties?.['identity_class'] !== 'class') continue;
    for (const m of e.mentions) sectors.set(m.start, e);
  }
  const found: { finding: EntityFinding; mention: Mention }[] = [];
  if (sectors.size === 0) return found;
  const { tokens } = ctx;
  for (let s = 0; s <= openingEnd && s < ctx.sentences.length; s++) {
    const [from, to] = ctx.tokenRange(s);
    for (let i = from; i < to - 2; i++) {
      const word = tokens[i]!.norm;
      const struck =
        INTRUSION_NOUNS.has(word) && STRUCK_WITH.has(tokens[i + 1]!.norm)
          ? i + 2
          : STRIKING.has(word)
            ? i + 1
            : -1;
      const article = struck < 0 ? struck : afterSystemsOf(ctx, afterDeviceAt(ctx, struck));
      if (article < 0 || article >= to) continue;
      // "Singapore is dealing with a serious cyberattack on its critical infrastructure": the sentence's
      // subject, a state, owns the sector struck.
      // "a cyberattack on the country's air traffic control authority": the state the text speaks about.
      const countrys = theCountrysAt(ctx, article);
      const owner =
        tokens[article]!.norm === 'its'
          ? places.get(tokens[from]!.start)
          : countrys
            ? stateSpokenAbout(article, spokenAbout, entities)
            : undefined;
      const lead = owner
        ? { before: countrys ? article + 2 : article, written: '', headline: false }
        : siteLead(ctx, article, s, places);
      if (!lead) continue;
      const site = siteAfter(ctx, lead.before, to, sectors, places);
      if (!site || (lead.headline && !SINGLE_SITES.has(tokens[site.to - 1]!.norm))) continue;
      const place =
        owner ??
        lead.state ??
        site.state ??
        (tokens[site.to]?.norm === 'in'
          ? places.get(tokens[site.to + 1]?.start ?? -1)
          : undefined) ??
        theCountrys(ctx, site.to, spokenAbout, entities);
      const words = ctx.text.slice(tokens[lead.before + 1]!.start, tokens[site.to - 1]!.end);
      const written = lead.written ? `${lead.written} ${words}` : words;
      const placeWritten = place?.mentions.find(
        (m) => m.start === tokens[site.to + 1]?.start,
      )?.text;
      found.push({
        finding: intoSite(
          written,
          site.sector,
          place && { entity: place, name: placeName(place, placeWritten) },
          lead.state === undefined && site.state === undefined,
        ),
        mention: ctx.mention(i, i + 1),
      });
    }
  }
  return found;
}

/** What an intruder reaches inside a site: "breached the networks of a water utility". */
const SYSTEMS = new Set(['network', 'networks', 'systems', 'servers', 'computers']);

/** The token after "the networks of" (or "the IT systems of") at token `at`; `at` itself when none stands there. */
function afterSystemsOf(ctx: TextContext, at: number): number {
  const { tokens } = ctx;
  if (tokens[at]?.norm !== 'the') return at;
  const noun = tokens[at + 1]?.norm === 'it' ? at + 2 : at + 1;
  return SYSTEMS.has(tokens[noun]?.norm ?? '') && tokens[noun + 1]?.norm === 'of' ? noun + 2 : at;
}

/** Most words of a device an intruder reached at a site: "a PLC", "a programmable controller". */
const DEVICE_WORDS = 2;
/**
 * "compromised a PLC at a U.S. water facility": the token after "at" when the object at token `at` is one
 * device at one site; `at` itself otherwise.
 */
function afterDeviceAt(ctx: TextContext, at: number): number {
  const { tokens } = ctx;
  if (!ONE_SITE.has(tokens[at]?.norm ?? '')) return at;
  for (let k = at + 2; k <= at + 1 + DEVICE_WORDS; k++) {
    if (ctx.sentenceOf[k] !== ctx.sentenceOf[at]) return at;
    if (tokens[k]!.norm === 'at') return ONE_SITE.has(tokens[k + 1]?.norm ?? '') ? k + 1 : at;
  }
  return at;
}

/**
 * Where a site's words begin after the verb or noun of the intrusion: after "a"/"an" ("an attack on a dam"), or,
 * in a title that drops the article, right there or after the state standing there ("hit US water utility").
 * `before` is the token just before the site's words; `written` is how the campaign's name opens.
 */
function siteLead(
  ctx: TextContext,
  article: number,
  sentence: number,
  places: ReadonlyMap<number, ExtractedEntity>,
): { before: number; written: string; headline: boolean; state?: ExtractedEntity } | undefined {
  const token = ctx.tokens[article]!;
  if (ONE_SITE.has(token.norm)) return { before: article, written: token.text, headline: false };
  // "a cyberattack on its water utility": whose site it is, not a title that dropped its article.
  if (sentence > 0 || OTHER_DETERMINERS.has(token.norm)) return undefined;
  const state = places.get(token.start);
  return state
    ? { before: article, written: `a ${token.text}`, headline: true, state }
    : { before: article - 1, written: 'a', headline: true };
}

/**
 * "a dam in the western part of the country", "in the north of the country": the state the text speaks about,
 * where the report names it as a place.
 */
function theCountrys(
  ctx: TextContext,
  at: number,
  spokenAbout: (i: number) => string | undefined,
  entities: readonly ExtractedEntity[],
): ExtractedEntity | undefined {
  const start = ctx.tokens[at]?.start;
  if (start === undefined || !IN_THE_COUNTRY.test(ctx.text.slice(start, start + COUNTRY_REACH))) {
    return undefined;
  }
  return stateSpokenAbout(at, spokenAbout, entities);
}

/** The place the text names for the state it speaks about at token `at`, if it names one. */
function stateSpokenAbout(
  at: number,
  spokenAbout: (i: number) => string | undefined,
  entities: readonly ExtractedEntity[],
): ExtractedEntity | undefined {
  const code = spokenAbout(at);
  return code === undefined
    ? undefined
    : entities.find((e) => e.type === 'location' && e.properties?.['country'] === code);
}

/** Whether "the country's" stands at token `at`. */
const theCountrysAt = (ctx: TextContext, at: number): boolean =>
  ctx.tokens[at]?.norm === 'the' &&
  ctx.tokens[at + 1]?.norm === 'country' &&
  ctx.tokens[at + 2]?.norm === 's' &&
  /^['’]s$/u.test(ctx.text.slice(ctx.tokens[at + 1]!.end, ctx.tokens[at + 2]!.end));
const IN_THE_COUNTRY = /^in the (?:[\p{Ll}-]+ ){0,4}country\b/u;
const COUNTRY_REACH = 60;

/** The sector a site's words end on, a few words after the article at token `article`. */
function siteAfter(
  ctx: TextContext,
  article: number,
  end: number,
  sectors: ReadonlyMap<number, ExtractedEntity>,
  places: ReadonlyMap<number, ExtractedEntity>,
): { sector: ExtractedEntity; to: number; state?: ExtractedEntity } | undefined {
  let state: ExtractedEntity | undefined;
  for (let k = article + 1; k <= article + 1 + MODIFIERS && k < end; k++) {
    const token = ctx.tokens[k]!;
    // "a U.S. water facility": the site's state among its words.
    const place = state ? undefined : places.get(token.start);
    if (place) {
      const mention = place.mentions.find((m) => m.start === token.start)!;
      while (k + 1 < end && ctx.tokens[k + 1]!.end <= mention.end) k++;
      state = place;
      continue;
    }
    const sector = sectors.get(token.start);
    if (sector) {
      const mention = sector.mentions.find((m) => m.start === token.start)!;
      let to = k + 1;
      while (to < end && ctx.tokens[to]!.end <= mention.end) to++;
      // "a water treatment plant": the site's own noun after its sector's words.
      if (to < end && SITE_HEADS.has(ctx.tokens[to]!.norm)) to++;
      return { sector, to, ...(state ? { state } : {}) };
    }
    // Only plain lower-case words describe the site: a capital opens a name the text gives it.
    if (token.text !== token.norm) return undefined;
  }
  return undefined;
}

/**
 * The place as the text names it where that is a name of its own ("in Massachusetts", a US state), not an
 * abbreviation of the country's ("in the US" stays "in United States").
 */
function placeName(place: ExtractedEntity, written: string | undefined): string {
  return written &&
    written.length > 3 &&
    !written.includes('.') &&
    written !== written.toUpperCase()
    ? written
    : place.name;
}

function intoSite(
  written: string,
  sector: ExtractedEntity,
  place: { entity: ExtractedEntity; name: string } | undefined,
  /** The place comes after the site's words ("a dam in Norway"), not inside them ("a US water utility"). */
  placeAfter: boolean,
): EntityFinding {
  const name = `Intrusion into ${written}${place && placeAfter ? ` in ${place.name}` : ''}`;
  return {
    key: `campaign:${normalizeName(name)}`,
    type: 'campaign',
    name,
    properties: {
      victim: sector.key,
      ...(place ? { victims: [sector.key, place.entity.key] } : {}),
    },
    recognition: 60,
    via: 'intrusion-of-victim',
  };
}
