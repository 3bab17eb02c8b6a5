/**
 * The reported activity as a STIX campaign (§4.2): when a sentence tells of an intrusion into a
 * government body ("a cyber intrusion in its foreign ministry"), the intrusion becomes a campaign named
 * after its victim, so attribution has a subject ("Intrusion into the Ministry of ... of Czechia"); so does
 * an intrusion into a company the words make the victim (company-victims.ts).
 */
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';
import { normalizeName } from '../../stix/ids.ts';
import { attributesOthers } from './attributing-body.ts';
import type { EntityFinding } from './entity-collector.ts';
import type { TextContext } from './text-context.ts';
import { ELECTION_CAMPAIGN } from './election-campaigns.ts';
import { enteringAt, gainedAccessAt } from './intrusion-verbs.ts';
import { facilityIntrusions } from './facility-intrusions.ts';
import { MONTHS } from './calendar-words.ts';
import { isCapitalized } from './tokens.ts';

/** Words that tell of an intrusion; dates/reported-period.ts reads them too. */
export const INTRUSION_WORDS: ReadonlySet<string> = new Set(
  `intrusion intrusions breach breaches breached hack hacks hacked hacking infiltrating infiltrated infiltration
compromise compromised compromising attack attacks attacked cyberattack cyberattacks espionage heist`.split(
    /\s+/u,
  ),
);

/**
 * The campaign of an intrusion into `victim`: "Intrusion into the Ministry of …" for a government body,
 * "Intrusion into MGM Resorts International" for a company.
 */
export function intrusionInto(
  victim: { readonly key: string; readonly name: string },
  article: 'the ' | '',
  others: readonly { readonly key: string; readonly name: string }[] = [],
): EntityFinding {
  // Named in one order whatever order the text lists them in: one intrusion, one campaign.
  const names = [victim, ...others].map((v) => v.name).sort((a, b) => a.localeCompare(b, 'en'));
  const listed =
    names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  const name = `Intrusion into ${article}${listed}`;
  const victims = others.length > 0 ? { victims: [victim, ...others].map((v) => v.key) } : {};
  return {
    key: `campaign:${normalizeName(name)}`,
    type: 'campaign',
    name,
    properties: { victim: victim.key, ...victims },
    recognition: 60,
    via: 'intrusion-of-victim',
  };
}

/**
 * The intrusions into government bodies and, given by `intoCompanies` (company-victims.ts), into companies,
 * with every mention that tells of them.
 */
export function findCampaigns(
  ctx: TextContext,
  entities: readonly ExtractedEntity[],
  intoCompanies: readonly { finding: EntityFinding; mention: Mention }[] = [],
  /** The state the text speaks about at token i (document-country.ts), for "in the west of the country". */
  spokenAbout: (i: number) => string | undefined = () => undefined,
): { finding: EntityFinding; mention: Mention }[] {
  const found: { finding: EntityFinding; mention: Mention }[] = [...intoCompanies];
  const intoCompany = found.length > 0;
  // Each body's mentions where it does not tell of the intrusion itself ("Finnish police said …").
  const struck = new Map(
    entities
      .filter((e) => e.via === 'government-body')
      .map((e): [ExtractedEntity, Mention[]] => [
        e,
        e.mentions.filter((m) => !attributesOthers(ctx.text, ctx.sentences[m.sentence]!, m)),
      ]),
  );
  for (const [victim, others] of sharedIntrusions(ctx, struck)) {
    const finding = intrusionInto(victim, 'the ', others);
    // Each sentence once, however often it names the victim: a sentence may be a whole text.
    const read = new Set<number>();
    for (const mention of struck.get(victim)!) {
      if (read.has(mention.sentence)) continue;
      const [from, to] = ctx.tokenRange(mention.sentence);
      read.add(mention.sentence);
      for (let i = from; i < to; i++) {
        if (intrusionWordAt(ctx, i)) {
          found.push({ finding, mention: ctx.mention(i, i + 1) });
        } else if (gainedAccessAt(ctx, i)) {
          // "gained access to a network of the Dutch Ministry of Defence"
          found.push({ finding, mention: ctx.mention(i - 1, i + 1) });
        } else if (enteringAt(ctx, i)) {
          // "to break into a network of the Dutch armed forces"
          found.push({ finding, mention: ctx.mention(i - 1, i + 1) });
        }
      }
    }
  }
  // "blamed … for an April cyberattack on a dam": with no named victim in the opening, one site it tells of
  // (the Bundestag hack of 2015, named further down, is the group's history).
  const lastOpening = openingEnd(ctx);
  if (!found.some((f) => f.mention.sentence <= lastOpening)) {
    found.push(...facilityIntrusions(ctx, entities, openingEnd(ctx), spokenAbout));
  }
  // With one reported intrusion, "the breach", "this attack", "the malicious activity" elsewhere refer
  // back to it: into a government body, or into a company the report opens with (a report that names a
  // company's breach further down, in passing, has other attacks in mind).
  // "the attack on the campaign of Emmanuel Macron": an election campaign is no intrusion referred back to.
  const elections = new Set(
    entities
      .filter((e) => e.via === ELECTION_CAMPAIGN)
      .flatMap((e) => e.mentions.map((m) => m.start)),
  );
  // A word already told as the intrusion ("the 2017 attack on …") is not one that refers back to it.
  const told = new Set(found.map((f) => f.mention.end));
  const referring = (i: number): number | undefined =>
    elections.has(ctx.tokens[i]!.start) || told.has(ctx.tokens[i]!.end)
      ? undefined
      : referringFrom(ctx, i);
  const keys = new Set(found.map((f) => f.finding.key));
  const only = found[0];
  const opening = !intoCompany || found.some((f) => f.mention.sentence <= lastOpening);
  if (keys.size === 1 && only && opening) {
    ctx.tokens.forEach((token, i) => {
      const from = referring(i);
      if (from !== undefined)
        found.push({ finding: only.finding, mention: ctx.mention(from, i + 1) });
    });
  } else if (keys.size > 1 && opening) {
    found.push(...nearestIntrusions(ctx, found, referring));
  }
  return [...found, ...behindIt(ctx, found)];
}

