/**
 * Traffic Light Protocol markings. TLP 1.0 is predefined by STIX 2.1 §7.2.1.4; TLP 2.0 by the OASIS
 * common-objects extension `extension-definition--60a3c5c5-…` (DOMAIN.md §3). Vigil marks with 2.0 and
 * maps 1.0 ids to their 2.0 level for every decision (docs/ARCHITECTURE.md "TLP markings").
 */
import type { StixId } from '../stix/ids.ts';
import type { MarkingDefinition } from '../stix/object-types.ts';

/** Ordered from least to most restrictive; the index is the rank. */
export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/** How a level is written for people (`TLP:AMBER+STRICT`), as the marking definitions name it. */
export const tlpLabel = (level: TlpLevel): string => `TLP:${level.toUpperCase()}`;

export const TLP2_EXTENSION_ID = 'extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d';

const tlp1 = (level: 'white' | 'green' | 'amber' | 'red', id: string): MarkingDefinition =>
  Object.freeze({
    type: 'marking-definition',
    spec_version: '2.1',
    id: `marking-definition--${id}`,
    created: '2017-01-20T00:00:00.000Z',
    definition_type: 'tlp',
    name: `TLP:${level.toUpperCase()}`,
    definition: Object.freeze({ tlp: level }),
  });

const tlp2 = (level: TlpLevel, id: string): MarkingDefinition =>
  Object.freeze({
    type: 'marking-definition',
    spec_version: '2.1',
    id: `marking-definition--${id}`,
    created: '2022-10-01T00:00:00.000Z',
    name: tlpLabel(level),
    extensions: Object.freeze({
      [TLP2_EXTENSION_ID]: Object.freeze({ extension_type: 'property-extension', tlp_2_0: level }),
    }),
  });

/** STIX 2.1 §7.2.1.4: the four TLP 1.0 marking definitions, exactly as the spec lists them. */
export const TLP1 = {
  white: tlp1('white', '613f2e26-407d-48c7-9eca-b8e91df99dc9'),
  green: tlp1('green', '34098fce-860f-48ae-8e50-ebd3cc5e41da'),
  amber: tlp1('amber', 'f88d31f6-486f-44da-b317-01333bde0b82'),
  red: tlp1('red', '5e57c739-391a-4eb3-b6be-7d15ca92d5ed'),
} as const;

/** The five TLP 2.0 marking definitions of the OASIS extension. */
export const TLP2: Readonly<Record<TlpLevel, MarkingDefinition>> = {
  clear: tlp2('clear', '94868c89-83c2-464b-929b-a1a8aa3c8487'),
  green: tlp2('green', 'bab4a63c-aed9-4cf5-a766-dfca5abac2bb'),
  amber: tlp2('amber', '55d920b0-5e8b-4f79-9ee9-91f868d9b421'),
  'amber+strict': tlp2('amber+strict', '939a9414-2ddd-4d32-a0cd-375ea402b003'),
  red: tlp2('red', 'e828b379-4e03-4974-9ac4-e53a884c97c1'),
};

/** Marking id → TLP level; TLP 1.0 WHITE reads as CLEAR, 1.0 AMBER as 2.0 AMBER (TLP 2.0 §"changes"). */
const LEVEL_BY_ID: ReadonlyMap<string, TlpLevel> = new Map<string, TlpLevel>([
  [TLP1.white.id, 'clear'],
  [TLP1.green.id, 'green'],
  [TLP1.amber.id, 'amber'],
  [TLP1.red.id, 'red'],
  ...TLP_LEVELS.map((level): [string, TlpLevel] => [TLP2[level].id, level]),
]);

export const tlpRank = (level: TlpLevel): number => TLP_LEVELS.indexOf(level);

/** The TLP level of one marking id, or undefined when it is not a TLP marking. */
export const tlpLevelOf = (markingRef: string): TlpLevel | undefined => LEVEL_BY_ID.get(markingRef);

/**
 * The TLP level a list of marking refs puts on an object: the most restrictive TLP among them, or
 * undefined when none is TLP (unmarked objects are unrestricted, ARCHITECTURE.md rule 3).
 */
export function tlpLevel(markingRefs: readonly string[] | undefined): TlpLevel | undefined {
  return mostRestrictive(...(markingRefs ?? []).map(tlpLevelOf));
}

/** The most restrictive of some levels (undefined entries are ignored); undefined if none. */
export function mostRestrictive(
  ...levels: readonly (TlpLevel | undefined)[]
): TlpLevel | undefined {
  let worst: TlpLevel | undefined;
  for (const level of levels) {
    if (level !== undefined && (worst === undefined || tlpRank(level) > tlpRank(worst)))
      worst = level;
  }
  return worst;
}

/** Parses a level as a user writes it (`amber`, `TLP:AMBER+STRICT`, `white` → clear). */
export function parseTlpLevel(text: string): TlpLevel | undefined {
  const t = text.trim().toLowerCase().replace(/^tlp:/, '');
  if (t === 'white') return 'clear';
  return (TLP_LEVELS as readonly string[]).includes(t) ? (t as TlpLevel) : undefined;
}

/** Whether an object may leave under `maxLevel` (`--max-tlp`); unmarked objects always may. */
export function isAllowed(
  object: { readonly object_marking_refs?: readonly string[] },
  maxLevel: TlpLevel,
): boolean {
  const level = tlpLevel(object.object_marking_refs);
  return level === undefined || tlpRank(level) <= tlpRank(maxLevel);
}

/** The TLP 2.0 marking-definition id for a level, for `object_marking_refs`. */
export const tlpMarkingRef = (level: TlpLevel): StixId<'marking-definition'> => TLP2[level].id;
