/**
 * A person the report names (extract/entities/people.ts): a STIX threat-actor whose resource_level is
 * "individual". People are the hands behind an actor, never the actor a briefing is about or its sponsor.
 */
import type { ExtractedEntity } from './types.ts';

export const isPerson = (entity: ExtractedEntity): boolean =>
  entity.type === 'threat-actor' && entity.properties?.['resource_level'] === 'individual';
