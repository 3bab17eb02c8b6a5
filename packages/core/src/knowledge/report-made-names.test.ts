/**
 * Offline-first: an intrusion set Vigil made from a report's name ("APT31" read before ATT&CK was
 * imported) joins the one cluster that name resolves to once the knowledge is there, and stays apart
 * when the name names several.
 */
import { describe, expect, it } from 'vitest';
import { VIGIL_IDENTITY_ID } from '../analyze/provenance.ts';
import { vigilId } from '../stix/ids.ts';
import type { StixObject } from '../stix/object.ts';
import { computeEntityClusters } from './entity-clusters.ts';

const MITRE = 'identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5';
const base = {
  type: 'intrusion-set',
  spec_version: '2.1',
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
};
const attack = (name: string, aliases: string[], gid: string): StixObject => ({
  ...base,
  id: vigilId('intrusion-set', 'attack', gid),
  name,
  aliases: [name, ...aliases],
  created_by_ref: MITRE,
  external_references: [{ source_name: 'mitre-attack', external_id: gid }],
});
const fromReport = (name: string): StixObject => ({
  ...base,
  id: vigilId('intrusion-set', name.toLowerCase()),
  name,
  created_by_ref: VIGIL_IDENTITY_ID,
});

describe('report-made names', () => {
  it('join the one cluster their name resolves to', () => {
    const zirconium = attack('ZIRCONIUM', ['APT31', 'Violet Typhoon'], 'G0128');
    const made = fromReport('APT31');
    const clustering = computeEntityClusters([zirconium, made]);
    expect(clustering.clusterOf(made.id)?.id).toBe(clustering.clusterOf(zirconium.id)?.id);
    expect(clustering.lookup('APT31')).toHaveLength(1);
    expect(clustering.conflicts).toEqual([]);
  });

  it('stay apart when the name belongs to two clusters', () => {
    const one = attack('Sandworm Team', ['IRIDIUM'], 'G0034');
    const two = attack('Other Group', ['IRIDIUM'], 'G9999');
    const made = fromReport('IRIDIUM');
    const clustering = computeEntityClusters([one, two, made]);
    expect(clustering.clusterOf(made.id)?.id).not.toBe(clustering.clusterOf(one.id)?.id);
    expect(clustering.clusterOf(made.id)?.id).not.toBe(clustering.clusterOf(two.id)?.id);
  });
});
