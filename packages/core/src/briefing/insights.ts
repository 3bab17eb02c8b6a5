/**
 * Essential insights: who, what, against whom, since when, how sure, what was done about it. Each
 * bullet is built from extracted entities, relations and dates and cites the source spans it rests
 * on (or the knowledge object, when the report is silent).
 */
import { organInProse } from './organ-in-prose.ts';
import { ACTOR_CONTEXT } from '../extract/entities/actor-or-family.ts';
import { roleOf } from '../extract/relations/roles.ts';
import type {
  Analysis,
  ExtractedEntity,
  ExtractedRelation,
  Mention,
  Span,
} from '../analysis/types.ts';
import { isContractor, isFrontCompany } from '../analysis/front-company.ts';
import { isPerson } from '../analysis/person.ts';
import { isReportedActivity } from '../analysis/reported-activity.ts';
import {
  ACTOR_ENTITY_TYPES,
  displayName,
  squeezed,
  writtenName,
} from '../analysis/written-name.ts';
import { insideAny } from '../summarize/headed-sections.ts';
import { firstStartingFrom } from '../extract/first-starting-from.ts';
import type { ClassifiedActivity } from './classify-activity.ts';
import { bestCitation, citationInSentence, citationOf, type CitationContext } from './citations.ts';
import { coActors } from './co-actors.ts';
import { sharedFamily } from './shared-family.ts';
import { roundupActors } from './roundup.ts';
import { disclaimedAttribution } from './disclaimed-attribution.ts';
import { flawLabels } from './flaw-names.ts';
import { statedTechniques } from './how-techniques.ts';
import { sinceWhenInsight } from './since-when.ts';
import { namedAsOne, otherNamesOf } from './named-as-one.ts';
import { personaWearer } from './persona-wearer.ts';
import type { ActorKnowledge, Citation, Insight, KnowledgeRef } from './types.ts';
import { countryByCode, countryInProse } from '../geo/countries.ts';
import { shortened } from './shortened.ts';

/**
 * Words of what states and defenders did. Sanctions as an act ("sanctioned", "imposed sanctions", "sanctions
 * against"), not as a body's remit ("the office, which administers sanctions").
 */
const RESPONSE =
  /\b(?:condemn\w*|sanctioned|sanctioning|(?:imposed|announced|new|levied) sanctions|sanctions (?:on|against|from)|summon(?:ed|ing)\b|indict\w*|reprimand\w*|expel\w*|charged|(?:announced|filed|brought|unsealed) charges|charges against|arrest\w*|seiz\w+|disrupt(?!ive)\w*|took down|(?:opened|launched) (?:an|a criminal) investigation)/giu;
const MAX_QUOTE = 220;
const VERB: Readonly<Record<string, string>> = {
  'attributed-to': 'is attributed to',
  'located-at': 'is located in',
  'originates-from': 'originates from',
};

export const confidenceWord = (value: number): string =>
  value >= 70 ? 'High' : value >= 30 ? 'Moderate' : 'Low';

const ACTIVITY_LABEL: Readonly<Record<string, string>> = {
  'state-espionage': 'State-sponsored cyber-espionage intrusion',
  espionage: 'Cyber-espionage intrusion',
  ransomware: 'Ransomware operation',
  cybercrime: 'Financially motivated cybercrime',
  'state-revenue': 'State revenue generation',
  'supply-chain': 'Software supply-chain compromise',
};

const PRE_POSITIONING = /\bpre-?position|\bdisruptive or destructive\b/iu;
const ESPIONAGE = /espionage/iu;

/**
 * The kind of activity in words: a state's intrusion is espionage only where the report says so, and
 * pre-positioning for disruption where it says that ("seeking to pre-position themselves … for disruptive
 * or destructive cyberattacks"), rather than the espionage the report may deny.
 */
function activityLabel(kind: string, text: string): string {
  if (kind !== 'state-espionage') return ACTIVITY_LABEL[kind] ?? kind;
  if (PRE_POSITIONING.test(text)) return 'State-sponsored intrusion pre-positioned for disruption';
  return ESPIONAGE.test(text) ? (ACTIVITY_LABEL[kind] ?? kind) : 'State-sponsored intrusion';
}

/**
 * Who the report is about: the actor the report's intrusion is attributed to, a set its title (first sentence)
 * names, a known actor before a new name, a group before the activity, then mentions.
 */
const ACTOR_RANK: Readonly<Record<string, number>> = {
  'intrusion-set': 0,
  'threat-actor': 1,
  campaign: 2,
};

/** A set the title names; an organ there is the sponsor of the set the report is about. */
const setInTitle = (e: ExtractedEntity): boolean =>
  e.type === 'intrusion-set' && e.mentions.some((m) => m.sentence === 0);

