/**
 * Hospitals, universities, water utilities and local governments a report names: "King's College Hospital",
 * "Lurie Children's Hospital", "Ziv Medical Center", "the University of Manchester", "Stanford University",
 * "the Municipal Water Authority of Aliquippa", "the City of Dallas". Ransomware news names its victims so; the head word
 * says both that the capitalized words are an organization and which sector it serves. Not in a Title
 * Case heading, whose every word is capitalized ("Ransomware Attack Disrupts London Hospital").
 */
import { normalizeName } from '../../stix/ids.ts';
import { INTRUSION_WORDS } from './campaigns.ts';
import { intrusionVerbAt } from './intrusion-verbs.ts';
import type { Company } from './companies.ts';
import { OPENERS } from './described-companies.ts';
import { embeddedName } from './embedded-name.ts';
import type { EntityFinding } from './entity-collector.ts';
import type { TextContext } from './text-context.ts';
import { isAllCaps, isCapitalized } from './tokens.ts';

/** Head words, and the industry-sector-ov value of the organization they end. */
const HEADS: ReadonlyMap<string, string> = new Map([
  ['hospital', 'healthcare'],
  ['hospitals', 'healthcare'],
  ['clinic', 'healthcare'],
  ['infirmary', 'healthcare'],
  ['university', 'education'],
  ['college', 'education'],
  ['airport', 'transportation'],
]);
/** Whether a capitalized word is a head this module reads an institution by ("Hospital", "University"). */
export const isInstitutionHead = (word: string): boolean =>
  isCapitalized(word) && HEADS.has(word.toLowerCase());
/** "Ziv Medical Center", "Sheba Medical Centre": a center is a hospital when "Medical" names it so. */
const CENTERS = new Set(['center', 'centre']);
const medicalCenter = (ctx: TextContext, end: number): string | undefined =>
  CENTERS.has(ctx.tokens[end]!.norm) &&
  ctx.tokens[end - 1]?.text === 'Medical' &&
  ctx.spaceBefore(end)
    ? 'healthcare'
    : undefined;
/**
 * "the Municipal Water Authority of Aliquippa", "the Pittsburgh Water Authority": a utility is a water
 * utility when "Water" names it so.
 */
const UTILITY_HEADS = new Set(['authority', 'district', 'utility', 'utilities', 'works', 'board']);
const WATER_REACH = 3;
function waterUtility(ctx: TextContext, end: number): string | undefined {
  if (!UTILITY_HEADS.has(ctx.tokens[end]!.norm)) return undefined;
  for (let k = end - 1; k >= 0 && end - k <= WATER_REACH; k--) {
    const word = ctx.tokens[k]!;
    if (!ctx.spaceBefore(k + 1) || ctx.sentenceOf[k] !== ctx.sentenceOf[end]) return undefined;
    if (word.text === 'Water') return 'water';
    if (!isCapitalized(word.text)) return undefined;
  }
  return undefined;
}
/**
 * "the Institute for Statecraft", "the Royal United Services Institute", "the Korea Institute for Defense
 * Analyses", "the Defence Science and Technology Laboratory", "the Organisation for the Prohibition of
 * Chemical Weapons": think tanks, laboratories, research institutes and international organizations, often
 * an espionage group's targets. The head says they are an organization, not which sector: an institute "of
 * Technology" teaches, others may be a charity or a state's laboratory, so they carry no sector.
 */
const INSTITUTE_HEADS = new Set(['institute', 'laboratory', 'organisation', 'organization']);
const ORGANIZATION_HEADS = new Set(['organisation', 'organization']);
/**
 * "the Social Democratic Party", "the Democratic Party": political parties, which espionage groups target
 * ahead of elections. No industry sector names them. Not "Third Party", "Working Party" or "Relying Party".
 */
const PARTY = 'party';
/**
 * "the British Library", "Toronto Public Library", "the Library of Congress": libraries, ransomware's victims.
 * A library is one only by its place, its kind or what follows "of": "Dynamic Link Library" and "the Python
 * Library" are code.
 */
