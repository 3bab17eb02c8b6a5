/**
 * The part an extracted entity plays in relations, whatever its STIX type: a threat actor with a
 * threat_actor_types (a state organ) sponsors; any other actor attacks, an actor named only by its state
 * (state-sponsored.ts) too. A front company fronts for them, and is no victim.
 */
import type { ExtractedEntity, Mention } from '../../analysis/types.ts';
import { worksForActor } from '../../analysis/front-company.ts';
import { isPerson } from '../../analysis/person.ts';
import { STATE_SPONSORED } from '../entities/state-sponsored.ts';

export type Role =
  'attacker' | 'sponsor' | 'person' | 'front' | 'campaign' | 'victim' | 'place' | 'capability';

/** One mention of an entity in a sentence, with the part the entity plays. */
export interface Placed {
  readonly entity: ExtractedEntity;
  readonly mention: Mention;
  readonly role: Role;
}

export const roleOf = (e: ExtractedEntity): Role | undefined => {
  switch (e.type) {
    case 'intrusion-set':
      return 'attacker';
    case 'threat-actor':
      if (isPerson(e)) return 'person';
      // An actor named only by its state ("Chinese state hackers") is the one acting, not an organ behind it.
      return e.properties?.['threat_actor_types'] && e.via !== STATE_SPONSORED
        ? 'sponsor'
        : 'attacker';
    case 'campaign':
      return 'campaign';
    case 'identity':
      return worksForActor(e) ? 'front' : 'victim';
    case 'vulnerability':
      return 'victim';
    case 'location':
      return 'place';
    case 'malware':
    case 'tool':
    case 'attack-pattern':
      return 'capability';
  }
};

/** The first of mentions that all name one entity, however often; none when they name none or several. */
const onlyOne = (placed: readonly Placed[]): Placed | undefined => {
  const first = placed[0];
  return first && placed.every((p) => p.entity.key === first.entity.key) ? first : undefined;
};

/** The one intrusion set the mentions name, however often; none when they name none or several. */
export const onlySet = (placed: readonly Placed[]): Placed | undefined =>
  onlyOne(placed.filter((p) => p.role === 'attacker'));

/** Of mentions that all name one entity, the first its own people follow ("<name> actors"). */
function followedByItsPeople(
  text: string,
  placed: readonly Placed[],
  peopleAfter: RegExp,
  reach = PEOPLE_REACH,
): Placed | undefined {
  if (!onlyOne(placed)) return undefined;
  return placed.find((p) => peopleAfter.test(text.slice(p.mention.end, p.mention.end + reach)));
}
/** Characters after a name that its people's words may take. */
const PEOPLE_REACH = 40;

/**
 * "The GRU unit 26165 actors used …", "SVR cyber actors exploited …": a state organ's mention followed by its
 * own people, who act as an actor does.
 */
export const ownActors = (text: string, organ: Mention): boolean =>
  OWN_ACTORS_AFTER.test(text.slice(organ.end, organ.end + PEOPLE_REACH));
const OWN_ACTORS_AFTER =
  /^\s(?:(?:unit\s\d{3,6}|cyber|military|intelligence)\s){0,2}(?:actors|hackers|operators|officers|operatives)\b/u;

/** The one state organ whose own people a sentence's mentions name acting; none when they name another. */
export const actingOrganOf = (text: string, placed: readonly Placed[]): Placed | undefined =>
  followedByItsPeople(
    text,
    placed.filter((p) => p.role === 'sponsor'),
    OWN_ACTORS_AFTER,
  );

/**
 * "Medusa actors use …", "Medusa developers and affiliates have impacted …": the one malware family whose own
 * people a sentence names, who act as an actor does (STIX: malware targets, malware uses), where the report
 * speaks of the name as code more often (entities/actor-or-family.ts) and so keeps it a family.
 */
export const actingFamilyOf = (text: string, placed: readonly Placed[]): Placed | undefined => {
  const families = placed.filter((p) => p.entity.type === 'malware');
  return (
    followedByItsPeople(text, families, FAMILY_PEOPLE_AFTER) ??
    followedByItsPeople(text, families, FAMILY_CALLED_A_GANG, GANG_REACH) ??
    subjectAttacking(text, families) ??
    usedToTarget(text, families)
  );
};

