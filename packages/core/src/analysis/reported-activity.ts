/**
 * The activity a report attributes without naming it (extract/entities/described-activity.ts): a campaign
 * named after its report, which a briefing calls what it is, "the activity the report describes".
 */
import type { ExtractedEntity } from './types.ts';

export const REPORTED_ACTIVITY = 'described-activity';

export const isReportedActivity = (entity: ExtractedEntity): boolean =>
  entity.type === 'campaign' && entity.via === REPORTED_ACTIVITY;