/** Words for the doers before "behind it": "The group behind it, known as Scattered Spider". */
const DOERS = new Set('group gang actor actors hackers attackers crew'.split(' '));

/** "the hacking group APT28", "a hacking unit": the word says what the doers do, and tells of no intrusion. */
const namesDoers = (ctx: TextContext, i: number): boolean =>
  DOER_NOUNS.has(ctx.tokens[i + 1]?.norm ?? '') && ctx.sentenceOf[i + 1] === ctx.sentenceOf[i];
const DOER_NOUNS = new Set([...DOERS, 'groups', 'unit', 'units', 'team', 'gangs', 'crews']);

/**
 * "MGM Resorts said a cyberattack … . The group behind it, known as Scattered Spider, …": "it" after the doers
 * and "behind" stands for the intrusion told of last, in its sentence or the one before. Further away, "the
 * actors behind it" mostly stand behind a malware family or a service.
 */
function behindIt(
  ctx: TextContext,
  found: readonly { finding: EntityFinding; mention: Mention }[],
): { finding: EntityFinding; mention: Mention }[] {
  if (found.length === 0 || !ctx.text.includes(' behind it')) return [];
  // One walk over the tokens and the mentions in text order: the last mention before each token.
  const told = [...found].sort((a, b) => a.mention.start - b.mention.start);
  const added: { finding: EntityFinding; mention: Mention }[] = [];
  let next = 0;
  let last: { finding: EntityFinding; mention: Mention } | undefined;
  ctx.tokens.forEach((token, i) => {
    while (next < told.length && told[next]!.mention.start < token.start) last = told[next++];
    if (token.norm !== 'it' || ctx.tokens[i - 1]?.norm !== 'behind') return;
    if (!DOERS.has(ctx.tokens[i - 2]?.norm ?? '')) return;
    if (last && ctx.sentenceOf[i]! - last.mention.sentence <= 1) {
      added.push({ finding: last.finding, mention: ctx.mention(i, i + 1) });
    }
  });
  return added;
}

/** The first token of "the attack", "this malicious activity" ending at token i, if they end there. */
function referringFrom(ctx: TextContext, i: number): number | undefined {
  const token = ctx.tokens[i]!;
  if (!INTRUSION_WORDS.has(token.norm) && !REFERRING_NOUNS.has(token.norm)) return undefined;
  if (namesDoers(ctx, i)) return undefined;
  const previous = ctx.tokens[i - 1]?.norm ?? '';
  let from = ACTIVITY_KINDS.has(previous) ? i - 1 : i;
  // "the February 21 heist", "the 2017 hack": a date between the article and the noun.
  for (let k = 0; k < DATE_WORDS && dateWord(ctx.tokens[from - 1]?.norm ?? ''); k++) from--;
  if (!REFERRING.has(ctx.tokens[from - 1]?.norm ?? '')) return undefined;
  return namesItsObject(ctx, i) ? undefined : from;
}

/**
 * "the 2017 hacking of Emmanuel Macron's campaign", "the attack on Sony Pictures": an intrusion whose own
 * words name what it struck is another one, told of in the group's history.
 */
function namesItsObject(ctx: TextContext, i: number): boolean {
  if (!STRUCK_WORDS.has(ctx.tokens[i + 1]?.norm ?? '')) return false;
  const k = ctx.tokens[i + 2]?.norm === 'the' ? i + 3 : i + 2;
  const object = ctx.tokens[k];
  return (
    object !== undefined && ctx.sentenceOf[k] === ctx.sentenceOf[i] && isCapitalized(object.text)
  );
}
const STRUCK_WORDS = new Set(['of', 'on', 'against']);
/** Most words of a date: "May 21, 2024" is three. */
const DATE_WORDS = 3;
const dateWord = (norm: string): boolean => MONTH_NAMES.has(norm) || DAY_OR_YEAR.test(norm);
const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS);
const DAY_OR_YEAR = /^\d{1,4}$/u;

