/**
 * Which objects an export may emit under `--max-tlp` (ARCHITECTURE.md "TLP markings", rule 3). Levels of
 * the predefined TLP 1.0 and 2.0 marking ids come from core (`tlpLevelOf`: 1.0 ids read as their 2.0
 * level, WHITE→CLEAR); marking definitions found in the store that state a TLP level under another id
 * (`definition_type: "tlp"` or the TLP 2.0 extension's `tlp_2_0`) count too. Unmarked objects are
 * unrestricted. Granular markings count like object markings: an object with any part above the limit
 * is withheld whole (never partially redacted).
 */
import { parseTlpLevel, tlpLevelOf, tlpRank } from '@vigil/core';
import type { StixObject } from '@vigil/core';

export type TlpLevel = NonNullable<ReturnType<typeof parseTlpLevel>>;

/** `--max-tlp` as users write it (`amber`, `TLP:AMBER+STRICT`, `white` → clear). */
export const parseMaxTlp = (text: string): TlpLevel | undefined => parseTlpLevel(text);

/** The TLP level a marking-definition object states, if any. */
export function statedTlp(definition: StixObject): TlpLevel | undefined {
  const tlp1 = (definition.definition as { tlp?: unknown } | undefined)?.tlp;
  if (definition.definition_type === 'tlp' && typeof tlp1 === 'string') return parseTlpLevel(tlp1);
  for (const extension of Object.values((definition.extensions ?? {}) as Record<string, unknown>)) {
    const tlp2 = (extension as { tlp_2_0?: unknown } | null)?.tlp_2_0;
    if (typeof tlp2 === 'string') return parseTlpLevel(tlp2);
  }
  return undefined;
}

/** Every marking id an object carries: `object_marking_refs` and `granular_markings[].marking_ref`. */
function markingRefs(object: StixObject): string[] {
  const refs: string[] = [...(object.object_marking_refs ?? [])];
  const granular = object.granular_markings;
  if (Array.isArray(granular)) {
    for (const g of granular as { marking_ref?: unknown }[]) {
      if (typeof g?.marking_ref === 'string') refs.push(g.marking_ref);
    }
  }
  return refs;
}

export class TlpPolicy {
  private readonly stated = new Map<string, TlpLevel>();

  constructor(
    readonly maxTlp: TlpLevel,
    storedDefinitions: readonly StixObject[] = [],
  ) {
    for (const definition of storedDefinitions) {
      const level = statedTlp(definition);
      if (level) this.stated.set(definition.id, level);
    }
  }

  /** Most restrictive TLP level among the object's markings, or undefined when it has none. */
  levelOf(object: StixObject): TlpLevel | undefined {
    let worst: TlpLevel | undefined;
    for (const ref of markingRefs(object)) {
      const level = tlpLevelOf(ref) ?? this.stated.get(ref);
      if (level && (worst === undefined || tlpRank(level) > tlpRank(worst))) worst = level;
    }
    return worst;
  }

  allows(object: StixObject): boolean {
    const level = this.levelOf(object);
    return level === undefined || tlpRank(level) <= tlpRank(this.maxTlp);
  }
}