const LIBRARY = 'library';
const LIBRARY_KINDS = new Set(
  'public national state royal presidential central city county municipal'.split(' '),
);
const NO_PARTY = new Set('third working relying first second other external host'.split(' '));
/** "the Port of Seattle", "the Port of Rotterdam": a port authority, named by its place after "of". */
const PORT = 'port';
/** "The City of Dallas", "the County of Los Angeles": a local government, named by its place after "of". */
const LOCAL_GOVERNMENTS = new Set(['city', 'county', 'town', 'municipality', 'borough']);

/** "the City of Columbus": the places whose local government the text names, as written. */
export function placesGoverned(ctx: TextContext): ReadonlySet<string> {
  const places = new Set<string>();
  ctx.tokens.forEach((head, i) => {
    const place = ctx.tokens[i + 2];
    if (!LOCAL_GOVERNMENTS.has(head.norm) || !isCapitalized(head.text) || !place) return;
    if (ctx.tokens[i + 1]!.norm === 'of' && isCapitalized(place.text)) places.add(place.text);
  });
  return places;
}
/** Fields of knowledge an institution's name joins with "and": "Science and Technology". */
const FIELDS = new Set(
  `science sciences technology technologies arts engineering medicine research humanities design management
economics law policy security studies agriculture mines industry commerce health innovation development
defence defense education culture communications`.split(/\s+/u),
);
/** Most capitalized words of a name before its head ("Lurie Children's" before "Hospital"). */
const MAX_NAME_WORDS = 4;
/** Words after "University of": "the University of California, Los Angeles" stops at the comma. */
const MAX_PLACE_WORDS = 3;

/**
 * `place(i)`: whether token i is a country's name or adjective ("British"); `countryAt(i)`: the country whose
 * name or adjective starts at token i, and the token after it.
 */
export function findInstitutions(
  ctx: TextContext,
  taken: (i: number) => boolean,
  place: (i: number) => boolean,
  countryAt: (i: number) => { readonly code: string; readonly to: number } | undefined,
): Company[] {
  const { tokens } = ctx;
  const found: Company[] = [];
  for (let end = 0; end < tokens.length; end++) {
    const head = tokens[end]!;
    const local = LOCAL_GOVERNMENTS.has(head.norm);
    const library = head.norm === LIBRARY;
    const institute = INSTITUTE_HEADS.has(head.norm) || library;
    const party = head.norm === PARTY;
    const port = head.norm === PORT;
    const sector =
      HEADS.get(head.norm) ??
      (port ? 'transportation' : undefined) ??
      medicalCenter(ctx, end) ??
      waterUtility(ctx, end) ??
      (local ? 'government-local' : institute || party ? '' : undefined);
    // "the Civic Platform party": a party's head may be written in lower case after its name; "the attack on
    // the city of Columbus": a local government's before its place.
    const lower = !isCapitalized(head.text);
    if (sector === undefined || (lower && !party && !local) || taken(end) || ctx.titleCase(end))
      continue;
    // "King's College Hospital": the name goes on to the next head.
    const next = tokens[end + 1];
    if (next && ctx.spaceBefore(end + 1) && HEADS.has(next.norm) && isCapitalized(next.text)) {
      continue;
    }
    // "the City of Dallas" opens on its head and needs its place; "Kansas City" is a place; so does "the Port of
    // Seattle".
    // "the Organisation for the Prohibition of Chemical Weapons": an organization by the head, only with
    // what it is for ("Registrant Organization", "Researcher and Organization services" are none).
    const organization = ORGANIZATION_HEADS.has(head.norm);
    const start = local || port || organization ? end : nameStart(ctx, end, taken);
    // "the University of Manchester", "the National College of Nepal".
    const to =
      (institute ? subjectAfter(ctx, end, taken) : placeAfterOf(ctx, end, taken)) ??
      (start < end ? end + 1 : undefined);
    if (organization && (to === undefined || ctx.text.charAt(tokens[to - 1]!.end) === '-'))
      continue;
    if (party && (start === end || NO_PARTY.has(tokens[start]!.norm))) continue;
    if (lower && !struck(ctx, start)) continue;
    if (library && !libraryNamed(ctx, start, end, to, place)) continue;
    // "CV_WANG LEI_Hong Kong Polytechnic University.pdf.lnk": a file's name; "AJC-QA HAMAD INTERNATIONAL
    // AIRPORT EXPANSION, DOHA.pdf": a name going on from a word before its hyphen is part of another.
    if (to === undefined || embeddedName(ctx, start, to)) continue;
    if (ctx.text.charAt(tokens[start]!.start - 1) === '-') continue;
    const mention = ctx.mention(start, to);
    const teaches = institute && / of (?:\p{Lu}\p{L}+ and )?Technology$/u.test(mention.text);
    const sectors = teaches ? ['education'] : sector ? [sector] : [];
    const country = institutionCountry(ctx, end, to, countryAt);
    const finding: EntityFinding = {
      key: `identity:${normalizeName(mention.text)}`,
      type: 'identity',
      // "the city of Columbus" is named as its own texts write it: "City of Columbus".
      name: lower ? mention.text.charAt(0).toUpperCase() + mention.text.slice(1) : mention.text,
      properties: {
        identity_class: 'organization',
        ...(sectors.length > 0 ? { sectors } : {}),
        ...(country ? { country } : {}),
      },
      recognition: 70,
      via: 'institution-name',
    };
    found.push({ finding, mention, from: start, to });
    end = to - 1;
  }
  return found;
}

