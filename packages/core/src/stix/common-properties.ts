/**
 * Common properties (STIX 2.1 §3.2, Table 3.1 "Common Properties"): which of them each object category
 * requires, allows, or forbids.
 */
import { p, required } from './property-spec.ts';

const shared = {
  id: required(p.ref()),
  spec_version: p.enumOf(['2.1']),
  object_marking_refs: p.refs('marking-definition'),
  granular_markings: p.list({ kind: 'granular-marking' }),
  extensions: p.extensions(),
} as const;

/** SDOs and SROs (and unknown custom object types, which get only these checks). */
export const SDO_COMMON = {
  ...shared,
  spec_version: required(p.enumOf(['2.1'])),
  created_by_ref: p.ref('identity'),
  created: required(p.timestampMillis()),
  modified: required(p.timestampMillis()),
  revoked: p.boolean(),
  labels: p.strings(),
  confidence: p.integer(0, 100),
  lang: p.string(),
  external_references: p.list({ kind: 'external-reference' }),
} as const;

/** SCOs: no created/modified; `defanged` only here (§3.2, §6.1). */
export const SCO_COMMON = {
  ...shared,
  defanged: p.boolean(),
} as const;

/** Marking definitions (§7.2.1): created but no modified (they are never versioned). */
export const MARKING_COMMON = {
  ...shared,
  spec_version: required(p.enumOf(['2.1'])),
  created_by_ref: p.ref('identity'),
  created: required(p.timestampMillis()),
  external_references: p.list({ kind: 'external-reference' }),
} as const;