/** Sentences after an intrusion's last mention that "the attack" may still refer back to it across. */
const REFERRING_REACH = 2;

/**
 * With several intrusions, "the attack" refers to the one told of last, a sentence or two before or in its
 * own sentence: "Ascension said a ransomware attack … . The attack forced hospitals … . Sources said the
 * Black Basta gang was behind the attack. Black Basta has hit … Synlab Italia." Each such mention carries the
 * chain on; words further from any intrusion refer to none.
 */
function nearestIntrusions(
  ctx: TextContext,
  found: readonly { finding: EntityFinding; mention: Mention }[],
  referring: (i: number) => number | undefined,
): { finding: EntityFinding; mention: Mention }[] {
  const told = [...found].sort((a, b) => a.mention.start - b.mention.start);
  const added: { finding: EntityFinding; mention: Mention }[] = [];
  let next = 0;
  let last: { finding: EntityFinding; mention: Mention } | undefined;
  ctx.tokens.forEach((token, i) => {
    while (next < told.length && told[next]!.mention.start <= token.start) last = told[next++];
    if (!last || ctx.sentenceOf[i]! - last.mention.sentence > REFERRING_REACH) return;
    if (last.mention.start === token.start) return;
    const from = referring(i);
    if (from === undefined) return;
    last = { finding: last.finding, mention: ctx.mention(from, i + 1) };
    added.push(last);
  });
  return added;
}

/**
 * The government bodies a text names only in the same sentences that tell of an intrusion are victims
 * of one intrusion ("the attacks targeted Japan's Ministry of Foreign Affairs, the Ministry of Defense
 * …"): the first body, with the others. A body also named alone keeps an intrusion of its own, and one
 * that only tells of the intrusion ("Finnish police said … a cyber attack on the Finnish parliament") is
 * no victim of it.
 */
function sharedIntrusions(
  ctx: TextContext,
  victims: ReadonlyMap<ExtractedEntity, readonly Mention[]>,
): [ExtractedEntity, ExtractedEntity[]][] {
  const byPlace = new Map<string, ExtractedEntity[]>();
  for (const [victim, mentions] of victims) {
    const sentences = [...new Set(mentions.map((m) => m.sentence))]
      .filter((s) => tellsOfIntrusion(ctx, s))
      .sort((a, b) => a - b)
      .join(' ');
    const key = sentences === '' ? `alone ${victim.key}` : sentences;
    byPlace.set(key, [...(byPlace.get(key) ?? []), victim]);
  }
  return [...byPlace.values()].flatMap(([first, ...others]) =>
    first ? [[first, others] as [ExtractedEntity, ExtractedEntity[]]] : [],
  );
}

/** Whether sentence `s` has an intrusion word. */
function tellsOfIntrusion(ctx: TextContext, s: number): boolean {
  const [from, to] = ctx.tokenRange(s);
  for (let i = from; i < to; i++) if (intrusionWordAt(ctx, i)) return true;
  return false;
}

/**
 * An intrusion word at token i, or a campaign waged against someone: "attributed the campaign against its
 * foreign ministry to APT31", "a malicious campaign targeting the ministry".
 */
function intrusionWordAt(ctx: TextContext, i: number): boolean {
  const word = ctx.tokens[i]!.norm;
  if (INTRUSION_WORDS.has(word)) return !namesDoers(ctx, i);
  return (
    CAMPAIGNS.has(word) &&
    WAGED_AGAINST.has(ctx.tokens[i + 1]?.norm ?? '') &&
    ctx.sentenceOf[i + 1] === ctx.sentenceOf[i]
  );
}
const CAMPAIGNS = new Set(['campaign', 'campaigns']);
const WAGED_AGAINST = new Set(['against', 'targeting']);

const REFERRING = new Set(['the', 'this', 'that', 'these', 'those', 'both']);

/**
 * The title and the first sentence or two: where a report states what it is about. A dateline or byline
 * ("June 5, 2024", "By Staff Writer") is no sentence of it.
 */
const OPENING_SENTENCES = 3;
const SENTENCE_WORDS = 4;

/** Index of the last sentence of the opening. */
export function openingEnd(ctx: TextContext): number {
  let counted = 0;
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [from, to] = ctx.tokenRange(s);
    if (to - from >= SENTENCE_WORDS) counted++;
    if (counted === OPENING_SENTENCES) return s;
  }
  return ctx.sentences.length;
}

/** Words that take up a reported intrusion only as "the activity", "this incident", never alone. */
const REFERRING_NOUNS = new Set(['activity', 'incident', 'campaign', 'theft']);

/** "the malicious activity", "this espionage campaign": a word saying what kind of activity. */
const ACTIVITY_KINDS = new Set(['malicious', 'cyber', 'hacking', 'espionage', 'intrusion']);
