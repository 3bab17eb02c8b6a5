/**
 * An actor a text names only by the state behind it: "Chinese state hackers", "Russian state-sponsored
 * cyber actors", "a state-sponsored actor from (working for) the People's Republic of China", a state's people
 * doing an intrusion ("Iranian cyber actors have used password spraying to compromise …"), or a state an
 * attack is attributed to ("the minister attributed the attack to Russia", "blamed Russia for the attack").
 * Governments often attribute an intrusion to a state without naming a group; the attribution then has this
 * actor as its
 * subject, a STIX threat-actor of type nation-state located in that state, one per state.
 *
 * Read only when the text names no intrusion set and no state organ: beside a named group ("APT31, a
 * Chinese state-sponsored group") the words describe that group.
 */
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';
import { countryByCode, countryInProse } from '../../geo/countries.ts';
import type { EntityFinding } from './entity-collector.ts';
import type { Hit } from './hits.ts';
import type { TextContext } from './text-context.ts';
import { isAllCaps } from './tokens.ts';

/** The `via` of such an actor: its mentions describe it ("Chinese state hackers") rather than name it. */
export const STATE_SPONSORED = 'state-sponsored';
/** The `via` of an actor its nationality describes ("Iranian cyber actors have used …"), a sponsor unsaid. */
export const NATIONALITY = 'nationality';

/** Words that make the state the sponsor ("state", "government-backed", "nation-state"). */
const STATE_WORDS = new Set(['state', 'government', 'nation']);
const SPONSOR_WORDS = new Set([
  'sponsored',
  'backed',
  'directed',
  'affiliated',
  'aligned',
  'linked',
  'funded',
  'controlled',
]);
const ACTOR_NOUNS = new Set(
  `hackers hacker actor actors attackers attacker group groups spies operatives adversary
adversaries`.split(/\s+/u),
);
/** Words between the sponsor and the actor noun: "state-sponsored cyber threat actors". */
const ACTOR_MODIFIERS = new Set(['cyber', 'threat', 'hacking', 'espionage', 'apt']);
/** "an actor working for China", "hackers acting on behalf of the PRC". */
const WORKING = new Set(['working', 'acting', 'operating']);
/** "an actor from China", "hackers linked to the PRC". */
const ORIGIN_WORDS = new Set(['from', 'of', 'in', 'to']);
/**
 * A word after "<country> state" that makes the state an actor's sponsor ("Chinese state hackers",
 * "Russian state-sponsored actors"), not a government the text speaks about (document-country.ts).
 */
export const sponsorsAnActor = (norm: string): boolean =>
  SPONSOR_WORDS.has(norm) || ACTOR_NOUNS.has(norm) || ACTOR_MODIFIERS.has(norm);
const MAX_SPONSOR_WORDS = 3;
const MAX_MODIFIERS = 2;

/** The name given to the actor: "Chinese state-sponsored actor", else "State-sponsored actor of X". */
export function stateSponsoredName(code: string): string {
  const country = countryByCode(code);
  const adjective = country?.adjectives[0];
  if (adjective) return `${adjective} state-sponsored actor`;
  return `State-sponsored actor of ${countryInProse(country?.name ?? code)}`;
}

export function findStateSponsored(
  ctx: TextContext,
  hits: readonly Hit[],
  entities: readonly ExtractedEntity[],
): { finding: EntityFinding; mention: Mention }[] {
  const named = entities.some(
    (e) => e.type === 'intrusion-set' || (e.type === 'threat-actor' && e.via === 'state-organ'),
  );
  if (named) return [];
  const found: { finding: EntityFinding; mention: Mention }[] = [];
  const acting: { code: string; span: [number, number] }[] = [];
  for (const hit of hits) {
    if (hit.kind !== 'lexicon' || hit.value.kind !== 'country') continue;
    const span =
      actorAfter(ctx, hit.from, hit.to) ??
      actorBefore(ctx, hit.from, hit.to) ??
      stateBlamed(ctx, hit.from, hit.to);
    const code = hit.value.code;
    if (!span) {
      const people = actorsActing(ctx, hit.from, hit.to, code);
      if (people) acting.push({ code, span: people });
      continue;
    }
    found.push({
      finding: {
        key: `threat-actor:state-sponsored ${code.toLowerCase()}`,
        type: 'threat-actor',
        name: stateSponsoredName(code),
        properties: { threat_actor_types: ['nation-state'], country: code },
        recognition: 70,
        via: STATE_SPONSORED,
      },
      mention: ctx.mention(span[0], span[1]),
    });
  }
  // A state's people at work are its sponsored actor where the text names one; else an actor by nationality,
  // which says no sponsor ("Chinese hackers" may be criminals).
  for (const { code, span } of acting) {
    const sponsored = found.find((f) => f.finding.properties?.['country'] === code);
    const adjective = countryByCode(code)?.adjectives[0] ?? code;
    found.push({
      finding: sponsored?.finding ?? {
        key: `threat-actor:${adjective.toLowerCase()} cyber actors`,
        type: 'threat-actor',
        name: `${adjective} cyber actors`,
        properties: { country: code },
        recognition: 60,
        via: NATIONALITY,
      },
      mention: ctx.mention(span[0], span[1]),
    });
  }
  return found;
}

