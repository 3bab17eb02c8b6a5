/**
 * The "most restrictive wins" rule for anything assembled from several inputs (docs/ARCHITECTURE.md,
 * "TLP markings", rule 2), over the TLP 2.0 levels of marking/tlp.ts. Unmarked inputs are public.
 */
import { TLP2, TLP_LEVELS, tlpRank, type TlpLevel } from '../marking/tlp.ts';
import type { StixId } from '../stix/ids.ts';

export type { TlpLevel };

/** The most restrictive of the given levels; unmarked inputs count as clear (public knowledge). */
export function mostRestrictive(...levels: readonly (TlpLevel | undefined)[]): TlpLevel {
  let rank = 0;
  for (const level of levels) if (level) rank = Math.max(rank, tlpRank(level));
  return TLP_LEVELS[rank] ?? 'clear';
}

export const tlpMarkingId = (level: TlpLevel): StixId => TLP2[level].id;

export const tlpLabel = (level: TlpLevel): string => `TLP:${level.toUpperCase()}`;
