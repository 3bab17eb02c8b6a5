/**
 * `vigil brief --format stix` is a bundle a STIX consumer imports alone: every reference in it resolves
 * inside it, including the briefing report's references to its subject (the analyzed report and the
 * actor), which come with what they cite.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TLP2_EXTENSION_ID, type StixObject } from '@vigil/core';
import { runVigil } from '../../../../test-support/cli.ts';
import { expectSchemaValid } from '../../../../test-support/stix-schemas.ts';

const GROUP = 'intrusion-set--0c7e5a6d-3f5a-4b7e-9d61-2f6b9f1c0a11';
const knowledge: StixObject[] = [
  {
    type: 'intrusion-set',
    spec_version: '2.1',
    id: GROUP,
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    name: 'ZIRCONIUM',
    aliases: ['ZIRCONIUM', 'APT31'],
    external_references: [{ source_name: 'mitre-attack', external_id: 'G0128' }],
  },
];
const REPORT =
  "The government of Norway said that APT31, a unit of China's Ministry of State Security, breached its foreign ministry.";

let dir = '';
const vigil = (...args: string[]) =>
  runVigil(['--db', join(dir, 'vigil.sqlite'), ...args], { env: { VIGIL_HOME: dir } });

/**
 * Every `*_ref`, `*_refs` id and extension definition the bundle does not hold (but the one TLP 2.0
 * marking definitions are written with: OASIS publishes it, consumers know it).
 */
function unresolved(objects: readonly StixObject[]): string[] {
  const ids = new Set<string>(objects.map((o) => o.id));
  const missing: string[] = [];
  for (const object of objects) {
    for (const [key, value] of Object.entries(object)) {
      const refs = key.endsWith('_refs')
        ? (value as string[])
        : key.endsWith('_ref')
          ? [value]
          : [];
      for (const ref of refs) if (typeof ref === 'string' && !ids.has(ref)) missing.push(ref);
    }
    for (const key of Object.keys(object.extensions ?? {}))
      if (key.startsWith('extension-definition--') && key !== TLP2_EXTENSION_ID && !ids.has(key))
        missing.push(key);
  }
  return missing;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-brief-stix-'));
  writeFileSync(join(dir, 'knowledge.json'), JSON.stringify(knowledge));
  writeFileSync(join(dir, 'report.txt'), REPORT);
  const imported = await vigil('import', join(dir, 'knowledge.json'));
  expect(imported.code, imported.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('carries the stored report and actor it references, and what they cite', async () => {
  const ingested = await vigil('ingest', join(dir, 'report.txt'), '--quiet', '--tlp', 'green');
  expect(ingested.code, ingested.stderr).toBe(0);
  const reportId = ingested.stdout.trim();
  const run = await vigil('brief', reportId, '--format', 'stix');
  expect(run.code, run.stderr).toBe(0);
  const { objects } = JSON.parse(run.stdout) as { objects: StixObject[] };
  expect(unresolved(objects)).toEqual([]);
  const ids = objects.map((o) => o.id);
  expect(new Set(ids).size).toBe(ids.length);
  const briefing = objects.find((o) => o.type === 'report' && o.id !== reportId);
  expect(briefing?.object_refs).toEqual(expect.arrayContaining([reportId, GROUP]));
  expect(
    objects.some((o) => o.type === 'threat-actor' && o.name === 'Ministry of State Security'),
  ).toBe(true);
  expectSchemaValid(objects);
});

it('briefing on an actor by name carries the actor', async () => {
  const run = await vigil('brief', 'APT31', '--format', 'stix');
  expect(run.code, run.stderr).toBe(0);
  const { objects } = JSON.parse(run.stdout) as { objects: StixObject[] };
  expect(unresolved(objects)).toEqual([]);
  expect(objects.find((o) => o.type === 'report')?.object_refs).toContain(GROUP);
});
