/**
 * A front company the report names (extract/entities/front-companies.ts): a STIX identity of class
 * organization whose roles say it fronts for an actor or a state organ. It is no victim of the actor it
 * fronts for, and a briefing names it beside that actor.
 */
import type { ExtractedEntity } from './types.ts';

export const FRONT_COMPANY_ROLE = 'front company';

export const isFrontCompany = (entity: ExtractedEntity): boolean => {
  const roles = entity.properties?.['roles'];
  return entity.type === 'identity' && Array.isArray(roles) && roles.includes(FRONT_COMPANY_ROLE);
};
