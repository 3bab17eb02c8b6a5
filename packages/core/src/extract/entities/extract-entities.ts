/**
 * Entity extraction (issue 3 §3): threat actors, malware and tools resolved against the knowledge (or new
 * by naming scheme), places, organizations, state organs, government bodies, sectors, and the intrusion
 * itself as a campaign. Pure and deterministic; time linear in the text for a fixed dictionary depth.
 */
import type { ExtractedEntity, Mention, Span } from '../../analysis/types.ts';
import { countryByCode } from '../../geo/countries.ts';
import { normalizeName } from '../../stix/ids.ts';
import { addDefinedAcronyms } from './acronyms.ts';
import { actorsNamedAfterMalware, readAsPeople } from './actor-or-family.ts';
import { findCampaigns, openingEnd } from './campaigns.ts';
import { countryIntrusions } from './country-intrusions.ts';
import { findCompanies, type Company } from './companies.ts';
import { electionCampaigns } from './election-campaigns.ts';
import { authorSystems } from './author-systems.ts';
import { companyIntrusions, victimNamedCompanies } from './company-victims.ts';
import { companiesNamedGroup } from './company-groups.ts';
import { namedOperations } from './operations.ts';
import { findInstitutions } from './institutions.ts';
import { namedMinistries } from './named-ministries.ts';
import { namedStateBodies, stateBodyBefore } from './us-state-bodies.ts';
import { GovernmentCountry } from './document-country.ts';
import { bodyName, governmentBodyFinding, type BodyKind } from './government-bodies.ts';
import { groupNameEnd, nameEnd } from './name-span.ts';
import { writtenCountry } from './organization-country.ts';
import { EncodedRuns } from './encoded-runs.ts';
import { embeddedName, inIdentifier, namesFile } from './embedded-name.ts';
import { EntityCollector, type EntityFinding } from './entity-collector.ts';
import { settledByOtherNames } from './contested-names.ts';
import type { Hit } from './hits.ts';
import type { KnowledgeEntry } from '../../knowledge/entry.ts';
import type { AliasDecision } from './recognize-alias.ts';
import { findHits, type HitOptions } from './find-hits.ts';
import { markFrontCompanies } from './front-companies.ts';
import type { KnowledgeIndex } from './knowledge-index.ts';
import { stateOrganNamed, type KnownOrganization } from './organizations.ts';
import { findPeople } from './people.ts';
import { sectorName } from './sectors.ts';
import { sponsoringGovernments } from './sponsoring-governments.ts';
import { findStateSponsored } from './state-sponsored.ts';
import { TextContext } from './text-context.ts';
import { isCapitalized, nameTokens, tokenize } from './tokens.ts';

export interface EntityExtractionOptions extends HitOptions {
  /** Who published the report: "our systems" in it are the author's (author-systems.ts). */
  readonly author?: string;
}

export function extractEntities(
  text: string,
  sentences: readonly Span[],
  knowledge: KnowledgeIndex,
  options: EntityExtractionOptions = {},
): ExtractedEntity[] {
  return entitiesIn(new TextContext(text, sentences), knowledge, options);
}

