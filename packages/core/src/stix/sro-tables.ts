/** Relationship objects (STIX 2.1 §5) and meta objects (§7) Vigil uses, beside the common properties. */
import { p, required } from './property-spec.ts';
import { EXTENSION_TYPE_ENUM } from './vocab.ts';

export const SRO_TABLES = {
  relationship: {
    relationship_type: required(p.string()),
    description: p.string(),
    // §5.1: source and target are SDOs or SCOs, never another SRO or a meta object.
    source_ref: required(p.ref('sdo', 'sco')),
    target_ref: required(p.ref('sdo', 'sco')),
    start_time: p.timestamp(),
    stop_time: p.timestamp(),
  },
  sighting: {
    description: p.string(),
    first_seen: p.timestamp(),
    last_seen: p.timestamp(),
    count: p.integer(0, 999_999_999),
    sighting_of_ref: required(p.ref('sdo')),
    observed_data_refs: p.refs('observed-data'),
    where_sighted_refs: p.refs('identity', 'location'),
    summary: p.boolean(),
  },
} as const;

export const META_TABLES = {
  'marking-definition': {
    name: p.string(),
    definition_type: p.string(),
    definition: p.dictionary(),
  },
  'extension-definition': {
    created_by_ref: required(p.ref('identity')),
    modified: required(p.timestampMillis()),
    revoked: p.boolean(),
    labels: p.strings(),
    name: required(p.string()),
    description: p.string(),
    schema: required(p.string()),
    version: required(p.string()),
    extension_types: required(p.list(p.enumOf(EXTENSION_TYPE_ENUM))),
    extension_properties: p.strings(),
  },
} as const;
