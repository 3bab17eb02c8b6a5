/**
 * A relationship (STIX 2.1 §5.1) that Vigil asserts, identified by what it links (`vigilId`) so the same
 * fact stated twice is one object. `created` is the injected time; `modified` starts equal to it.
 */
import { vigilId, type StixId } from './ids.ts';
import type { StixObject } from './object.ts';

export interface RelationshipOrigin {
  readonly created: string;
  readonly createdBy: StixId;
  readonly markingRefs?: readonly StixId[];
}

export function vigilRelationship(
  type: string,
  source: StixId,
  target: StixId,
  origin: RelationshipOrigin,
  extra: Record<string, unknown> = {},
): StixObject {
  const markingRefs = origin.markingRefs ?? [];
  return {
    type: 'relationship',
    spec_version: '2.1',
    id: vigilId('relationship', type, source, target),
    created: origin.created,
    modified: origin.created,
    created_by_ref: origin.createdBy,
    relationship_type: type,
    source_ref: source,
    target_ref: target,
    ...extra,
    ...(markingRefs.length > 0 ? { object_marking_refs: [...markingRefs] } : {}),
  };
}
