/**
 * The identifiers an object points at: every `*_ref` / `*_refs` property (STIX 2.1 §3.1 naming rule)
 * plus `granular_markings[].marking_ref` (§7.2.3). Dangling-reference checks run over these.
 */
import { TLP1, TLP2 } from '@vigil/core';

export interface Reference {
  readonly property: string;
  readonly ref: string;
}

/** TLP 1.0 and 2.0 marking definitions are predefined by the spec (§7.2.1.4): always resolvable. */
export const PREDEFINED_MARKINGS: ReadonlySet<string> = new Set(
  [...Object.values(TLP1), ...Object.values(TLP2)].map((marking) => marking.id),
);

export function referencesOf(object: Readonly<Record<string, unknown>>): Reference[] {
  const out: Reference[] = [];
  for (const [property, value] of Object.entries(object)) {
    // An empty string is no reference (ATT&CK leaves `x_mitre_data_source_ref: ""` on deprecated objects).
    if (property.endsWith('_ref') && typeof value === 'string' && value !== '') {
      out.push({ property, ref: value });
    } else if (property.endsWith('_refs') && Array.isArray(value)) {
      for (const ref of value)
        if (typeof ref === 'string' && ref !== '') out.push({ property, ref });
    }
  }
  const granular = object.granular_markings;
  if (Array.isArray(granular)) {
    for (const marking of granular as unknown[]) {
      const ref = (marking as { marking_ref?: unknown } | null)?.marking_ref;
      if (typeof ref === 'string') out.push({ property: 'granular_markings.marking_ref', ref });
    }
  }
  return out;
}