/** extractEntities over a text already tokenized (the pipeline shares its tokens with techniques). */
export function entitiesIn(
  ctx: TextContext,
  knowledge: KnowledgeIndex,
  options: EntityExtractionOptions = {},
): ExtractedEntity[] {
  const { text } = ctx;
  const hits = findHits(ctx, knowledge, options);
  const government = new GovernmentCountry(ctx, hits);
  const placed: BodiesPlaced = new Map();
  const collector = new EntityCollector();
  const encoded = new EncodedRuns(text);
  // Named state bodies ("the Treasury Department"), victims where the words make them so, as companies are.
  const bodies: Company[] = [];
  // Tokens of an actor's, an organ's or a family's name: people beside them are its hands (people.ts).
  const acting = new Uint8Array(ctx.tokens.length);
  // The family mention each FAMILY token is of, for whether the words make it the crew (asked lazily).
  const familyOf = new Int32Array(ctx.tokens.length).fill(-1);
  const familyMentions: Mention[] = [];
  const sectorMentions: { key: string; at: number; mention: Mention }[] = [];
  for (const [index, hit] of hits.entries()) {
    if (encoded.contains(ctx.tokens[hit.from]?.start ?? 0)) continue;
    if (NAME_KINDS.has(hit.kind) && embeddedName(ctx, hit.from, hit.to)) continue;
    if (hit.kind === 'lexicon' && namesFile(ctx, hit.to)) continue;
    if (inIdentifier(ctx, hit.from)) continue;
    const found = toFinding(ctx, hits, index, government, placed);
    if (!found) continue;
    // "the Minnesota Department of Education": the state's body, not the federal one.
    const state =
      found.via === 'organization-name' ? stateBodyBefore(ctx, hit.from, found) : undefined;
    const finding =
      state?.finding ??
      (found.via === 'state-organ' && !found.ref ? storedOrgan(knowledge, found) : found);
    const end = mentionEnd(ctx, hit, finding);
    const mention = ctx.mention(state?.from ?? hit.from, end);
    const dotted = hit.kind === 'lexicon' && hit.value.dotted && text[mention.end] === '.';
    collector.add(
      finding,
      dotted ? { ...mention, end: mention.end + 1, text: `${mention.text}.` } : mention,
    );
    if (hit.kind === 'sector') sectorMentions.push({ key: finding.key, at: hit.from, mention });
    if (isStateBody(finding))
      bodies.push({ finding, mention, from: state?.from ?? hit.from, to: end });
    if (ACTING_TYPES.has(finding.type)) {
      const family = finding.type === 'malware';
      acting.fill(family ? FAMILY : GROUP, hit.from, end);
      if (family) familyOf.fill(familyMentions.push(mention) - 1, hit.from, end);
    }
  }
  const taken = new Uint8Array(ctx.tokens.length);
  // A sector or place word may be part of an organization's name ("Change Healthcare Inc.", "the European
  // Medicines Agency (EMA)"); other findings are not.
  const named = new Uint8Array(ctx.tokens.length);
  // A sector's word may be part of a name only its place as a victim tells of: "Caesars Entertainment".
  const sectorWords = new Uint8Array(ctx.tokens.length);
  // Countries by their first token and by the token after their last.
  const countrySpans = new Map<number, { code: string; to: number }>();
  const countryEnds = new Map<number, string>();
  const countryStarts = new Map<number, { code: string; from: number }>();
  for (const hit of hits) {
    taken.fill(1, hit.from, hit.to);
    const place = hit.kind === 'lexicon' && hit.value.kind !== 'organization';
    if (hit.kind !== 'sector' && !place) named.fill(1, hit.from, hit.to);
    if (hit.kind === 'sector') sectorWords.fill(1, hit.from, hit.to);
    if (hit.kind === 'lexicon' && hit.value.kind === 'country') {
      countrySpans.set(hit.from, { code: hit.value.code, to: hit.to });
      countryEnds.set(hit.to, hit.value.code);
      countryStarts.set(hit.to, { code: hit.value.code, from: hit.from });
    }
  }
  const companies = findCompanies(
    ctx,
    (i) => named[i] === 1,
    (i) => countrySpans.get(i)?.code,
    (i) => countryEnds.get(i),
  );
  for (const { finding, mention } of companies) collector.add(finding, mention);
  for (const c of companies) named.fill(1, c.from, c.to);
  const institutions = findInstitutions(
    ctx,
    (i) => named[i] === 1,
    (i) => taken[i] === 1 && named[i] !== 1 && sectorWords[i] !== 1,
    (i) => countrySpans.get(i),
  );
  for (const { finding, mention } of institutions) collector.add(finding, mention);
  const namedWords = new Uint8Array(ctx.tokens.length);
  for (const c of institutions) {
    named.fill(1, c.from, c.to);
    namedWords.fill(1, c.from, c.to);
  }
  // "the Louisiana Office of Motor Vehicles": a state's body the dictionary does not hold.
  for (const body of namedStateBodies(ctx, (i) => named[i] === 1)) {
    collector.add(body.finding, body.mention);
    bodies.push(body);
  }
  const ministries = namedMinistries(ctx, (i) => named[i] === 1, {
    startingAt: (i) => countrySpans.get(i),
    endingBefore: (i) => countryEnds.get(i),
    spokenAbout: (i) => government.at(i),
  });
  for (const { finding, mention } of ministries) collector.add(finding, mention);
  const people = findPeople(
    ctx,
    (i) => (named[i] === 1 ? 'name' : taken[i] === 1 ? 'place' : undefined),
    (i) => acting[i] !== 0,
  );
  for (const { finding, mention } of people) collector.add(finding, mention);
  // "the campaigns of both Donald Trump and Kamala Harris", "The Trump campaign said …"
  const elections = electionCampaigns(ctx, (i) => taken[i] !== 1 && named[i] !== 1);
  for (const { finding, mention } of elections) collector.add(finding, mention);
  // "… behind Colonial Pipeline attack … the cyberattack on Colonial Pipeline": a victim twice over.
  const held = new Uint8Array(ctx.tokens.length);
  for (const c of [
    ...companies,
    ...institutions,
    ...ministries,
    ...bodies,
    ...people,
    ...elections,
  ])
    held.fill(1, c.from, c.to);
  // "The LockBit gang hit Harrods": a family's name read as its crew strikes as a group does.
  const crews = new Map<number, boolean>();
  const crewAt = (m: number): boolean => {
    let crew = crews.get(m);
    if (crew === undefined) crews.set(m, (crew = readAsPeople(ctx, familyMentions[m]!)));
    return crew;
  };
  const victims = victimNamedCompanies(
    ctx,
    (i) => (taken[i] !== 1 || sectorWords[i] === 1) && held[i] !== 1,
    (i) => acting[i] === GROUP || (acting[i] === FAMILY && crewAt(familyOf[i]!)),
    (i) => countrySpans.has(i),
  );
  for (const { finding, mention } of victims) collector.add(finding, mention);
  for (const v of victims) namedWords.fill(1, v.from, v.to);
  // "Harvard University", "Sony Pictures Entertainment": the institution carries its sector, and a victim's
  // name is no mention of one.
  for (const { key, at, mention } of sectorMentions) {
    if (namedWords[at] === 1) collector.withdraw(key, mention);
  }
  // "an attack on our corporate systems" in a report the victim wrote: the author, only as a victim.
  const authored = authorSystems(ctx, options.author);
  const authorIntrusions = companyIntrusions(ctx, authored);
  if (authorIntrusions.length > 0) {
    for (const { finding, mention } of authored) collector.add(finding, mention);
  }
  for (const { finding, mention } of [
    ...findCampaigns(
      ctx,
      collector.entities(),
      [
        // Bodies after the companies: a company list's order stays as findCompanies gives it.
        ...companyIntrusions(ctx, [
          ...companies,
          ...institutions,
          ...bodies,
          ...ministries,
          ...victims,
          ...elections,
        ]),
        ...authorIntrusions,
        ...countryIntrusions(ctx, {
          countryAt: (i) => countrySpans.get(i),
          actorAt: (i) => acting[i] === GROUP,
          openingEnd: openingEnd(ctx),
        }),
      ],
      (i) => government.at(i),
    ),
    ...findStateSponsored(ctx, hits, collector.entities()),
    ...sponsoringGovernments(
      ctx,
      {
        endingAt: (i) => countryStarts.get(i),
        startingAt: (i) => countrySpans.get(i),
      },
      (i) => acting[i] !== 0,
    ),
    ...namedOperations(ctx, (i) => taken[i] === 1),
  ]) {
    collector.add(finding, mention);
  }
  const entities = companiesNamedGroup(ctx, withoutPlacesIn(collector.entities(), people));
  const actors = actorsNamedAfterMalware(ctx, entities, (name) => knownSet(knowledge, name));
  return markFrontCompanies(text, addDefinedAcronyms(ctx, settledByOtherNames(actors)));
}

