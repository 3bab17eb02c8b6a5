/**
 * TLP 2.0 levels and the "most restrictive wins" rule for anything assembled from several inputs
 * (docs/ARCHITECTURE.md, "TLP markings", rule 2). Marking-definition ids are the OASIS TLP 2.0 ones.
 */
export type TlpLevel = 'clear' | 'green' | 'amber' | 'amber+strict' | 'red';

export const TLP_ORDER: readonly TlpLevel[] = ['clear', 'green', 'amber', 'amber+strict', 'red'];

export const TLP_MARKING_IDS: Readonly<Record<TlpLevel, `marking-definition--${string}`>> = {
  clear: 'marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487',
  green: 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb',
  amber: 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421',
  'amber+strict': 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003',
  red: 'marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1',
};

export const isTlpLevel = (value: string): value is TlpLevel =>
  (TLP_ORDER as readonly string[]).includes(value);

/** The most restrictive of the given levels; unmarked inputs count as clear (public knowledge). */
export function mostRestrictive(...levels: readonly (TlpLevel | undefined)[]): TlpLevel {
  let rank = 0;
  for (const level of levels) if (level) rank = Math.max(rank, TLP_ORDER.indexOf(level));
  return TLP_ORDER[rank] ?? 'clear';
}

export const tlpLabel = (level: TlpLevel): string => `TLP:${level.toUpperCase()}`;
