/**
 * What ties the people a sentence names to the actor it names (extract/entities/people.ts): the set's
 * activity is attributed to them ("The defendants, Ni Gaobin, …, were part of APT31"); with no set but one
 * malware family, its developer authored it and anyone else uses it ("Alla Witte, a developer of
 * TrickBot"). STIX 2.1 §5: intrusion-set attributed-to threat-actor, malware authored-by threat-actor,
 * threat-actor uses malware. With neither, the state organ named with each of them (organ-named-with.ts) is
 * related to them.
 */
import type { Mention } from '../../analysis/types.ts';
import type { RelationBuilder } from './relation-builder.ts';
import { organNamedWith } from './organ-named-with.ts';
import type { Placed } from './roles.ts';

export function linkPeople(
  text: string,
  placed: readonly Placed[],
  /** The set "the group" stands for, when the sentence names none. */
  referent: Placed | undefined,
  evidence: Mention,
  out: RelationBuilder,
): void {
  const people = placed.filter((p) => p.role === 'person');
  if (people.length === 0) return;
  const sets = distinct(placed.filter((p) => p.role === 'attacker'));
  const set = sets.length === 1 ? sets[0] : sets.length === 0 ? referent : undefined;
  if (set) {
    for (const person of people)
      out.add('attributed-to', set.entity.key, person.entity.key, evidence);
    return;
  }
  if (sets.length > 0) {
    // "two members of the Conti and Trickbot ransomware groups, Mikhail Tsarev and Maksim Galochkin": the
    // sets the role is of, each of them.
    const of = setsOfRole(text, sets);
    if (of.length > 0) {
      for (const person of people)
        for (const s of of) out.add('attributed-to', s.entity.key, person.entity.key, evidence);
      return;
    }
    // "Aleksandr Ryzhenkov, a senior Evil Corp member …, was a LockBit affiliate": the set the person's
    // apposition names, of several.
    for (const person of people) {
      const own = sets.find((s) => apposed(text, person, s));
      if (own) out.add('attributed-to', own.entity.key, person.entity.key, evidence);
    }
    return;
  }
  const families = distinct(placed.filter((p) => p.entity.type === 'malware'));
  // "six officials of Iran's … Command (IRGC-CEC): Hamid …": people of a state organ, no set named. STIX has
  // no relation from one threat-actor to another but the generic one.
  const organs = placed.filter((p) => p.role === 'sponsor');
  if (families.length === 0 && organs.length > 0) {
    for (const person of people) {
      const organ = organNamedWith(organs, person.mention);
      if (organ) out.add('related-to', person.entity.key, organ.entity.key, evidence);
    }
    return;
  }
  if (families.length !== 1) return;
  const family = families[0]!;
  for (const person of people) {
    const roles = person.entity.properties?.['roles'];
    if (Array.isArray(roles) && roles.includes('malware-author'))
      out.add('authored-by', family.entity.key, person.entity.key, evidence);
    else out.add('uses', person.entity.key, family.entity.key, evidence);
  }
}

/**
 * The sets a role word is of, joined by "and": "members of the Conti and Trickbot ransomware groups"; the
 * people named after them are theirs, as those of one set named in the sentence are.
 */
function setsOfRole(text: string, sets: readonly Placed[]): Placed[] {
  const ordered = [...sets].sort((a, b) => a.mention.start - b.mention.start);
  const first = ordered.findIndex((s) =>
    ROLE_OF.test(text.slice(Math.max(0, s.mention.start - ROLE_OF_REACH), s.mention.start)),
  );
  if (first < 0) return [];
  const of = [ordered[first]!];
  for (const next of ordered.slice(first + 1)) {
    if (text.slice(of.at(-1)!.mention.end, next.mention.start) !== ' and ') break;
    of.push(next);
  }
  return of;
}
const ROLE_OF = /\b(?:members|operators|affiliates|developers|administrators) of (?:the )?$/u;
const ROLE_OF_REACH = 32;

/** ", a senior " between a person's name and a set's: the set is named in the person's apposition. */
const APPOSITION = /^, (?:a|an|the) [^,.;:()]{0,40}$/u;
const apposed = (text: string, person: Placed, set: Placed): boolean =>
  set.mention.start - person.mention.end <= 48 &&
  APPOSITION.test(text.slice(person.mention.end, set.mention.start));

const distinct = (placed: readonly Placed[]): Placed[] => {
  const seen = new Set<string>();
  return placed.filter((p) => !seen.has(p.entity.key) && seen.add(p.entity.key));
};
