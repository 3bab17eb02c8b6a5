/**
 * `vigil analyze --format stix` writes a bundle in which every reference to an identity or a marking
 * definition resolves: the report's TLP 2.0 definition, and the creator and markings of the stored
 * knowledge it refers to (an ATT&CK group carries MITRE's identity and statement marking; a group
 * imported with a TLP 2.0 marking but without its definition gets core's).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TLP2, type StixObject } from '@vigil/core';
import { openRepository } from '@vigil/store';
import { runVigil } from '../../../../test-support/cli.ts';
import { describeWithData } from '../../../../test-support/data.ts';
import { expectSchemaValid } from '../../../../test-support/stix-schemas.ts';

const MITRE = 'identity--c78cb6e5-0c4b-4611-8297-d1b8b55e40b5';
const STATEMENT = 'marking-definition--fa42a846-8d90-4e51-bc29-71d5b4802168';
const when = '2024-01-01T00:00:00.000Z';
const knowledge: StixObject[] = [
  {
    type: 'identity',
    spec_version: '2.1',
    id: MITRE,
    created: when,
    modified: when,
    name: 'The MITRE Corporation',
    identity_class: 'organization',
  },
  {
    type: 'marking-definition',
    spec_version: '2.1',
    id: STATEMENT,
    created: when,
    created_by_ref: MITRE,
    definition_type: 'statement',
    definition: { statement: 'Copyright The MITRE Corporation.' },
  },
  {
    type: 'intrusion-set',
    spec_version: '2.1',
    id: 'intrusion-set--4283ae19-69c7-4347-a35e-b56f08eb660b',
    created: when,
    modified: when,
    name: 'ZIRCONIUM',
    aliases: ['ZIRCONIUM', 'APT31'],
    created_by_ref: MITRE,
    object_marking_refs: [STATEMENT],
  },
  {
    type: 'malware',
    spec_version: '2.1',
    id: 'malware--5a3f6a1e-2a55-4b43-9f3c-6ad1a7d1b0a2',
    created: when,
    modified: when,
    name: 'ShadowPadX',
    is_family: true,
    object_marking_refs: [TLP2.green.id],
  },
];

let dir = '';
let bundle: { objects: StixObject[] } = { objects: [] };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-analyze-stix-'));
  const db = join(dir, 'vigil.sqlite');
  const repo = await openRepository(db);
  await repo.put(knowledge);
  await repo.close();
  const file = join(dir, 'note.txt');
  writeFileSync(file, 'Note\n\nAPT31 deployed ShadowPadX malware through 203.0.113.9.\n');
  const run = await runVigil(['--db', db, 'analyze', file, '--format', 'stix', '--tlp', 'amber'], {
    env: { VIGIL_HOME: dir },
  });
  expect(run.code, run.stderr).toBe(0);
  bundle = JSON.parse(run.stdout) as { objects: StixObject[] };
});

describe('vigil analyze --format stix', () => {
  it('resolves every identity and marking it cites, each object once', () => {
    const ids = bundle.objects.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cited = bundle.objects.flatMap((o) => [
      ...(o.created_by_ref ? [o.created_by_ref] : []),
      ...(o.object_marking_refs ?? []),
    ]);
    expect(cited.filter((ref) => !ids.includes(ref))).toEqual([]);
    expect(ids).toEqual(expect.arrayContaining([MITRE, STATEMENT, TLP2.amber.id, TLP2.green.id]));
  });

  describeWithData('against the official OASIS schemas', ['oasis-stix2-json-schemas'], () => {
    it('is valid', () => expectSchemaValid(bundle.objects));
  });
});
