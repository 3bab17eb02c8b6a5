/** MISP galaxy clusters -> STIX 2.1 on the real galaxy files, checked against the OASIS schemas. */
import { expect, it } from 'vitest';
import { describeWithData } from '../../../../test-support/data.ts';
import { readGalaxyFiles } from '../../../../test-support/knowledge.ts';
import { expectSchemaValid } from '../../../../test-support/stix-schemas.ts';
import { validateObject } from '../stix/validate.ts';
import type { GalaxyClusterFile } from './misp-galaxy.ts';
import { parseGalaxyClusterFile } from './misp-galaxy.ts';
import {
  danglingRelatedUuids,
  galaxiesToStix,
  galaxyTag,
  locationIdForCountry,
  MISP_IDENTITY_ID,
} from './misp-galaxy-to-stix.ts';

const APT31_UUID = '6bf7e6b6-5917-45a6-9567-f0baba79768c';
const T = '2026-01-01T00:00:00.000Z';

it('rejects malformed cluster files with the JSON path', () => {
  expect(() => parseGalaxyClusterFile([])).toThrow(/\$: a cluster file/);
  expect(() =>
    parseGalaxyClusterFile({
      type: 'tool',
      name: 'Tool',
      uuid: APT31_UUID,
      values: [{ value: 'x', uuid: 'nope' }],
    }),
  ).toThrow(/\$\.values\[0\]: uuid/);
});

it('makes exploit kits malware families of that STIX malware type', () => {
  const file = parseGalaxyClusterFile({
    type: 'exploit-kit',
    name: 'Exploit-Kit',
    uuid: '6ab240ec-bd79-400e-9b7d-0b8b8ca8f0c1',
    values: [
      {
        value: 'Vantorek',
        uuid: '3a1b7e52-9c4d-4f0e-8b6a-2d5c7e9f1a03',
        meta: { synonyms: ['Vantorek EK'] },
      },
    ],
  });
  const kit = galaxiesToStix([file], T).objects.find((o) => o.type === 'malware');
  expect(kit).toMatchObject({
    name: 'Vantorek',
    aliases: ['Vantorek EK'],
    is_family: true,
    malware_types: ['exploit-kit'],
  });
  expect(validateObject(kit!).ok).toBe(true);
});

it('links a related cluster outside the files to the known object of that UUID, and lists it as dangling', () => {
  const attackUuid = '5b8e3c1a-7d2f-4e6a-9c0b-1f3d5a7e9b24';
  const file = parseGalaxyClusterFile({
    type: 'tool',
    name: 'Tool',
    uuid: '0a6c3e1f-2b4d-4c8e-9f1a-3b5d7e9f0c12',
    values: [
      {
        value: 'GLINTCALL',
        uuid: '7c2e4a6b-8d0f-4a1c-b3e5-d7f9a1c3e5b7',
        related: [{ 'dest-uuid': attackUuid, type: 'similar' }],
      },
    ],
  });
  expect(danglingRelatedUuids([file])).toEqual([attackUuid]);
  const unknown = galaxiesToStix([file], T).objects.filter((o) => o.type === 'relationship');
  expect(unknown).toEqual([]);
  const attackId = `malware--${attackUuid}` as const;
  const known = galaxiesToStix([file], T, new Map([[attackUuid, attackId]])).objects;
  const tool = known.find((o) => o.type === 'tool');
  expect(known.filter((o) => o.type === 'relationship')).toEqual([
    expect.objectContaining({
      relationship_type: 'similar',
      source_ref: tool?.id,
      target_ref: attackId,
    }),
  ]);
});

describeWithData('galaxiesToStix', ['misp-galaxy'], (dir) => {
  let files: GalaxyClusterFile[] | undefined;
  const load = () => (files ??= readGalaxyFiles(dir));

  it('converts every supported cluster to one object with a deterministic, non-MISP id', () => {
    const first = galaxiesToStix(load(), T);
    const again = galaxiesToStix(load(), T);
    expect(again.objects).toEqual(first.objects);
    const clusters = load().reduce((n, f) => n + f.values.length, 0);
    const converted = first.objects.filter((o) => typeof o.x_misp_galaxy === 'string');
    expect(
      converted.length + first.issues.filter((i) => i.code === 'duplicate_cluster').length,
    ).toBe(clusters);
    const mispUuids = new Set(load().flatMap((f) => f.values.map((v) => v.uuid)));
    for (const o of converted)
      expect(mispUuids.has(o.id.slice(o.id.indexOf('--') + 2))).toBe(false);
    expect(converted.every((o) => o.created_by_ref === MISP_IDENTITY_ID)).toBe(true);
  });

  it('maps the APT31 threat-actor cluster to an intrusion set with synonyms, tag, refs and country', () => {
    const { objects } = galaxiesToStix(load(), T);
    const source = load()
      .find((f) => f.type === 'threat-actor')
      ?.values.find((v) => v.uuid === APT31_UUID);
    const apt31 = objects.find(
      (o) => o.x_misp_galaxy === 'threat-actor' && o.x_misp_value === 'APT31',
    );
    expect(apt31?.type).toBe('intrusion-set');
    expect(apt31?.aliases).toEqual(
      expect.arrayContaining(['ZIRCONIUM', 'JUDGMENT PANDA', 'Violet Typhoon']),
    );
    expect(apt31?.x_misp_country).toBe(source?.meta?.country);
    const refs = apt31?.external_references ?? [];
    expect(refs[0]).toMatchObject({ source_name: 'misp-galaxy', external_id: APT31_UUID });
    expect(refs[0]?.description).toBe(galaxyTag('threat-actor', 'APT31'));
    const urls = (source?.meta?.refs as string[]).length;
    expect(refs.filter((r) => r.url && r.source_name !== 'misp-galaxy').length).toBe(urls);
    const origin = objects.find(
      (o) =>
        o.type === 'relationship' &&
        o.source_ref === apt31?.id &&
        o.relationship_type === 'originates-from',
    );
    expect(origin?.target_ref).toBe(locationIdForCountry('CN'));
  });

  it('keeps ATT&CK ids of the mitre-* mirrors as mitre-attack references', () => {
    const { objects } = galaxiesToStix(load(), T);
    const zirconium = objects.find((o) => o.x_misp_value === 'ZIRCONIUM - G0128');
    expect(zirconium?.name).toBe('ZIRCONIUM');
    expect(zirconium?.external_references).toContainEqual(
      expect.objectContaining({ source_name: 'mitre-attack', external_id: 'G0128' }),
    );
  });

  describeWithData('schemas', ['oasis-stix2-json-schemas'], () => {
    it("emits objects valid against the OASIS STIX 2.1 schemas and Vigil's validator", () => {
      const { objects } = galaxiesToStix(load(), T);
      const sample = [
        'intrusion-set',
        'malware',
        'tool',
        'attack-pattern',
        'course-of-action',
        'location',
        'identity',
        'relationship',
      ].flatMap((type) => objects.filter((o) => o.type === type).slice(0, 50));
      expectSchemaValid(sample);
      const invalid = objects.filter((o) => !validateObject(o).ok);
      expect(invalid.map((o) => o.id)).toEqual([]);
    });
  });
});