/**
 * The country an institution ending before token `to` (its head at `head`) is in: its own name's ("the National
 * University of Singapore"), or the one right after it (", Ohio", "in the UK": "the City of Columbus, Ohio", "the
 * University of Manchester in the UK").
 */
function institutionCountry(
  ctx: TextContext,
  head: number,
  to: number,
  countryAt: (i: number) => { readonly code: string; readonly to: number } | undefined,
): string | undefined {
  const { tokens, text } = ctx;
  // The whole place after "of" ("the Organization of American States" is in no state its name says).
  const own = tokens[head + 1]?.norm === 'of' ? countryAt(head + 2) : undefined;
  if (own?.to === to) return own.code;
  const next = tokens[to];
  if (!next || ctx.sentenceOf[to] !== ctx.sentenceOf[to - 1]) return undefined;
  const gap = text.slice(tokens[to - 1]!.end, next.start);
  if (gap === ', ') return countryAt(to)?.code;
  if (gap !== ' ' || next.norm !== 'in' || !ctx.spaceBefore(to + 1)) return undefined;
  return countryAt(tokens[to + 1]?.norm === 'the' ? to + 2 : to + 1)?.code;
}

/**
 * "the cyberattack on the Civic Platform party", "hacked the Democratic party", "claims attack on city of
 * Columbus", "hit DaVita and the city of Wichita": a party or a local government whose head is in lower case
 * only as what an intrusion strikes ("the Christmas party", "the city of Wuhan" are none).
 */
function struck(ctx: TextContext, start: number): boolean {
  const norm = (k: number): string => ctx.tokens[k]?.norm ?? '';
  const at = norm(start - 1) === 'the' ? start - 2 : start - 1;
  if (ctx.sentenceOf[at] !== ctx.sentenceOf[start]) return false;
  const before = norm(at);
  return (
    INTRUSION_WORDS.has(before) ||
    intrusionVerbAt(ctx, at) ||
    ((before === 'on' || before === 'against') && INTRUSION_WORDS.has(norm(at - 1))) ||
    (before === 'and' && listedAfterStruck(ctx, at))
  );
}

/** How many tokens before a list's "and" its intrusion verb may stand: "hit DaVita, a kidney dialysis company, and". */
const LIST_REACH = 12;

/** "hit DaVita, a kidney dialysis company, and the city of Wichita": an intrusion verb earlier in the list's sentence. */
function listedAfterStruck(ctx: TextContext, and: number): boolean {
  for (
    let k = and - 1;
    k >= 0 && k >= and - LIST_REACH && ctx.sentenceOf[k] === ctx.sentenceOf[and];
    k--
  ) {
    if (intrusionVerbAt(ctx, k)) return true;
  }
  return false;
}

