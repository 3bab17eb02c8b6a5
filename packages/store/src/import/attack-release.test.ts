/**
 * The ATT&CK release recorded for real bundles: the 2.1 ICS bundle states it in its x-mitre-collection;
 * the Enterprise bundle assembled from mitre/cti does not, so its release is unknown unless the file
 * name carries one, and the record says which.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { StixObject } from '@vigil/core';
import { describeWithData } from '../../../../test-support/data.ts';
import { AttackReleaseTracker, attackMeta, releaseFromName } from './attack-release.ts';

const objectsOf = (path: string) =>
  (JSON.parse(readFileSync(path, 'utf8')) as { objects: StixObject[] }).objects;

function track(objects: readonly StixObject[], name?: string) {
  const tracker = new AttackReleaseTracker(name);
  for (const object of objects) tracker.observe(object);
  return tracker.result;
}

it('reads a release only from a versioned file name, as attack-stix-data names them', () => {
  expect(releaseFromName('/data/enterprise-attack-18.1.json')).toBe('18.1');
  expect(releaseFromName('enterprise-attack_v17.0.json')).toBe('17.0');
  expect(
    releaseFromName(
      'https://raw.githubusercontent.com/mitre-attack/attack-stix-data/master/enterprise-attack/enterprise-attack-16.1.json?raw=1',
    ),
  ).toBe('16.1');
  expect(releaseFromName('/data/enterprise-attack.json')).toBeUndefined();
  expect(releaseFromName('/data/v18.1/enterprise-attack.json')).toBeUndefined();
  expect(releaseFromName('enterprise-attack-18.1.json.gz')).toBeUndefined();
});

describeWithData(
  'ATT&CK release of the Enterprise bundle (no x-mitre-collection)',
  ['mitre-attack', 'enterprise-attack.json'],
  (path) => {
    const objects = objectsOf(path);

    it('records no release from the content, only the spec version and the newest modified', () => {
      expect(objects.some((o) => o.type === 'x-mitre-collection')).toBe(false);
      const release = track(objects, path);
      expect(release.version).toBeUndefined();
      expect(release.versionSource).toBeUndefined();
      const specs = objects.map((o) => o.x_mitre_attack_spec_version).filter(Boolean) as string[];
      expect(release.specVersion).toBe(
        specs.sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1),
      );
      expect(attackMeta(release)).not.toHaveProperty('attack.version');
    });

    it('takes the release from a versioned file name and says so', () => {
      const release = track(objects, '/downloads/enterprise-attack-18.1.json');
      expect(release).toMatchObject({ version: '18.1', versionSource: 'file name' });
      expect(attackMeta(release)).toMatchObject({
        'attack.version': '18.1',
        'attack.version_source': 'file name',
      });
    });
  },
);

describeWithData(
  'ATT&CK release of the ICS bundle (x-mitre-collection)',
  ['mitre-attack', 'ics-attack.json'],
  (path) => {
    it("takes the collection's release, over a file name that disagrees", () => {
      const objects = objectsOf(path);
      const collection = objects.find((o) => o.type === 'x-mitre-collection')!;
      const release = track(objects, '/downloads/ics-attack-17.0.json');
      expect(release).toMatchObject({
        version: collection.x_mitre_version,
        versionSource: 'x-mitre-collection',
        collectionName: collection.name,
      });
    });
  },
);
