/**
 * A company's sector named by its own name: "Zorvex Logistics Ltd" is in transportation, "Change Healthcare
 * Inc." in healthcare. The word is the company's, not a sector the report speaks of: a mention of a sector
 * inside a company's name is dropped, and a sector entity left with none goes with it.
 */
import type { ExtractedEntity } from '../../analysis/types.ts';
import { SECTOR_OF } from './described-sectors.ts';
import { firstStartingFrom } from '../first-starting-from.ts';

/** Whether an entity is a company a report names. */
export const isCompany = (e: ExtractedEntity): boolean =>
  e.type === 'identity' &&
  e.properties?.['identity_class'] === 'organization' &&
  e.via.startsWith('company');

const isSectorClass = (e: ExtractedEntity): boolean =>
  e.type === 'identity' && e.properties?.['identity_class'] === 'class';

/** The sectors the words of a name tell, in their order. */
function sectorsOfName(name: string): string[] {
  const found = new Set<string>();
  for (const word of name.toLowerCase().split(/\P{L}+/u)) {
    const sector = SECTOR_OF.get(word);
    if (sector) found.add(sector);
  }
  return [...found];
}

export function withSectorsInNames(entities: readonly ExtractedEntity[]): ExtractedEntity[] {
  const companies = entities.filter(isCompany);
  if (companies.length === 0) return [...entities];
  // Spans of the companies' names, to drop the sector mentions inside them.
  const names = companies
    .flatMap((c) => c.mentions.map((mention) => ({ mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  // The last name starting at or before the sector's mention holds it, if any does.
  const insideName = (start: number, end: number): boolean =>
    (names[firstStartingFrom(names, start + 1) - 1]?.mention.end ?? -1) >= end;
  const out: ExtractedEntity[] = [];
  for (const e of entities) {
    if (isCompany(e) && e.properties?.['sectors'] === undefined) {
      const sectors = sectorsOfName(e.name);
      out.push(sectors.length > 0 ? { ...e, properties: { ...e.properties, sectors } } : e);
      continue;
    }
    if (!isSectorClass(e)) {
      out.push(e);
      continue;
    }
    const mentions = e.mentions.filter((m) => !insideName(m.start, m.end));
    if (mentions.length === e.mentions.length) out.push(e);
    else if (mentions.length > 0) out.push({ ...e, mentions });
  }
  return out;
}
