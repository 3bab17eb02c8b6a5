/**
 * Upgrades a STIX 2.0 object to STIX 2.1 on the way in; 2.1 objects pass through untouched (same
 * reference), so 2.1 input round-trips exactly. Rules from STIX 2.1 Appendix "Changes from STIX 2.0"
 * and the differences MITRE's own 2.0→2.1 conversion of ATT&CK shows (mitre-attack PROVENANCE):
 * - every object gets `spec_version: "2.1"` (2.0 objects carry none; SCOs without one are 2.1 already);
 * - 2.0 `labels` on malware/tool/threat-actor/indicator/report held open-vocabulary values that moved
 *   to `malware_types`/`tool_types`/`threat_actor_types`/`indicator_types`/`report_types` (§6.7, §4.x);
 *   vocabulary values move, a label equal to the object type ("malware" on ATT&CK malware) is dropped as
 *   MITRE does, and any other label stays a label;
 * - malware gets `is_family: true` when absent (2.1 §4.11 requires it; 2.0 malware described families);
 * - indicator gets `pattern_type: "stix"` when absent (2.0 patterns were always STIX patterns, §4.7).
 * `identity_class` (required in 2.0, optional in 2.1) is kept as is.
 */
import type { StixObject } from './object.ts';
import { categoryOf } from './type-registry.ts';
import {
  INDICATOR_TYPE_OV,
  MALWARE_TYPE_OV,
  REPORT_TYPE_OV,
  THREAT_ACTOR_TYPE_OV,
  TOOL_TYPE_OV,
} from './vocab.ts';

interface LabelVocabulary {
  readonly property: string;
  readonly values: ReadonlySet<string>;
}

const movesTo = (property: string, values: readonly string[]): LabelVocabulary => ({
  property,
  values: new Set(values),
});

/** STIX 2.1 §10 open vocabularies (vocab.ts) that replaced 2.0 `labels`. */
const TYPE_VOCABULARIES: Readonly<Record<string, LabelVocabulary>> = {
  malware: movesTo('malware_types', MALWARE_TYPE_OV),
  tool: movesTo('tool_types', TOOL_TYPE_OV),
  'threat-actor': movesTo('threat_actor_types', THREAT_ACTOR_TYPE_OV),
  indicator: movesTo('indicator_types', INDICATOR_TYPE_OV),
  report: movesTo('report_types', REPORT_TYPE_OV),
};

/**
 * True when the object is STIX 2.0: `spec_version` "2.0", or none on an object that is not an SCO.
 * SCOs did not exist as top-level objects in 2.0 and their `spec_version` is optional in 2.1 (§6), so
 * an SCO without one is 2.1 already.
 */
export function isStix20(object: Readonly<Record<string, unknown>>): boolean {
  if (object.spec_version === '2.0') return true;
  if (object.spec_version !== undefined) return false;
  return typeof object.type !== 'string' || categoryOf(object.type) !== 'sco';
}

/**
 * Returns the STIX 2.1 form of `object`. A 2.1 object is returned as is; a 2.0 object is copied with
 * `spec_version` placed right after `type` and the rules above applied. Never mutates its input.
 */
export function upgradeToStix21<T extends Readonly<Record<string, unknown>>>(
  object: T,
): T | StixObject {
  if (!isStix20(object)) return object;
  const { type, spec_version: _old, ...rest } = object as Record<string, unknown>;
  const upgraded: Record<string, unknown> = { type, spec_version: '2.1', ...rest };
  const vocabulary = typeof type === 'string' ? TYPE_VOCABULARIES[type] : undefined;
  if (vocabulary && Array.isArray(upgraded.labels)) {
    const labels = upgraded.labels as unknown[];
    // When the 2.1 property is already there, labels stay labels: nothing is overwritten.
    const canMove = upgraded[vocabulary.property] === undefined;
    const moves = (label: unknown): label is string =>
      canMove && typeof label === 'string' && vocabulary.values.has(label);
    const moved = labels.filter(moves);
    const kept = labels.filter((label) => !moves(label) && label !== type);
    if (moved.length > 0) upgraded[vocabulary.property] = moved;
    if (kept.length > 0) upgraded.labels = kept;
    else delete upgraded.labels;
  }
  if (type === 'malware' && upgraded.is_family === undefined) upgraded.is_family = true;
  if (type === 'indicator' && upgraded.pattern_type === undefined) upgraded.pattern_type = 'stix';
  return upgraded as StixObject;
}