export function mainActor(
  entities: readonly ExtractedEntity[],
  relations: readonly ExtractedRelation[],
): ExtractedEntity | undefined {
  const attributed = new Set(
    relations
      .filter((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
      .map((r) => r.target),
  );
  const top = entities
    .filter((e) => ACTOR_ENTITY_TYPES.has(e.type) && !isPerson(e))
    .sort(
      (a, b) =>
        Number(attributed.has(b.key)) - Number(attributed.has(a.key)) ||
        Number(setInTitle(b)) - Number(setInTitle(a)) ||
        Number(b.ref !== undefined) - Number(a.ref !== undefined) ||
        (ACTOR_RANK[a.type] ?? 3) - (ACTOR_RANK[b.type] ?? 3) ||
        b.mentions.length - a.mentions.length ||
        a.key.localeCompare(b.key),
    )[0];
  return (top && unitNamedAsSet(top, entities, relations)) ?? top;
}

/** "Unit 29155", "unit 26165": a state organ's unit, which vendors track under a set's name. */
const UNIT = /\bunit\s+\d+/iu;

/**
 * "officers of the Russian military intelligence service (GRU) Unit 29155, which is also known as Cadet
 * Blizzard and Ember Bear. In 2020, Unit 29155 carried out cyber-attacks …": the unit is read as its organ, to
 * which the intrusion and the set are attributed; the one set named beside the unit in the sentence tying them
 * is who did it, the organ its sponsor.
 */
function unitNamedAsSet(
  organ: ExtractedEntity,
  entities: readonly ExtractedEntity[],
  relations: readonly ExtractedRelation[],
): ExtractedEntity | undefined {
  if (organ.type !== 'threat-actor') return undefined;
  const unitSentences = new Set(
    organ.mentions.filter((m) => UNIT.test(m.text)).map((m) => m.sentence),
  );
  if (unitSentences.size === 0) return undefined;
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const sets = new Set(
    relations
      .filter((r) => r.type === 'attributed-to' && r.target === organ.key)
      .map((r) => byKey.get(r.source))
      .filter(
        (e) => e?.type === 'intrusion-set' && e.mentions.some((m) => unitSentences.has(m.sentence)),
      ),
  );
  return sets.size === 1 ? [...sets][0] : undefined;
}

/**
 * Where the report says nobody is known to be behind it ("no attribution has been made"), the words saying so,
 * when the main actor is tied to nothing the report tells: no intrusion attributed to it, nothing it targets or
 * uses ("researchers noted similarities with Scattered Spider").
 */
export function attributionDisclaimed(
  analysis: Analysis,
  who: ExtractedEntity | undefined,
): Mention | undefined {
  if (!who) return undefined;
  const tied = analysis.relations.some(
    (r) =>
      (r.source === who.key && (r.type === 'targets' || r.type === 'uses')) ||
      (r.target === who.key && r.type === 'attributed-to'),
  );
  return tied ? undefined : disclaimedAttribution(analysis);
}

/** The actor the report is about, none where it names one only beside its words that nobody is known to be. */
export function reportedActor(analysis: Analysis): ExtractedEntity | undefined {
  if (sharedFamily(analysis) || roundupActors(analysis)) return undefined;
  const who = mainActor(analysis.entities, analysis.relations);
  return attributionDisclaimed(analysis, who) ? undefined : who;
}

/**
 * The knowledge object a briefing's background on the actor is gathered from: the actor's own, else, for a gang
 * named after its ransomware ("the ALPHV ransomware gang"), which no knowledge holds as a set, the family's.
 */
export function backgroundRef(actor: ExtractedEntity | undefined): string | undefined {
  if (!actor) return undefined;
  if (actor.ref) return actor.ref;
  const candidates = actor.properties?.['candidates'];
  return actor.via.endsWith(ACTOR_CONTEXT) && Array.isArray(candidates) && candidates.length === 1
    ? String(candidates[0])
    : undefined;
}

const NAME_LIST = new Intl.ListFormat('en', { type: 'conjunction' });

/** Words telling that a flaw is exploited: "Known Exploited Vulnerabilities", "active exploitation". */
const EXPLOITED = /\bexploit(?:ed|ing|ation)\b/iu;

/**
 * The vulnerabilities a report tells are exploited: named in a sentence saying so, or in any sentence of a
 * report whose title says so.
 */
function exploitedFlaws(analysis: Analysis): ExtractedEntity[] {
  const said = (sentence: number): boolean => {
    const span = analysis.sentences[sentence];
    return span !== undefined && EXPLOITED.test(analysis.text.slice(span.start, span.end));
  };
  const titled = said(0);
  return analysis.entities.filter(
    (e) => e.type === 'vulnerability' && (titled || e.mentions.some((m) => said(m.sentence))),
  );
}

/** What an actor runs, named in "How": malware families and tools, not techniques (the plan lists those). */
const SOFTWARE: ReadonlySet<string> = new Set(['malware', 'tool']);

/** ", moderate confidence" for a judgement the source rates, nothing for one it states plainly. */
const judgedSo = (relation: ExtractedRelation): string =>
  relation.confidence === undefined
    ? ''
    : `, ${confidenceWord(relation.confidence).toLowerCase()} confidence`;

const quote = (text: string): string => shortened(text.replace(/\s+/g, ' ').trim(), MAX_QUOTE);

const evidenceCitations = (ctx: CitationContext, relation: ExtractedRelation): Citation[] => {
  const c = bestCitation(ctx, relation.evidence);
  return c ? [c] : [];
};

/** The best citation of where the report names an entity, if any. */
const mentionCitations = (ctx: CitationContext, entity: ExtractedEntity): Citation[] => {
  const c = bestCitation(ctx, entity.mentions);
  return c ? [c] : [];
};

/** Targets actors share: "ToolShell (CVE-2025-53770, CVE-2025-53771)", victims by their names. */
const sharedLabel = (targets: readonly ExtractedEntity[]): string =>
  NAME_LIST.format([
    ...flawLabels(targets.filter((t) => t.type === 'vulnerability')),
    ...targets.filter((t) => t.type !== 'vulnerability').map(displayName),
  ]);
const keysOf = (targets: readonly ExtractedEntity[]): string => targets.map((t) => t.key).join(' ');

/** The names a set is written by in the report (a described actor's mentions are descriptions, no names). */
const writtenNames = (entity: ExtractedEntity): string[] => entity.mentions.map((m) => m.text);
/** `names` less those `shown` already and repeats, spelling variants aside. */
function namesBesides(names: readonly string[], shown: readonly (string | undefined)[]): string[] {
  const seen = new Set(shown.filter((n) => n !== undefined).map(squeezed));
  return names.filter((n) => {
    const key = squeezed(n);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Most other actors the Who names; the rest are counted. */
const MOST_CO_ACTORS = 4;

/** "Violet Typhoon (ATT&CK G0128, ZIRCONIUM; from China)": another actor, its ids and where the report places it. */
function coActorText(
  actor: ExtractedEntity,
  relations: readonly ExtractedRelation[],
  byKey: ReadonlyMap<string, ExtractedEntity>,
): string {
  const name = displayName(actor);
  const origin = relations.find((r) => r.type === 'originates-from' && r.source === actor.key);
  const place = origin && byKey.get(origin.target);
  const parts = [
    [actor.externalId && `ATT&CK ${actor.externalId}`, actor.name !== name && actor.name]
      .filter(Boolean)
      .join(', '),
    origin && place && `from ${place.name}${judgedSo(origin)}`,
  ].filter(Boolean);
  return parts.length > 0 ? `${name} (${parts.join('; ')})` : name;
}

/** The first few actors, each with its ids and place, the rest counted: "A (ATT&CK G0007) and 2 more". */
function actorsText(
  actors: readonly ExtractedEntity[],
  relations: readonly ExtractedRelation[],
  byKey: ReadonlyMap<string, ExtractedEntity>,
): string {
  const shown = actors.slice(0, MOST_CO_ACTORS).map((a) => coActorText(a, relations, byKey));
  const more = actors.length - shown.length;
  return NAME_LIST.format(more > 0 ? [...shown, `${more} more`] : shown);
}

export interface InsightInput {
  readonly ctx?: CitationContext;
  readonly actor?: ActorKnowledge;
  readonly activity: ClassifiedActivity;
}

export function composeInsights({ ctx, actor, activity }: InsightInput): Insight[] {
  const insights: Insight[] = [];
  const entities = ctx?.analysis.entities ?? [];
  const relations = ctx?.analysis.relations ?? [];
  const byKey = new Map(entities.map((e) => [e.key, e]));
  const shared = ctx && sharedFamily(ctx.analysis);
  const roundup = ctx && !shared ? roundupActors(ctx.analysis) : undefined;
  const named = shared || roundup ? undefined : mainActor(entities, relations);
  const disclaimer = ctx && attributionDisclaimed(ctx.analysis, named);
  const who = disclaimer ? undefined : named;
  const persona = ctx && who && personaWearer(ctx.analysis.text, who, relations, byKey);
  const actorRef: KnowledgeRef[] = actor
    ? [
        {
          objectId: actor.id,
          source: 'knowledge store',
          ...(actor.externalId ? { externalId: actor.externalId } : {}),
        },
      ]
    : [];

  // Who, and on whose behalf; nobody where the report says nobody is known.
  if (ctx && disclaimer && named) {
    const namedCitation = bestCitation(ctx, named.mentions);
    insights.push({
      topic: 'who',
      text: `Not attributed: the report names no actor behind it; ${displayName(named)} is named but not tied to the activity`,
      citations: [citationOf(ctx, disclaimer), ...(namedCitation ? [namedCitation] : [])],
      knowledge: [],
    });
  } else if (who || actor) {
    const name = (who && displayName(who)) ?? actor?.name ?? '';
    // "TraderTraitor, also known as Lazarus Group or APT38": its other names, and what is told of them; so
    // too of the set wearing it, for a persona.
    const otherNames = ctx && who ? otherNamesOf(ctx.analysis.text, who, entities) : [];
    // "Microsoft tracks the same actor as Void Blizzard": the names the report writes of the one set too.
    const alsoCalled = namesBesides(
      [...(who?.type === 'intrusion-set' ? writtenNames(who) : []), ...otherNames.map(displayName)],
      [name, actor?.name],
    );
    const ids = [
      [
        actor?.externalId && `ATT&CK ${actor.externalId}`,
        actor && actor.name !== name && actor.name,
      ]
        .filter(Boolean)
        .join(', '),
      alsoCalled.length > 0 && `also called ${NAME_LIST.format(alsoCalled)}`,
      persona && `a persona of ${displayName(persona.wearer)}${judgedSo(persona.relation)}`,
    ]
      .filter(Boolean)
      .join('; ');
    const citations: Citation[] = [];
    const whoCitation = ctx && who && bestCitation(ctx, who.mentions);
    if (whoCitation) citations.push(whoCitation);
    let text = ids ? `${name} (${ids})` : name;
    const selves = new Set([
      who?.key,
      ...otherNames.map((e) => e.key),
      ...(persona ? [persona.wearer.key] : []),
    ]);
    const attributedFrom = who
      ? relations.filter((r) => r.type === 'attributed-to' && selves.has(r.source))
      : [];
    const isPersonKey = (key: string): boolean => {
      const target = byKey.get(key);
      return target !== undefined && isPerson(target);
    };
    const attribution = attributedFrom.find((r) => !isPersonKey(r.target));
    const sponsor = attribution && byKey.get(attribution.target);
    if (ctx && attribution && sponsor) {
      // Where the sponsor is, before where the set comes from ("the Indian state", not "South Asian").
      const locationOf = (type: string, source: string | undefined) =>
        relations
          .filter((r) => r.type === type && r.source === source)
          .map((r) => byKey.get(r.target))
          .find((e) => e?.type === 'location');
      const ownCountry =
        typeof sponsor.properties?.country === 'string' ? sponsor.properties.country : undefined;
      const place =
        locationOf('located-at', sponsor.key) ??
        (ownCountry === undefined ? locationOf('originates-from', who?.key) : undefined);
      // "China's Ministry of State Security": a state named only in the organ's own name is its country.
      const country = place?.name ?? (ownCountry && countryByCode(ownCountry)?.name);
      // "the Government of India", never "(India)" after it.
      const placed = country && !sponsor.name.includes(country) ? ` (${country})` : '';
      text += `, attributed to ${organInProse(sponsor.name)}${placed}`;
      citations.push(...evidenceCitations(ctx, attribution));
      const sponsorCitation = bestCitation(ctx, sponsor.mentions);
      if (sponsorCitation) citations.push(sponsorCitation);
      const placeCitation = place && placed && bestCitation(ctx, place.mentions);
      if (placeCitation) citations.push(placeCitation);
    } else if (actor?.sponsor) {
      text += `, attributed to ${countryInProse(actor.sponsor.name)} (per ${actor.sponsor.basis.source})`;
    } else if (ctx && who) {
      // "Volexity … believes with medium confidence that it is a Chinese nation-state-level actor": a new
      // set attributed to no one, but placed by the report.
      const origin = relations.find((r) => r.type === 'originates-from' && r.source === who.key);
      const place = origin && byKey.get(origin.target);
      if (origin && place) {
        text += `, from ${place.name}${judgedSo(origin)}`;
        citations.push(...evidenceCitations(ctx, origin));
      }
    }
    // "The defendants, Ni Gaobin, Weng Ming, …, were part of APT31": the people behind it.
    const firstWritten = (r: ExtractedRelation): number =>
      byKey.get(r.target)?.mentions[0]?.start ?? 0;
    // … and those of the organ it is attributed to ("six officials of the IRGC-CEC: …").
    const ofSponsor = sponsor
      ? relations.filter(
          (r) => r.type === 'related-to' && r.target === sponsor.key && isPersonKey(r.source),
        )
      : [];
    const people = [
      ...attributedFrom.filter((r) => isPersonKey(r.target)),
      ...ofSponsor.map((r) => ({ ...r, target: r.source })),
    ].sort((a, b) => firstWritten(a) - firstWritten(b));
    if (ctx && people.length > 0) {
      text += `; people named: ${people.map((r) => byKey.get(r.target)!.name).join(', ')}`;
      citations.push(...evidenceCitations(ctx, people[0]!));
    }
    // "the MSS … established Wuhan XRZ as a front company", "Integrity Tech … for its role in …": the
    // companies fronting or working for it or its sponsor.
    const companies = (kind: (e: ExtractedEntity) => boolean, label: string): void => {
      const working = relations.filter((r) => {
        const company = byKey.get(r.source);
        return (
          r.type === 'related-to' &&
          (r.target === who?.key || r.target === sponsor?.key) &&
          company !== undefined &&
          kind(company)
        );
      });
      if (!ctx || working.length === 0) return;
      const names = [...new Set(working.map((r) => byKey.get(r.source)!.name))];
      text += `; ${label}: ${names.join(', ')}`;
      citations.push(...evidenceCitations(ctx, working[0]!));
    };
    companies(isFrontCompany, 'front companies');
    companies(isContractor, 'contractors');
    // "Linen Typhoon and Violet Typhoon … exploiting these vulnerabilities … Storm-2603, exploiting these
    // vulnerabilities": the other actors at its targets, lest the Who tell of one where three are at work.
    const others = ctx && who ? coActors(entities, relations, selves) : [];
    if (ctx && others.length > 0) {
      const what =
        new Set(others.map((o) => keysOf(o.shared))).size === 1
          ? sharedLabel(others[0]!.shared)
          : 'the same targets';
      text += `; also targeting ${what}: ${actorsText(
        others.map((o) => o.actor),
        relations,
        byKey,
      )}`;
      // Where the report names the actor at it ("… tracked as Storm-2603, exploiting these vulnerabilities"),
      // rather than the flaw's own sentence.
      for (const { actor, relation } of others.slice(0, MOST_CO_ACTORS)) {
        const named = new Set(actor.mentions.map((m) => m.sentence));
        const own = relation.evidence.filter((m) => named.has(m.sentence));
        const c = bestCitation(ctx, own.length > 0 ? own : relation.evidence);
        if (c) citations.push(c);
      }
    }
    insights.push({ topic: 'who', text, citations: dedupe(citations), knowledge: actorRef });
  } else if (ctx && (roundup || shared)) {
    // "ESET APT Activity Report": several actors, none the report's alone; "Disrupting Lumma Stealer": its users.
    const actors = roundup ?? shared!.users;
    const id = shared?.family.externalId ? ` (ATT&CK ${shared.family.externalId})` : '';
    const label = shared
      ? `Users of ${displayName(shared.family)}${id}`
      : "Several actors, none the report's alone";
    insights.push({
      topic: 'who',
      text: `${label}: ${actorsText(actors, relations, byKey)}`,
      citations: dedupe(
        actors.slice(0, MOST_CO_ACTORS).flatMap((a) => {
          const c = bestCitation(ctx, a.mentions);
          return c ? [c] : [];
        }),
      ),
      knowledge: [],
    });
  } else if (ctx) {
    // "#StopRansomware: Medusa Ransomware": a report about one family and no actor is about its operators.
    const family = byKey.get(
      relations.find(
        (r) => r.inferred === 'sole-malware' && byKey.get(r.source)?.type === 'malware',
      )?.source ?? '',
    );
    if (family) {
      const id = family.externalId ? ` (ATT&CK ${family.externalId})` : '';
      insights.push({
        topic: 'who',
        text: `Operators of ${displayName(family)}${id}; the report names no actor behind it`,
        citations: mentionCitations(ctx, family),
        knowledge: [],
      });
    }
  }

  // What kind of activity.
  const kind = activity.findings[0]?.kind;
  if (kind && kind !== 'unknown') {
    insights.push({
      topic: 'what',
      text: `${activityLabel(kind, ctx?.analysis.text ?? '')}: ${activity.findings[0]?.basis ?? ''}`,
      citations: activity.citation ? [activity.citation] : [],
      knowledge: activity.citation ? [] : actorRef,
    });
  }

  // Against whom: what the actor targets, and what the activity attributed to it targets ("Intrusion into
  // the Ministry of Defence of the Netherlands", attributed to a state's actor the report names no further),
  const attributedTo = new Set(
    relations
      .filter((r) => r.type === 'attributed-to' && r.target === who?.key)
      .map((r) => r.source),
  );
  // … and what the state organ it is attributed to is told to have done: "charged six officers of the GRU
  // with deploying destructive malware against Ukraine's power grid. The officers belonged to GRU Unit 74455,
  // also known as Sandworm Team".
  const organs = new Set(
    relations
      .filter(
        (r) =>
          r.type === 'attributed-to' &&
          r.source === who?.key &&
          byKey.get(r.target)?.type === 'threat-actor',
      )
      .map((r) => r.target),
  );
  // "In 2020, Unit 29155 carried out cyber-attacks against …": an intrusion attributed to that organ is its.
  for (const r of relations)
    if (
      r.type === 'attributed-to' &&
      organs.has(r.target) &&
      byKey.get(r.source)?.type === 'campaign'
    )
      attributedTo.add(r.source);

  // An intrusion the report attributes to nobody is still whom the activity hit ("more than 400 organizations
  // were compromised, including the US National Nuclear Security Administration", in a story naming three
  // groups exploiting the flaw): its victims follow, said to be no actor's.
  const attributedAny = new Set(
    relations.filter((r) => r.type === 'attributed-to').map((r) => r.source),
  );
  const unattributed = (r: ExtractedRelation): boolean =>
    who !== undefined &&
    byKey.get(r.source)?.type === 'campaign' &&
    !attributedAny.has(r.source) &&
    !isReportedActivity(byKey.get(r.source)!);
  const targets = relations.filter(
    (r) =>
      r.type === 'targets' &&
      (!who ||
        r.source === who.key ||
        attributedTo.has(r.source) ||
        organs.has(r.source) ||
        unattributed(r)),
  );
  // A vulnerability is how the actor got in, not whom it went after (STIX says "targets" for both).
  const exploited = targets.filter((r) => byKey.get(r.target)?.type === 'vulnerability');
  // The intrusion the report tells of first ("penetrated the networks of AT&T, Verizon and Lumen"), then whom
  // the actor went after before ("has previously targeted hotels … in Southeast Asia").
  const victims = targets
    .filter((r) => byKey.get(r.target)?.type !== 'vulnerability')
    .sort(
      (a, b) =>
        Number(unattributed(a)) - Number(unattributed(b)) ||
        Number(attributedTo.has(b.source)) - Number(attributedTo.has(a.source)),
    );
  if (ctx && victims.length > 0) {
    const names: string[] = [];
    const nobodys: string[] = [];
    const citations: Citation[] = [];
    for (const relation of victims) {
      const target = byKey.get(relation.target);
      if (!target) continue;
      const country =
        typeof target.properties?.country === 'string' ? ` (${target.properties.country})` : '';
      const label = `${target.name}${country}`;
      if (names.includes(label) || nobodys.includes(label)) continue;
      (unattributed(relation) ? nobodys : names).push(label);
      // The words in the sentence that states the relation: "targeting governments" cites that, not
      // "linked by multiple governments" earlier on.
      const stating = target.mentions.filter((m) => insideAny(m, relation.evidence));
      const c =
        bestCitation(ctx, stating) ??
        bestCitation(ctx, target.mentions) ??
        evidenceCitations(ctx, relation)[0];
      if (c) citations.push(c);
    }
    const hit = nobodys.length > 0 ? ` (no actor stated): ${nobodys.join('; ')}` : '';
    insights.push({
      topic: 'against-whom',
      text:
        names.length > 0
          ? `Targets: ${names.join('; ')}${hit ? `. Also hit${hit}` : ''}`
          : `Hit${hit}`,
      citations: dedupe(citations),
      knowledge: [],
    });
  } else if (actor && (actor.targets.sectors.length > 0 || actor.targets.countries.length > 0)) {
    const what = [...actor.targets.sectors, ...actor.targets.countries].join(', ');
    insights.push({
      topic: 'against-whom',
      text: `Known targets: ${what}`,
      citations: [],
      knowledge: actorRef,
    });
  }

  // How: the flaws it got in by, then the malware and tools the report says it ran ("used a custom Linux
  // backdoor called GhostSpider", "deployed DragonForce ransomware").
  const ownUses = relations.filter(
    (r) =>
      r.type === 'uses' &&
      (!who || r.source === who.key || attributedTo.has(r.source) || organs.has(r.source)),
  );
  const used = ownUses.filter((r) => SOFTWARE.has(byKey.get(r.target)?.type ?? ''));
  // … and the techniques a sentence says it used ("impersonate IT support personnel").
  const techniques = statedTechniques(ownUses, byKey);
  if (ctx && (exploited.length + used.length > 0 || techniques)) {
    const namesOf = (list: readonly ExtractedRelation[]) => [
      ...new Set(list.map((r) => softwareName(byKey.get(r.target)!))),
    ];
    const parts = [
      ...(exploited.length > 0
        ? [`Exploits: ${flawLabels(exploited.map((r) => byKey.get(r.target)!)).join('; ')}`]
        : []),
      ...(used.length > 0 ? [`Uses: ${namesOf(used).join('; ')}`] : []),
      ...(techniques ? [techniques.text] : []),
    ];
    insights.push({
      topic: 'how',
      text: parts.join('. '),
      citations: dedupe([
        ...[...exploited, ...used].flatMap((r) => mentionCitations(ctx, byKey.get(r.target)!)),
        ...(techniques?.techniques ?? []).flatMap((t) => mentionCitations(ctx, t)),
      ]),
      knowledge: [],
    });
  } else if (ctx && !who) {
    // "CISA Adds Three Known Exploited Vulnerabilities to Catalog": an advisory on flaws no actor is named for.
    const flaws = exploitedFlaws(ctx.analysis);
    if (flaws.length > 0) {
      insights.push({
        topic: 'how',
        text: `Exploited vulnerabilities: ${flaws.map((e) => e.name).join('; ')}`,
        citations: dedupe(flaws.flatMap((e) => mentionCitations(ctx, e))),
        knowledge: [],
      });
    }
  }

  // Since when.
  const since = sinceWhenInsight(ctx, actor, who);
  if (since) insights.push(since);

  // How sure: attributions the source gives side by side, else the strongest judgement it states.
  const conflict = ctx && conflictingAttributions(ctx, relations, byKey);
  if (conflict) insights.push(conflict);
  const judged = relations
    .filter((r) => r.confidence !== undefined)
    .sort(
      (a, b) =>
        (b.type === 'attributed-to' ? 1 : 0) - (a.type === 'attributed-to' ? 1 : 0) ||
        (b.confidence ?? 0) - (a.confidence ?? 0),
    );
  const judgement = judged[0];
  if (ctx && !conflict && judgement?.confidence !== undefined) {
    const words = judgement.confidenceText;
    const citations = words ? citeWords(ctx, judgement, words) : evidenceCitations(ctx, judgement);
    const named = (key: string): string => {
      const entity = byKey.get(key);
      return entity ? judgedName(entity) : key;
    };
    const subject = named(judgement.source);
    const object = named(judgement.target);
    const claim =
      persona && judgement === persona.relation
        ? `${object} is a persona of ${subject}`
        : `${subject} ${VERB[judgement.type] ?? judgement.type.replace(/-/g, ' ')} ${object}`;
    insights.push({
      topic: 'how-sure',
      text: `${confidenceWord(judgement.confidence)} confidence (${judgement.confidence}/100) that ${claim}${words ? `, as the source puts it: “${words}”` : ''}`,
      citations,
      knowledge: [],
    });
  }

  // What was done about it.
  const response = ctx && responseSentence(ctx);
  if (response)
    insights.push({
      topic: 'response',
      text: `Response: ${quote(response.sentence)}`,
      citations: [response.citation],
      knowledge: [],
    });

  return insights.slice(0, 6);
}

function dedupe(citations: readonly Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations.filter((c) => {
    const key = `${c.start}:${c.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A director reads a few claims; the rest are counted, not listed. */
const MAX_CLAIMS = 4;

/**
 * "Intrusion into X is attributed to Salt Typhoon (no confidence stated) and to Volt Typhoon (high
 * confidence, 70/100: “likely”)": a reported activity the source attributes to more than one actor. Both
 * are kept (issue 3); the reader sees the disagreement, not the stronger claim alone.
 */
function conflictingAttributions(
  ctx: CitationContext,
  relations: readonly ExtractedRelation[],
  byKey: ReadonlyMap<string, ExtractedEntity>,
): Insight | undefined {
  const bySource = new Map<string, ExtractedRelation[]>();
  for (const r of relations) {
    if (r.type !== 'attributed-to' || byKey.get(r.source)?.type !== 'campaign') continue;
    const list = bySource.get(r.source) ?? [];
    list.push(r);
    bySource.set(r.source, list);
  }
  const rivals = [...bySource.values()].find(
    (list) =>
      new Set(list.map((r) => r.target)).size > 1 &&
      !oneStatesLevels(list, byKey) &&
      !oneActorNamedSo(ctx.analysis.text, list, byKey),
  );
  if (!rivals) return undefined;
  const named = (key: string): string => {
    const entity = byKey.get(key);
    return entity ? judgedName(entity) : key;
  };
  const shown = rivals.slice(0, MAX_CLAIMS);
  const claims = shown.map((r) => {
    if (r.confidence === undefined) return `${named(r.target)} (no confidence stated)`;
    const words = r.confidenceText ? `: “${r.confidenceText}”` : '';
    return `${named(r.target)} (${confidenceWord(r.confidence).toLowerCase()} confidence, ${r.confidence}/100${words})`;
  });
  if (rivals.length > shown.length) claims.push(`${rivals.length - shown.length} more actors`);
  const citations = shown.flatMap((r) =>
    r.confidenceText ? citeWords(ctx, r, r.confidenceText) : evidenceCitations(ctx, r),
  );
  return {
    topic: 'how-sure',
    text: `Conflicting attributions: ${named(rivals[0]!.source)} is attributed to ${claims.join(' and to ')}`,
    citations: dedupe(citations),
    knowledge: [],
  };
}

/**
 * "Hackers working for the Chinese state were likely behind it" and "the attack was carried out by APT31" (a
 * Chinese set): one state's government and at most one actor of that state are two levels of one attribution,
 * no disagreement. Two sets, or actors of two states, disagree.
 */
function oneStatesLevels(
  attributions: readonly ExtractedRelation[],
  byKey: ReadonlyMap<string, ExtractedEntity>,
): boolean {
  const targets = [...new Set(attributions.map((r) => r.target))].map((key) => byKey.get(key));
  const sponsors = targets.filter((e) => e && roleOf(e) === 'sponsor');
  const actors = targets.filter((e) => !e || roleOf(e) !== 'sponsor');
  const states = new Set(targets.map((e) => e?.properties?.['country']));
  return sponsors.length > 0 && actors.length <= 1 && states.size === 1 && !states.has(undefined);
}

/** Whether a sentence stating the attributions names their actors as one ("X, also known as Y or Z"). */
function oneActorNamedSo(
  text: string,
  attributions: readonly ExtractedRelation[],
  byKey: ReadonlyMap<string, ExtractedEntity>,
): boolean {
  const sentences = new Set(attributions.flatMap((r) => r.evidence.map((e) => e.sentence)));
  // Each target's first mention in each of those sentences, read once.
  const firsts = [...new Set(attributions.map((r) => r.target))].map((key) => {
    const first = new Map<number, Mention>();
    for (const m of byKey.get(key)?.mentions ?? [])
      if (sentences.has(m.sentence) && !first.has(m.sentence)) first.set(m.sentence, m);
    return first;
  });
  return [...sentences].some((sentence) => {
    const named = firsts.map((first) => first.get(sentence));
    return named.every((m): m is Mention => m !== undefined) && namedAsOne(text, named);
  });
}

/** Cites the confidence words themselves, searched in the evidence sentences. */
function citeWords(ctx: CitationContext, relation: ExtractedRelation, words: string): Citation[] {
  const lower = words.toLowerCase();
  for (const mention of relation.evidence) {
    const span = ctx.analysis.sentences[mention.sentence];
    if (!span) continue;
    const at = ctx.analysis.text.slice(span.start, span.end).toLowerCase().indexOf(lower);
    if (at >= 0)
      return [
        citationInSentence(ctx, mention.sentence, span.start + at, span.start + at + words.length),
      ];
  }
  return evidenceCitations(ctx, relation);
}

/**
 * A family as the report writes it, with the knowledge's name where that is another ("Gelsevirine (Gelsemium)",
 * ATT&CK's S0666); a shorter form of the knowledge name ("Lumma" of "Lumma Stealer") is that name.
 */
function softwareName(entity: ExtractedEntity): string {
  if (!entity.ref || entity.type === 'vulnerability') return entity.name;
  const written = writtenName(entity);
  const squeeze = (name: string): string => name.toLowerCase().replace(/[\s_.-]+/gu, '');
  return squeeze(entity.name).includes(squeeze(written))
    ? displayName(entity)
    : `${written} (${entity.name})`;
}

function responseSentence(
  ctx: CitationContext,
): { sentence: string; citation: Citation } | undefined {
  const { text, sentences, entities } = ctx.analysis;
  // Where actors are named: "NoName057(16) took down the websites" is the attack, no response to it.
  const actors = entities
    .filter((e) => ACTORS.has(e.type))
    .flatMap((e) => e.mentions.map((mention) => ({ mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const actorJustBefore = (at: number): boolean => {
    const end = actors[firstStartingFrom(actors, at) - 1]?.mention.end;
    return (
      end !== undefined &&
      end <= at &&
      at - end <= ACTOR_REACH &&
      !text.slice(end, at).includes(',')
    );
  };
  for (let i = 0; i < sentences.length; i++) {
    const span = sentences[i]!;
    if (insideAny(span, ctx.excluded)) continue;
    const sentence = text.slice(span.start, span.end);
    for (const match of sentence.matchAll(RESPONSE)) {
      if (effectOfTheAttack(sentence, match.index, match[0])) continue;
      const start = span.start + match.index;
      // "LockBit's servers were disrupted": done to the actor, a response.
      if (DISRUPT.test(match[0]) && actorJustBefore(start) && !passiveBefore(text, span, start))
        continue;
      return { sentence, citation: citationInSentence(ctx, i, start, start + match[0].length) };
    }
  }
  return undefined;
}

/**
 * An attack's own subject shortly before the verb, or its actors' ("cyber actors primarily target and
 * disrupt government services"): what it disrupted, not what defenders did.
 */
const ATTACKS = String.raw`attacks?|cyberattacks?|breach|intrusion|outage`;
const ATTACK_BEFORE = new RegExp(
  String.raw`\b(?:${ATTACKS}|ransomware|actors?|hackers?|attackers?|adversar(?:y|ies)|target and)\b[^.;]{0,30}$`,
  'iu',
);
/** "the cyberattack on its Change Healthcare unit that has ": a relative clause of the attack, further back. */
const ATTACK_CLAUSE_BEFORE = new RegExp(
  String.raw`\b(?:${ATTACKS})\b[^.;]{1,60}\b(?:that|which)\s+(?:has\s+|had\s+|have\s+)?$`,
  'iu',
);
const DISRUPT = /^(?:disrupt|took down)/iu;
/** Who does an attack, named ("NoName057(16) took down …"); an intrusion is what is done. */
const ACTORS: ReadonlySet<string> = new Set(['intrusion-set', 'threat-actor', 'malware']);
/** How far before an attack's verb the actor doing it may be named, in characters, no comma between. */
const ACTOR_REACH = 40;
const passiveBefore = (text: string, span: Span, at: number): boolean =>
  PASSIVE_BEFORE.test(text.slice(Math.max(span.start, at - 16), at));
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$/u;

/** "the ransomware attack that has disrupted operations": an effect of the attack, no response to it. */
const effectOfTheAttack = (sentence: string, at: number, verb: string): boolean =>
  DISRUPT.test(verb) &&
  (ATTACK_BEFORE.test(sentence.slice(Math.max(0, at - 40), at)) ||
    ATTACK_CLAUSE_BEFORE.test(sentence.slice(Math.max(0, at - 100), at)));

/**
 * An entity as a judgement names it: the activity a report attributes unnamed is what it is to the reader
 * of that report's briefing, not its stored name ("Activity reported in “…”").
 */
const judgedName = (entity: ExtractedEntity): string =>
  isReportedActivity(entity) ? 'the activity the report describes' : displayName(entity);