/** "British Library", "Toronto Public Library", "Library of Congress": a library by its place or kind. */
function libraryNamed(
  ctx: TextContext,
  start: number,
  end: number,
  to: number | undefined,
  place: (i: number) => boolean,
): boolean {
  if (to !== undefined && to > end + 1) return true;
  for (let k = start; k < end; k++)
    if (place(k) || LIBRARY_KINDS.has(ctx.tokens[k]!.norm)) return true;
  return false;
}

/**
 * The first token of the capitalized words before the head at `end` ("Lurie Children's" before
 * "Hospital"); `end` itself when none stands there.
 */
function nameStart(ctx: TextContext, end: number, taken: (i: number) => boolean): number {
  const { tokens } = ctx;
  let start = end;
  while (start > 0 && end - start < MAX_NAME_WORDS) {
    const word = tokens[start - 1]!;
    if (taken(start - 1) || ctx.sentenceOf[start - 1] !== ctx.sentenceOf[end]) break;
    if (!ctx.spaceBefore(start)) break;
    // "Children's Hospital": a possessive s goes with the capitalized word before it.
    if (ctx.possessiveS(start - 1)) {
      if (taken(start - 2) || !isCapitalized(tokens[start - 2]!.text)) break;
      start -= 2;
      continue;
    }
    // "Defence Science and Technology Laboratory": "and" between capitalized words of the name, before a
    // field of knowledge; "Envoy Air and Harvard University" are two.
    if (
      word.norm === 'and' &&
      FIELDS.has(tokens[start]!.norm) &&
      start - 2 >= 0 &&
      isCapitalized(tokens[start - 2]!.text) &&
      !taken(start - 2) &&
      ctx.spaceBefore(start - 1) &&
      end - start + 2 < MAX_NAME_WORDS + 1
    ) {
      start -= 2;
      continue;
    }
    if (!isCapitalized(word.text)) break;
    if (OPENERS.has(word.norm) && !isAllCaps(word.text)) break;
    start--;
  }
  return start;
}

/** Words of an institute's subject: "for the Study of War", "of Science and Technology". */
const MAX_SUBJECT_WORDS = 5;
const SUBJECT_OPENERS = new Set(['of', 'for']);
const SUBJECT_JOINERS = new Set(['of', 'and']);

/**
 * "Institute for Statecraft", "Institute for the Study of War", "Office of Motor Vehicles": the end of the
 * subject after "for" or "of" following the head at `end`, capitalized words joined by "of" or "and", if any.
 */
export function subjectAfter(
  ctx: TextContext,
  end: number,
  taken: (i: number) => boolean,
): number | undefined {
  const { tokens } = ctx;
  if (!SUBJECT_OPENERS.has(tokens[end + 1]?.norm ?? '') || !ctx.spaceBefore(end + 1)) {
    return undefined;
  }
  let to = end + 2;
  if (tokens[to]?.norm === 'the' && ctx.spaceBefore(to)) to++;
  let named: number | undefined;
  for (let words = 0; to < tokens.length && words < MAX_SUBJECT_WORDS; words++) {
    const word = tokens[to]!;
    if (taken(to) || !ctx.spaceBefore(to)) break;
    if (isCapitalized(word.text)) named = ++to;
    else if (SUBJECT_JOINERS.has(word.norm) && named === to) to++;
    else break;
  }
  return named;
}

/** "University of Manchester": the end of the capitalized words after "of", if any. */
function placeAfterOf(
  ctx: TextContext,
  end: number,
  taken: (i: number) => boolean,
): number | undefined {
  const of = ctx.tokens[end + 1];
  if (of?.norm !== 'of' || !ctx.spaceBefore(end + 1)) return undefined;
  let to = end + 2;
  while (to < ctx.tokens.length && to - end - 2 < MAX_PLACE_WORDS) {
    const word = ctx.tokens[to]!;
    if (taken(to) || !isCapitalized(word.text) || !ctx.spaceBefore(to)) break;
    to++;
  }
  return to > end + 2 ? to : undefined;
}