/** The one intrusion set the knowledge names so ("Akira", ATT&CK's G1024), if one does. */
function knownSet(knowledge: KnowledgeIndex, name: string): KnowledgeEntry | undefined {
  const sets = new Set(
    knowledge.trie
      .valuesOf(nameTokens(name))
      .filter((v) => v.entry.type === 'intrusion-set' && !OPERATION.test(v.entry.name))
      .map((v) => v.entry),
  );
  return sets.size === 1 ? [...sets][0] : undefined;
}

/** "the hacker Jordan Petrov": a place's name inside a person's is no mention of the place. */
function withoutPlacesIn(
  entities: readonly ExtractedEntity[],
  people: readonly { readonly mention: Span }[],
): ExtractedEntity[] {
  if (people.length === 0) return [...entities];
  const names = people.map((p) => p.mention).sort((a, b) => a.start - b.start);
  // The last name starting at or before the mention, found by halving.
  const inName = (m: Span): boolean => {
    let low = 0;
    let high = names.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (names[middle]!.start <= m.start) low = middle;
      else high = middle - 1;
    }
    const name = names[low]!;
    return name.start <= m.start && m.end <= name.end;
  };
  return entities.flatMap((e) => {
    if (e.type !== 'location' || !e.mentions.some(inName)) return [e];
    const mentions = e.mentions.filter((m) => !inName(m));
    return mentions.length > 0 ? [{ ...e, mentions }] : [];
  });
}

