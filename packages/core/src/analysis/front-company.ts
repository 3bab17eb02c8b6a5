/**
 * A company working for an actor that the report names (extract/entities/front-companies.ts): a STIX identity of
 * class organization whose roles say it fronts for an actor or a state organ, or does its hacking under contract.
 * It is no victim of the actor it works for, and a briefing names it beside that actor.
 */
import type { ExtractedEntity } from './types.ts';

export const FRONT_COMPANY_ROLE = 'front company';
/** "Integrity Tech … for its role in multiple computer intrusion incidents": it did the work, not a cover. */
export const CONTRACTOR_ROLE = 'contractor';

const hasRole = (entity: ExtractedEntity, role: string): boolean => {
  const roles = entity.properties?.['roles'];
  return entity.type === 'identity' && Array.isArray(roles) && roles.includes(role);
};

export const isFrontCompany = (entity: ExtractedEntity): boolean =>
  hasRole(entity, FRONT_COMPANY_ROLE);

export const isContractor = (entity: ExtractedEntity): boolean => hasRole(entity, CONTRACTOR_ROLE);

/** A front company or a contractor: the actor's own, never its victim. */
export const worksForActor = (entity: ExtractedEntity): boolean =>
  isFrontCompany(entity) || isContractor(entity);
