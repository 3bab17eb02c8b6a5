/**
 * How a report names an entity. Knowledge resolves "APT31" to ATT&CK's ZIRCONIUM, but an analyst reading
 * about a report expects the name the report used, with the knowledge object alongside.
 */
import type { EntityType, ExtractedEntity } from './types.ts';

/** Who acted: for these the report's own wording matters (aliases differ by vendor). */
export const ACTOR_ENTITY_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  'intrusion-set',
  'threat-actor',
  'campaign',
]);

/**
 * The name as the report writes it most often ("APT31"), which may differ from the knowledge name; of names
 * written as often, the knowledge name, else the one written first ("Salt Typhoon. Others call it
 * GhostEmperor and FamousSparrow.").
 */
export function writtenName(entity: ExtractedEntity): string {
  const counts = new Map<string, number>();
  for (const m of entity.mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  let best: string | undefined;
  for (const [name, count] of counts) {
    const bestCount = best === undefined ? 0 : counts.get(best)!;
    if (count > bestCount || (count === bestCount && name === entity.name)) best = name;
  }
  return best ?? entity.name;
}

/**
 * The name to show: as written for an actor resolved to knowledge; otherwise the entity's own name,
 * since a new activity is named by the pipeline ("Intrusion into ...") from mentions like "breach",
 * and a technique's mentions are descriptions rather than names.
 */
export const displayName = (entity: ExtractedEntity): string => {
  if (!entity.ref) return entity.name;
  if (ACTOR_ENTITY_TYPES.has(entity.type)) return writtenName(entity);
  // A knowledge name all in lower case ("black suit", a MISP cluster's) is shown as the report writes it
  // ("BlackSuit") where the two differ only in case and spacing.
  if (/\p{Lu}/u.test(entity.name)) return entity.name;
  const written = writtenName(entity);
  return squeezed(written) === squeezed(entity.name) ? written : entity.name;
};
/** A name's letters alone, case, spaces and hyphens aside: "APT 31" and "apt31" are one spelling. */
export const squeezed = (name: string): string => name.toLowerCase().replace(/[\s-]+/gu, '');