const normAt = (ctx: TextContext, i: number): string => ctx.tokens[i]?.norm ?? '';

/** Tokens from `from` on that read "state-sponsored (cyber) actors"; the end of the actor noun. */
function sponsoredActorFrom(ctx: TextContext, from: number, sentence: number): number | undefined {
  let i = from;
  let state = false;
  while (i - from < MAX_SPONSOR_WORDS && ctx.sentenceOf[i] === sentence) {
    const word = normAt(ctx, i);
    if (STATE_WORDS.has(word)) state = true;
    else if (!SPONSOR_WORDS.has(word)) break;
    i++;
  }
  if (!state) return undefined;
  for (let k = 0; k <= MAX_MODIFIERS && ctx.sentenceOf[i + k] === sentence; k++) {
    const word = normAt(ctx, i + k);
    if (ACTOR_NOUNS.has(word)) return i + k + 1;
    if (!ACTOR_MODIFIERS.has(word)) return undefined;
  }
  return undefined;
}

/** "Chinese state hackers", "China's state-backed actors": the country, then the sponsored actor. */
function actorAfter(ctx: TextContext, from: number, to: number): [number, number] | undefined {
  const sentence = ctx.sentenceOf[from] ?? -1;
  const start = normAt(ctx, to) === 's' ? to + 1 : to;
  const end = sponsoredActorFrom(ctx, start, sentence);
  return end === undefined ? undefined : [from, end];
}

/** "a state-sponsored actor from the People's Republic of China": the sponsored actor, then the country. */
function actorBefore(ctx: TextContext, from: number, to: number): [number, number] | undefined {
  const sentence = ctx.sentenceOf[from] ?? -1;
  let i = from - 1;
  if (normAt(ctx, i) === 'the') i--;
  // "working for the People's Republic of China", "acting on behalf of China"
  if (normAt(ctx, i) === 'of' && normAt(ctx, i - 1) === 'behalf' && normAt(ctx, i - 2) === 'on') {
    i -= 2;
    if (WORKING.has(normAt(ctx, i - 1))) i--;
  } else if (normAt(ctx, i) === 'for' && WORKING.has(normAt(ctx, i - 1))) i--;
  else if (!ORIGIN_WORDS.has(normAt(ctx, i))) return undefined;
  else if (normAt(ctx, i) === 'to' && normAt(ctx, i - 1) === 'linked') i--;
  const noun = i - 1;
  if (!ACTOR_NOUNS.has(normAt(ctx, noun))) return undefined;
  // Back over the modifiers and the sponsor words to the first of them, then read forward to check.
  let start = noun;
  while (
    start > 0 &&
    noun - start < MAX_SPONSOR_WORDS + MAX_MODIFIERS &&
    ctx.sentenceOf[start - 1] === sentence
  ) {
    const word = normAt(ctx, start - 1);
    if (!STATE_WORDS.has(word) && !SPONSOR_WORDS.has(word) && !ACTOR_MODIFIERS.has(word)) break;
    start--;
  }
  return sponsoredActorFrom(ctx, start, sentence) === noun + 1 ? [start, to] : undefined;
}

