/**
 * What ties a front company (extract/entities/front-companies.ts) to whom it fronts for: the state organ its
 * sentence names with it (organ-named-with.ts: "the MSS's Hubei State Security Department established Wuhan
 * XRZ as a front company"), else the one set, else the one person ("Wang and his co-conspirators created front
 * companies, including Hopana Tech LLC"). STIX 2.1 has no relation from an identity to an actor but the generic
 * related-to.
 */
import type { Mention } from '../../analysis/types.ts';
import type { RelationBuilder } from './relation-builder.ts';
import { organNamedWith } from './organ-named-with.ts';
import type { Placed } from './roles.ts';

export function linkFrontCompanies(
  placed: readonly Placed[],
  evidence: Mention,
  out: RelationBuilder,
): void {
  const fronts = placed.filter((p) => p.role === 'front');
  if (fronts.length === 0) return;
  const organs = placed.filter((p) => p.role === 'sponsor');
  const sets = keysWithRole(placed, 'attacker');
  const people = keysWithRole(placed, 'person');
  for (const front of fronts) {
    const fronted =
      organNamedWith(organs, front.mention)?.entity.key ??
      (organs.length === 0 && sets.length === 1 ? sets[0] : undefined) ??
      (organs.length === 0 && sets.length === 0 && people.length === 1 ? people[0] : undefined);
    if (fronted !== undefined) out.add('related-to', front.entity.key, fronted, evidence);
  }
}

const keysWithRole = (placed: readonly Placed[], role: Placed['role']): string[] => [
  ...new Set(placed.filter((p) => p.role === role).map((p) => p.entity.key)),
];
