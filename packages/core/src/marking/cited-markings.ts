/**
 * The TLP marking definitions a set of objects cites, so a bundle can carry them. TLP 2.0 definitions
 * are not in the STIX 2.1 spec (a consumer cannot resolve `marking-definition--bab4a63c…` unless the
 * bundle brings it), and TLP 1.0 ones cost a few lines, so every bundle Vigil writes includes both
 * (ARCHITECTURE.md "TLP markings").
 */
import type { MarkingDefinition } from '../stix/object-types.ts';
import { TLP1, TLP2 } from './tlp.ts';

const PREDEFINED: ReadonlyMap<string, MarkingDefinition> = new Map(
  [...Object.values(TLP1), ...Object.values(TLP2)].map((d): [string, MarkingDefinition] => [
    d.id,
    d,
  ]),
);

/** The TLP 1.0 or 2.0 marking definition with this id, or undefined when it is not one of them. */
export const predefinedMarking = (id: string): MarkingDefinition | undefined => PREDEFINED.get(id);

interface Marked {
  readonly id?: string;
  readonly object_marking_refs?: readonly string[];
  readonly granular_markings?: unknown;
}

function markingRefsOf(object: Marked): string[] {
  const refs = [...(object.object_marking_refs ?? [])];
  if (Array.isArray(object.granular_markings)) {
    for (const g of object.granular_markings as { marking_ref?: unknown }[]) {
      if (typeof g?.marking_ref === 'string') refs.push(g.marking_ref);
    }
  }
  return refs;
}

/**
 * The predefined TLP definitions `objects` cite (object and granular markings) that are not among
 * them already: each once, in id order.
 */
export function citedTlpDefinitions(objects: Iterable<Marked>): MarkingDefinition[] {
  const present = new Set<string>();
  const cited = new Map<string, MarkingDefinition>();
  for (const object of objects) {
    if (object.id) present.add(object.id);
    for (const ref of markingRefsOf(object)) {
      const definition = PREDEFINED.get(ref);
      if (definition) cited.set(ref, definition);
    }
  }
  return [...cited.values()]
    .filter((d) => !present.has(d.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