const GROUP = 1;
const FAMILY = 2;
/** Types of what acts: an actor, a state organ, a malware family (whose crew it may name). */
const ACTING_TYPES: ReadonlySet<string> = new Set(['intrusion-set', 'threat-actor', 'malware']);

/** A named organization of a state's government ("Department of the Treasury", "CISA"). */
const isStateBody = (finding: EntityFinding): boolean => {
  const sectors = (finding.properties?.sectors as readonly string[] | undefined) ?? [];
  return (
    finding.via === 'organization-name' &&
    (sectors.includes('government-national') || sectors.includes('government-regional'))
  );
};

/** A knowledge entry named as an operation ("Operation Soft Cell"): MISP lists some as threat actors. */
const OPERATION = /^Operation\s/u;

/**
 * A campaign the knowledge has: ATT&CK's ("Operation Dream Job", C0022) is that object; a threat-actor
 * cluster named as an operation is a campaign, kept as a candidate, not as the object it resolves to.
 */
function campaignFinding(entry: KnowledgeEntry, decision: AliasDecision): EntityFinding {
  const known = entry.type === 'campaign';
  return {
    key: `campaign:${entry.externalId ?? normalizeName(entry.name)}`,
    type: 'campaign',
    name: entry.name,
    ...(known ? { ref: entry.id } : { properties: { candidates: [entry.id] } }),
    ...(entry.externalId ? { externalId: entry.externalId } : {}),
    recognition: decision.recognition,
    via: decision.via,
  };
}

/** Token end of a hit's mention: type words left out, the head word of an ordinary group name taken in. */
function mentionEnd(ctx: TextContext, hit: Hit, finding: EntityFinding): number {
  if (hit.kind === 'alias' && hit.decision.value.ordinary && finding.type === 'intrusion-set') {
    return groupNameEnd(ctx, hit.to);
  }
  return hit.kind === 'alias' || hit.kind === 'discovered'
    ? nameEnd(ctx, hit.from, hit.to)
    : hit.to;
}

/** Hits that name an actor, malware or tool (places and bodies have their own spelling rules). */
const NAME_KINDS: ReadonlySet<Hit['kind']> = new Set(['alias', 'scheme', 'discovered']);

/** `index` is the hit's place in `hits`: its neighbours are read from there (no search). */
function toFinding(
  ctx: TextContext,
  hits: readonly Hit[],
  index: number,
  government: GovernmentCountry,
  placed: BodiesPlaced,
): EntityFinding | undefined {
  const hit = hits[index]!;
  switch (hit.kind) {
    case 'alias': {
      const { entry } = hit.decision.value;
      const type = entry.type === 'threat-actor' ? 'threat-actor' : entry.type;
      if (type === 'campaign' || (type === 'intrusion-set' && OPERATION.test(entry.name))) {
        return campaignFinding(entry, hit.decision);
      }
      if (
        type !== 'intrusion-set' &&
        type !== 'threat-actor' &&
        type !== 'malware' &&
        type !== 'tool'
      ) {
        return undefined;
      }
      const organ =
        type === 'threat-actor' ? stateOrganNamed([entry.name, ...entry.aliases]) : undefined;
      if (organ) {
        return {
          ...stateOrganFinding(organ),
          ref: entry.id,
          recognition: hit.decision.recognition,
        };
      }
      return {
        key: `${type}:${entry.externalId ?? normalizeName(entry.name)}`,
        type,
        name: entry.name,
        ref: entry.id,
        ...(entry.externalId ? { externalId: entry.externalId } : {}),
        ...aliasProperties(entry.country, hit.decision.candidates),
        recognition: hit.decision.recognition,
        via: hit.decision.via,
      };
    }
    case 'scheme':
      return {
        key: `intrusion-set:${normalizeName(hit.name)}`,
        type: 'intrusion-set',
        name: hit.name,
        recognition: 80,
        via: `naming-scheme:${hit.scheme}`,
      };
    case 'discovered': {
      // The name with plain spaces ("Royal Road"), whatever space the page put between its words.
      const { start, end } = ctx.mention(hit.from, hit.to);
      const name = hit.name ?? ctx.text.slice(start, end);
      return {
        key: `${hit.type}:${normalizeName(name)}`,
        type: hit.type,
        name,
        ...(hit.type === 'malware' ? { properties: { is_family: true } } : {}),
        recognition: 60,
        via: hit.via,
      };
    }
    case 'lexicon': {
      const sharedBy = hit.value.kind === 'organization' ? hit.value.org.sharedBy : undefined;
      if (!sharedBy) return lexiconFinding(hit.value);
      // "the Dutch NCSC", else the NCSC of the government the text speaks about ("Dutch Defence Minister").
      const spoken = government.at(hit.from);
      const state = spoken && sharedBy.includes(spoken) ? spoken : undefined;
      return lexiconFinding(hit.value, writtenCountry(ctx, hits, index) ?? state);
    }
    case 'body': {
      // "the Main Directorate of the General Staff of the Armed Forces of the Russian Federation": the tail of
      // the name found before it, no body of its own.
      if (tailOfNameBefore(ctx, hits[index - 1], hit.from)) return undefined;
      // "the Senate Intelligence Committee": a committee, not its chamber.
      if (committeeOf(ctx, hit.to)) return undefined;
      const code = hit.body.country ?? bodyCountry(ctx, hits, index, government, placed);
      const country = code ? countryByCode(code) : undefined;
      if (!country) return undefined;
      const { sectors } = hit.body;
      return governmentBodyFinding(
        bodyName(hit.body, country),
        country,
        'government-body',
        75,
        sectors,
      );
    }
    case 'sector':
      return {
        key: `identity:sector ${hit.sector}`,
        type: 'identity',
        name: sectorName(hit.sector),
        properties: { identity_class: 'class', sectors: [hit.sector] },
        recognition: 70,
        via: 'sector-word',
      };
  }
}

