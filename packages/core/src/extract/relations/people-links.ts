/**
 * What ties the people a sentence names to the actor it names (extract/entities/people.ts): the set's
 * activity is attributed to them ("The defendants, Ni Gaobin, …, were part of APT31"); with no set but one
 * malware family, its developer authored it and anyone else uses it ("Alla Witte, a developer of
 * TrickBot"). STIX 2.1 §5: intrusion-set attributed-to threat-actor, malware authored-by threat-actor,
 * threat-actor uses malware.
 */
import type { Mention } from '../../analysis/types.ts';
import type { RelationBuilder } from './relation-builder.ts';
import type { Placed } from './roles.ts';

export function linkPeople(
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
  if (sets.length > 0) return;
  const families = distinct(placed.filter((p) => p.entity.type === 'malware'));
  if (families.length !== 1) return;
  const family = families[0]!;
  for (const person of people) {
    const roles = person.entity.properties?.['roles'];
    if (Array.isArray(roles) && roles.includes('malware-author'))
      out.add('authored-by', family.entity.key, person.entity.key, evidence);
    else out.add('uses', person.entity.key, family.entity.key, evidence);
  }
}

const distinct = (placed: readonly Placed[]): Placed[] => {
  const seen = new Set<string>();
  return placed.filter((p) => !seen.has(p.entity.key) && seen.add(p.entity.key));
};
