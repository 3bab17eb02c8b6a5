/**
 * "Disrupting Lumma Stealer: Microsoft leads global action …  Threat actors, including Octo Tempest and
 * Storm-1607, have used Lumma": a report about a family its title names, which several actors use. None of them
 * is who the report is about; the Who names the family's users, and no one actor's background stands for it.
 */
import { isPerson } from '../analysis/person.ts';
import type { Analysis, ExtractedEntity } from '../analysis/types.ts';
import { ACTORS, firstWritten } from './co-actors.ts';

export interface SharedFamily {
  readonly family: ExtractedEntity;
  /** Its users, in the order the report first names them. */
  readonly users: readonly ExtractedEntity[];
}

/** Fewer users make the one the report is about. */
const MOST_USERS_OF_ONE = 1;

export function sharedFamily(analysis: Analysis): SharedFamily | undefined {
  const inTitle = (e: ExtractedEntity): boolean => e.mentions.some((m) => m.sentence === 0);
  const actors = analysis.entities.filter((e) => ACTORS.has(e.type) && !isPerson(e));
  if (actors.some(inTitle)) return undefined;
  // An intrusion the report attributes makes it about the actor it attributes it to.
  if (
    analysis.relations.some((r) => r.type === 'attributed-to' && r.source.startsWith('campaign:'))
  )
    return undefined;
  const family = analysis.entities.find((e) => e.type === 'malware' && inTitle(e));
  if (!family) return undefined;
  const using = new Set(
    analysis.relations
      .filter((r) => r.type === 'uses' && r.target === family.key)
      .map((r) => r.source),
  );
  const users = actors.filter((a) => using.has(a.key));
  if (users.length <= MOST_USERS_OF_ONE) return undefined;
  return { family, users: users.sort((a, b) => firstWritten(a) - firstWritten(b)) };
}