function aliasProperties(
  country: string | undefined,
  candidates: readonly { entry: { id: string } }[],
): { properties?: Record<string, unknown> } {
  const properties: Record<string, unknown> = {};
  if (country) properties['country'] = country;
  if (candidates.length > 0) properties['candidates'] = candidates.map((c) => c.entry.id);
  return Object.keys(properties).length > 0 ? { properties } : {};
}

function lexiconFinding(
  value: Extract<Hit, { kind: 'lexicon' }>['value'],
  writtenState?: string,
): EntityFinding {
  switch (value.kind) {
    case 'country': {
      const country = countryByCode(value.code);
      return {
        key: `location:${value.code}`,
        type: 'location',
        name: country?.name ?? value.code,
        externalId: value.code,
        properties: { country: value.code },
        recognition: value.form === 'name' ? 95 : 85,
        via:
          value.form === 'name'
            ? 'country-name'
            : value.form === 'adjective'
              ? 'demonym'
              : 'capital',
      };
    }
    case 'region':
      return {
        key: `location:${value.region}`,
        type: 'location',
        name: value.name,
        properties: { region: value.region },
        recognition: 85,
        via: 'region-name',
      };
    case 'organization': {
      const org =
        writtenState && writtenState !== value.org.country
          ? { ...value.org, name: `${value.org.name}-${writtenState}`, country: writtenState }
          : value.org;
      if (org.role === 'sponsor') return stateOrganFinding(org);
      const country = org.country ? { country: org.country } : {};
      return {
        key: `identity:${normalizeName(org.name)}`,
        type: 'identity',
        name: org.name,
        properties: {
          identity_class: 'organization',
          ...(org.sectors ? { sectors: org.sectors } : {}),
          ...country,
        },
        recognition: 90,
        via: 'organization-name',
      };
    }
  }
}

/**
 * A state organ the built-in dictionary named ("Chinese Ministry of State Security", longer than the
 * stored name inside it) is the stored threat actor of that name when the knowledge holds one.
 */
function storedOrgan(knowledge: KnowledgeIndex, finding: EntityFinding): EntityFinding {
  const norms = tokenize(finding.name).map((t) => t.norm);
  const stored = knowledge.trie.valuesOf(norms).find((v) => v.entry.type === 'threat-actor');
  return stored ? { ...finding, ref: stored.entry.id } : finding;
}

/** A state organ that runs intrusion sets: a nation-state threat actor located in its state. */
function stateOrganFinding(org: KnownOrganization): EntityFinding {
  return {
    key: `threat-actor:${normalizeName(org.name)}`,
    type: 'threat-actor',
    name: org.name,
    properties: {
      threat_actor_types: ['nation-state'],
      ...(org.country ? { country: org.country } : {}),
    },
    recognition: 90,
    via: 'state-organ',
  };
}

