/** Small STIX objects made up for store tests (deterministic ids via vigilId, so runs are repeatable). */
import { vigilId } from '@vigil/core';
import type { StixObject } from '@vigil/core';

export const T0 = '2024-01-01T00:00:00.000Z';
export const T1 = '2024-06-01T12:00:00.000Z';
export const TLP_AMBER = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
export const TLP_GREEN = 'marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb';

export function sdo(
  type: string,
  key: string,
  properties: Record<string, unknown> = {},
): StixObject {
  return {
    type,
    spec_version: '2.1',
    id: vigilId(type, key),
    created: T0,
    modified: T0,
    ...properties,
  };
}

export function relationship(
  relationshipType: string,
  source: StixObject,
  target: StixObject,
  properties: Record<string, unknown> = {},
): StixObject {
  return sdo('relationship', `${relationshipType}|${source.id}|${target.id}`, {
    relationship_type: relationshipType,
    source_ref: source.id,
    target_ref: target.id,
    ...properties,
  });
}

/** `count` generated intrusion sets/malware/indicators, names distinct per index. */
export function generated(count: number, prefix = 'gen'): StixObject[] {
  const types = ['intrusion-set', 'malware', 'indicator'] as const;
  return Array.from({ length: count }, (_, i) => {
    const type = types[i % types.length]!;
    const extra =
      type === 'malware'
        ? { is_family: true }
        : type === 'indicator'
          ? {
              pattern: `[ipv4-addr:value = '10.0.${(i >> 8) & 255}.${i & 255}']`,
              pattern_type: 'stix',
              valid_from: T0,
            }
          : {};
    return sdo(type, `${prefix}-${i}`, {
      name: `${prefix} object ${i}`,
      description: `number ${i}`,
      ...extra,
    });
  });
}