/**
 * "Affiliates have used Lumma to target manufacturing companies", "Lumma has been used to attack banks": the
 * family as what its users target with (STIX: malware targets).
 */
function usedToTarget(text: string, families: readonly Placed[]): Placed | undefined {
  const only = families[0];
  if (!only || !onlyOne(families)) return undefined;
  const { start, end } = only.mention;
  const after = text.slice(end, end + USED_REACH);
  const used =
    (USED_BEFORE.test(text.slice(Math.max(0, start - USED_REACH), start)) &&
      TO_TARGET_AFTER.test(after)) ||
    BEEN_USED_TO_TARGET.test(after);
  return used ? only : undefined;
}
const USED_REACH = 60;
/**
 * Its users in words for people no set's name stands for: "It has used X-Agent against banks" tells of a set
 * the sentence does not name.
 */
const USED_BEFORE =
  /\b(?:affiliates|customers|buyers|operators|criminals|cybercriminals|attackers|hackers|actors)\s(?:(?:have|has|had)\s)?(?:also\s)?(?:used|use|using|deployed|deploy|deploying)\s(?:the\s)?$/iu;
const KIND_WORD = String.raw`(?:\s(?:ransomware|malware|stealer|infostealer|backdoor|loader|trojan|RAT))?`;
const TO_TARGET = String.raw`(?:to\s(?:target|attack|infect|compromise|hit)|against|in\sattacks\s(?:on|against))\b`;
const TO_TARGET_AFTER = new RegExp(String.raw`^${KIND_WORD}\s${TO_TARGET}`, 'u');
const BEEN_USED_TO_TARGET = new RegExp(
  String.raw`^${KIND_WORD}\s(?:has|have|had)\s(?:also\s)?been\s(?:used|deployed)\s${TO_TARGET}`,
  'u',
);
/**
 * "Interlock has been active since September 2024 and has attacked healthcare organizations …": the family
 * opening its sentence as the subject of an attack verb is its people attacking.
 */
function subjectAttacking(text: string, families: readonly Placed[]): Placed | undefined {
  const first = families[0];
  if (!first || !onlyOne(families)) return undefined;
  const before = text.slice(
    Math.max(0, first.mention.start - SUBJECT_OPENING_REACH),
    first.mention.start,
  );
  if (!SENTENCE_OPENING_BEFORE.test(before)) return undefined;
  return FAMILY_ATTACKS.test(text.slice(first.mention.end, first.mention.end + GANG_REACH))
    ? first
    : undefined;
}
const SUBJECT_OPENING_REACH = 8;
/** The start of the text or of a sentence, with its article: "… Europe. The Interlock …", "\nInterlock". */
const SENTENCE_OPENING_BEFORE = /(?:^|[.!?]["”’]?\s{1,3}|\n\s{0,3})(?:The\s)?$/u;
/** "Interlock ransomware, first observed in September 2024, has targeted …": an aside two commas set off. */
export const COMMA_ASIDE = String.raw`,\s[^,.;:()]{1,60},`;
const FAMILY_ATTACKS = new RegExp(
  String.raw`^(?:\sransomware)?(?:${COMMA_ASIDE})?\s(?:has\sbeen\sactive\ssince\s[\p{L}\d\s]{1,20}\sand\s)?(?:(?:has|have|had)\s(?:also\s)?)?(?:attacked|attacks|hit|hits|targeted|targets|breached|compromised|struck)\b`,
  'u',
);
const FAMILY_PEOPLE_AFTER =
  /^\s(?:ransomware\s)?(?:actors|affiliates|operators|developers|gang|crew)\b/u;
/**
 * "Qilin, also known as Agenda, has been one of the most active ransomware groups of 2025, hitting …": the
 * family the sentence calls a gang, as its subject, is the gang acting.
 */
const FAMILY_CALLED_A_GANG =
  /^(?:,\s(?:also\s)?known\sas\s[\p{L}\d]{2,30},)?\s(?:is|was|has\sbeen|had\sbeen|remains)\s(?:one\sof\s)?(?:the|a|an)\s(?:[\p{Ll}-]{2,20}\s){0,3}(?:ransomware|extortion|cybercrime)\s(?:groups?|gangs?|operations?|crews?)\b/u;
/** Characters after a family's name that the words calling it a gang may take. */
const GANG_REACH = 120;