const SKIPPABLE = new Set(['s', 'the']);

/** Each kind of body named last with its state written beside it, and where. */
type BodiesPlaced = Map<BodyKind, { readonly token: number; readonly code: string }>;
const POSSESSIVES = new Set(['its', 'their', 'country', 'nation', 'state']);
const JOINING = new Set(['and', 'or']);

/** The state of a government body: written next to it, or the government the text speaks about. */
function bodyCountry(
  ctx: TextContext,
  hits: readonly Hit[],
  index: number,
  government: GovernmentCountry,
  placed: BodiesPlaced,
  /** Asked for the body before another: one step back only, so a run of bodies costs one step each. */
  previousOfAnother = false,
): string | undefined {
  const body = hits[index]!;
  const kind = body.kind === 'body' ? body.body : undefined;
  const written = countryBeside(ctx, hits, index);
  if (written) {
    if (kind) placed.set(kind, { token: body.from, code: written });
    return written;
  }
  // "the foreign and defence ministries": a body right after another, "and" or "or" between, is of its state.
  const previous = hits[index - 1];
  if (
    !previousOfAnother &&
    previous?.kind === 'body' &&
    previous.to === body.from - 1 &&
    JOINING.has(ctx.tokens[previous.to]?.norm ?? '')
  ) {
    return previous.body.country ?? bodyCountry(ctx, hits, index - 1, government, placed, true);
  }
  const previousWords = ctx.tokens.slice(Math.max(0, body.from - 3), body.from).map((t) => t.norm);
  if (previousWords.some((w) => POSSESSIVES.has(w))) return government.at(body.from);
  if (previousWords.at(-1) !== 'the') return undefined;
  // "the Finnish parliament … The intrusion, first disclosed by the parliament": the body of that kind named
  // last with its state, unless the text has turned to another state's government since.
  const named = kind && placed.get(kind);
  const mark = government.markBefore(body.from);
  return named && (!mark || mark.token < named.token) ? named.code : government.at(body.from);
}

/** Capitalized words a committee's name may hold after its chamber's: "Armed Services", "Homeland Security". */
const COMMITTEE_WORDS = 4;
const COMMITTEES: ReadonlySet<string> = new Set(['committee', 'subcommittee', 'caucus']);

/**
 * The body ending before token `to` opens a committee's name ("the Senate Intelligence Committee", "the House
 * Armed Services Committee"): a part of the chamber, named for what it oversees, not the chamber itself.
 */
function committeeOf(ctx: TextContext, to: number): boolean {
  for (let k = to; k <= to + COMMITTEE_WORDS; k++) {
    const token = ctx.tokens[k];
    if (!token || !ctx.spaceBefore(k) || !isCapitalized(token.text)) return false;
    if (COMMITTEES.has(token.norm)) return true;
  }
  return false;
}

/** Whether the words between the name `before` and token `from` are "of" or "of the". */
function tailOfNameBefore(ctx: TextContext, before: Hit | undefined, from: number): boolean {
  if (!before || ctx.tokens[before.to]?.norm !== 'of') return false;
  return before.to === from - 1 || (before.to === from - 2 && ctx.tokens[from - 1]?.norm === 'the');
}

/** The state written next to a body: "the Polish Ministry of Defence", "the parliament of Finland". */
function countryBeside(ctx: TextContext, hits: readonly Hit[], index: number): string | undefined {
  const body = hits[index]!;
  const before = hits[index - 1];
  if (before?.kind === 'lexicon' && before.value.kind === 'country') {
    const between = ctx.tokens.slice(before.to, body.from);
    // Not across a sentence's end: "… in Xinjiang and Hong Kong. The Foreign Office summoned …"
    const sameSentence = ctx.sentenceOf[before.from] === ctx.sentenceOf[body.from];
    if (sameSentence && between.length <= 2 && between.every((t) => SKIPPABLE.has(t.norm)))
      return before.value.code;
  }
  const after = hits[index + 1];
  if (
    after?.kind === 'lexicon' &&
    after.value.kind === 'country' &&
    ctx.tokens[body.to]?.norm === 'of' &&
    // "the Armed Forces of the Russian Federation"
    (after.from === body.to + 1 ||
      (after.from === body.to + 2 && ctx.tokens[body.to + 1]?.norm === 'the'))
  ) {
    return after.value.code;
  }
  return undefined;
}