/** Plural actor nouns that name a state's people at work: "Iranian cyber actors", "Chinese hackers". */
const ACTING_NOUNS = new Set(['actors', 'hackers', 'attackers', 'operatives']);
/** Words before the verb: "have used", "have also targeted", "likely compromised". */
const BEFORE_VERB = new Set('have has had also likely reportedly previously'.split(' '));
/** The verbs of an intrusion's doers: "Iranian cyber actors have used password spraying to compromise …". */
const ACTING_VERBS = new Set(
  `used compromised breached hacked targeted exploited attacked infiltrated conducted deployed leveraged
gained accessed stole exfiltrated use compromise breach hack target exploit attack infiltrate conduct
deploy leverage gain access steal exfiltrate`.split(/\s+/u),
);
const MAX_BEFORE_VERB = 3;
const POSSESSIVE_USE = /^['’] use of\b/u;

/**
 * "Iranian cyber actors have used password spraying …", "Chinese hackers breached …": the people a state's
 * adjective names as the subject of an intrusion's verb, as CISA's advisories and the news name an actor they
 * do not name otherwise.
 */
function actorsActing(
  ctx: TextContext,
  from: number,
  to: number,
  code: string,
): [number, number] | undefined {
  const written = ctx.text.slice(ctx.tokens[from]!.start, ctx.tokens[to - 1]!.end);
  const adjective = countryByCode(code)?.adjectives.includes(written) === true;
  // "North Korean IT workers", "DPRK IT workers", "North Korean Remote Information Technology Workers' …
  // Schemes": North Korea's revenue scheme's workers, a threat whatever they are said to do.
  const workers = itWorkersAfter(ctx, to);
  if (workers !== undefined && code === IT_WORKERS_STATE && (adjective || isAllCaps(written)))
    return [from, workers];
  if (!adjective) return undefined;
  const sentence = ctx.sentenceOf[from];
  let noun = to;
  while (noun < to + MAX_MODIFIERS && ACTOR_MODIFIERS.has(normAt(ctx, noun))) noun++;
  // Another state's IT workers are a threat where they act: "… IT workers used stolen identities".
  if (workers !== undefined) noun = workers - 1;
  else if (!ACTING_NOUNS.has(normAt(ctx, noun))) return undefined;
  if (ctx.sentenceOf[noun] !== sentence) return undefined;
  // "Iranian cyber actors' use of brute force to compromise …": a possessive only before its deed.
  if (!ctx.spaceBefore(noun + 1)) {
    const deed = ctx.text.slice(ctx.tokens[noun]!.end, ctx.tokens[noun]!.end + 9);
    return POSSESSIVE_USE.test(deed) ? [from, noun + 1] : undefined;
  }
  for (let k = noun + 1; k <= noun + MAX_BEFORE_VERB && ctx.sentenceOf[k] === sentence; k++) {
    const word = normAt(ctx, k);
    if (ACTING_VERBS.has(word)) return [from, noun + 1];
    if (!BEFORE_VERB.has(word)) return undefined;
  }
  return undefined;
}

/** The state whose IT workers are a threat wherever named: North Korea runs the scheme. */
const IT_WORKERS_STATE = 'KP';

/**
 * The end of "(remote) IT workers" or "(remote) information technology workers" from token `i`, in one
 * sentence; "IT" in capitals, lest "it works" read so.
 */
function itWorkersAfter(ctx: TextContext, i: number): number | undefined {
  const sentence = ctx.sentenceOf[i];
  let k = normAt(ctx, i) === 'remote' ? i + 1 : i;
  if (ctx.tokens[k]?.text === 'IT') k++;
  else if (normAt(ctx, k) === 'information' && normAt(ctx, k + 1) === 'technology') k += 2;
  else return undefined;
  return normAt(ctx, k) === 'workers' && ctx.sentenceOf[k] === sentence ? k + 1 : undefined;
}

/** How far before "to <country>" the attributing word may stand: "attributed the cyberattack on its water supply to". */
const ATTRIBUTION_REACH = 16;
const BLAMING = new Set(['blamed', 'blames', 'blaming', 'accused', 'accuses', 'accusing']);

/**
 * "attributed the attack to Russia", "blamed China for the intrusion": a state an act is laid at, named as a
 * country (a state's organ, "Russia's GRU", is read as that organ). The country's words are the mention.
 */
function stateBlamed(ctx: TextContext, from: number, to: number): [number, number] | undefined {
  if (normAt(ctx, to) === 's') return undefined;
  const sentence = ctx.sentenceOf[from];
  // "North Korea was responsible for the theft", "Chinese hackers were behind the intrusion"
  const end = ACTOR_NOUNS.has(normAt(ctx, to)) ? to + 1 : to;
  if (BEING.has(normAt(ctx, end))) {
    const object = normAt(ctx, end + 1) === 'behind' ? end + 2 : responsibleFor(ctx, end + 1);
    if (object === undefined) return undefined;
    for (let k = object; k <= object + 2 && ctx.sentenceOf[k] === sentence; k++) {
      if (ATTACK_WORDS.has(normAt(ctx, k))) return [from, end];
    }
    return undefined;
  }
  let i = from - 1;
  if (normAt(ctx, i) === 'the') i--;
  // "attributed the attack to a Russia-nexus APT actor": the actor the state's name describes.
  let actorEnd = to;
  if (normAt(ctx, i) === 'a' || normAt(ctx, i) === 'an') {
    const described = nexusActorEnd(ctx, to);
    if (described === undefined) return undefined;
    actorEnd = described;
    i--;
  }
  if (ctx.sentenceOf[i] !== sentence) return undefined;
  // "blamed Russia for the attack", "blamed North Korean hackers for the attack on Upbit"
  if (BLAMING.has(normAt(ctx, i))) {
    const end = ACTOR_NOUNS.has(normAt(ctx, to)) ? to + 1 : to;
    if (normAt(ctx, end) !== 'for' && normAt(ctx, end) !== 'of') return undefined;
    for (let k = end + 1; k <= end + 3 && ctx.sentenceOf[k] === sentence; k++) {
      if (ATTACK_WORDS.has(normAt(ctx, k))) return [from, end];
    }
    return undefined;
  }
  // "the cyberattack on the space agency was carried out by Russian services"
  if (normAt(ctx, i) === 'by' && carriedOutBefore(ctx, i)) {
    const reach = Math.max(0, i - ATTRIBUTION_REACH);
    for (let k = i - 1; k >= reach && ctx.sentenceOf[k] === sentence; k--) {
      if (ATTACK_WORDS.has(normAt(ctx, k))) return [from, stateActorEnd(ctx, to)];
    }
    return undefined;
  }
  if (normAt(ctx, i) !== 'to') return undefined;
  // "attributed the attack on its water supply to Russia": an attack between, not "the decline".
  let attack = false;
  const reach = Math.max(0, i - ATTRIBUTION_REACH);
  for (let k = i - 1; k >= reach && ctx.sentenceOf[k] === sentence; k--) {
    if (ATTACK_WORDS.has(normAt(ctx, k))) attack = true;
    if (normAt(ctx, k).startsWith('attribut')) return attack ? [from, actorEnd] : undefined;
  }
  return undefined;
}
/** Words a state's name takes by a hyphen to describe an actor: "Russia-nexus", "China-linked". */
const NEXUS = new Set(['nexus', 'linked', 'based', 'aligned', 'backed', 'sponsored']);
/** Words between that and the actor's noun: "Russia-nexus advanced persistent threat (APT) actor". */
const NEXUS_MODIFIERS: ReadonlySet<string> = new Set([
  ...ACTOR_MODIFIERS,
  ...'advanced persistent state'.split(' '),
]);
const NEXUS_REACH = 6;

/** The end of "-nexus advanced persistent threat (APT) actor" after a state's name ending at `to`. */
function nexusActorEnd(ctx: TextContext, to: number): number | undefined {
  const suffix = ctx.tokens[to];
  if (!suffix || !NEXUS.has(suffix.norm) || ctx.text.charCodeAt(suffix.start - 1) !== 0x2d) {
    return undefined;
  }
  for (let k = to + 1; k <= to + NEXUS_REACH; k++) {
    const word = normAt(ctx, k);
    if (ACTOR_NOUNS.has(word)) return k + 1;
    if (!NEXUS_MODIFIERS.has(word)) return undefined;
  }
  return undefined;
}

/** Verbs whose "by" names who did an act: "carried out by", "conducted by", "perpetrated by". */
const CARRIED_OUT = new Set(['conducted', 'perpetrated', 'orchestrated', 'committed', 'launched']);
const carriedOutBefore = (ctx: TextContext, by: number): boolean =>
  CARRIED_OUT.has(normAt(ctx, by - 1)) ||
  (normAt(ctx, by - 1) === 'out' && normAt(ctx, by - 2) === 'carried');

/** Words for a state's people after its name: "Russian services", "Russian intelligence services", "hackers". */
const STATE_PEOPLE = new Set(['services', 'intelligence']);

/** The end of "Russian services", "Russian intelligence services", "Chinese hackers" after the country's end `to`. */
function stateActorEnd(ctx: TextContext, to: number): number {
  let end = to;
  while (end < to + 2 && (STATE_PEOPLE.has(normAt(ctx, end)) || ACTOR_NOUNS.has(normAt(ctx, end))))
    end++;
  return end;
}

const ATTACK_WORDS = new Set(
  `attack attacks cyberattack cyberattacks intrusion intrusions breach breaches hack hacks hacking
incident incidents campaign campaigns operation operations espionage sabotage theft heist`.split(
    /\s+/u,
  ),
);
const BEING = new Set(['was', 'were', 'is', 'are']);
/** The token after "responsible for" at token `at`, if the words are there. */
const responsibleFor = (ctx: TextContext, at: number): number | undefined =>
  normAt(ctx, at) === 'responsible' && normAt(ctx, at + 1) === 'for' ? at + 2 : undefined;
