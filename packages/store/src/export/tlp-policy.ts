/**
 * Which objects an export may emit under `--max-tlp` (ARCHITECTURE.md "TLP markings", rule 3). TLP 1.0
 * ids (STIX 2.1 §7.2.1.4) read as their TLP 2.0 level (WHITE→CLEAR); marking definitions found in the
 * store that state a TLP level (`definition_type: "tlp"` or the TLP 2.0 extension's `tlp_2_0`) count too.
 * Unmarked objects are unrestricted. Granular markings count like object markings: an object with any
 * part above the limit is withheld whole (never partially redacted).
 */
import type { StixObject } from '@vigil/core';

export const TLP_LEVELS = ['clear', 'green', 'amber', 'amber+strict', 'red'] as const;
export type TlpLevel = (typeof TLP_LEVELS)[number];

/** The predefined TLP marking definitions: 1.0 (§7.2.1.4) and the OASIS TLP 2.0 ones. */
export const PREDEFINED_TLP: ReadonlyMap<string, TlpLevel> = new Map<string, TlpLevel>([
  ['marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9', 'clear'], // 1.0 WHITE
  ['marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da', 'green'], // 1.0 GREEN
  ['marking-definition--f88d31f6-486f-44da-b317-01333bde0b82', 'amber'], // 1.0 AMBER
  ['marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed', 'red'], // 1.0 RED
  ['marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487', 'clear'],
  ['marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb', 'green'],
  ['marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421', 'amber'],
  ['marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003', 'amber+strict'],
  ['marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1', 'red'],
]);

const rank = (level: TlpLevel): number => TLP_LEVELS.indexOf(level);

export function parseMaxTlp(text: string): TlpLevel | undefined {
  const t = text.trim().toLowerCase().replace(/^tlp:/, '');
  if (t === 'white') return 'clear';
  return (TLP_LEVELS as readonly string[]).includes(t) ? (t as TlpLevel) : undefined;
}

/** The TLP level a marking-definition object states, if any. */
export function statedTlp(definition: StixObject): TlpLevel | undefined {
  const tlp1 = (definition.definition as { tlp?: unknown } | undefined)?.tlp;
  if (definition.definition_type === 'tlp' && typeof tlp1 === 'string') return parseMaxTlp(tlp1);
  for (const extension of Object.values((definition.extensions ?? {}) as Record<string, unknown>)) {
    const tlp2 = (extension as { tlp_2_0?: unknown } | null)?.tlp_2_0;
    if (typeof tlp2 === 'string') return parseMaxTlp(tlp2);
  }
  return undefined;
}

export class TlpPolicy {
  private readonly levels = new Map<string, TlpLevel>(PREDEFINED_TLP);

  constructor(
    readonly maxTlp: TlpLevel,
    storedDefinitions: readonly StixObject[] = [],
  ) {
    for (const definition of storedDefinitions) {
      const level = statedTlp(definition);
      if (level) this.levels.set(definition.id, level);
    }
  }

  /** Most restrictive TLP level among the object's markings, or undefined when it has none. */
  levelOf(object: StixObject): TlpLevel | undefined {
    const refs = [...(object.object_marking_refs ?? [])];
    const granular = object.granular_markings;
    if (Array.isArray(granular)) {
      for (const g of granular as { marking_ref?: unknown }[]) {
        if (typeof g?.marking_ref === 'string') refs.push(g.marking_ref as `${string}--${string}`);
      }
    }
    let worst: TlpLevel | undefined;
    for (const ref of refs) {
      const level = this.levels.get(ref);
      if (level && (worst === undefined || rank(level) > rank(worst))) worst = level;
    }
    return worst;
  }

  allows(object: StixObject): boolean {
    const level = this.levelOf(object);
    return level === undefined || rank(level) <= rank(this.maxTlp);
  }
}
