/**
 * `vigil brief <name>`: only actors and campaigns are briefed on by name, and a name that finds
 * nothing in a store without any actor knowledge says which syncs to run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StixObject } from '@vigil/core';
import { runVigil } from '../../../../test-support/cli.ts';

const base = {
  spec_version: '2.1',
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
};
const knowledge: StixObject[] = [
  {
    ...base,
    type: 'intrusion-set',
    id: 'intrusion-set--0c7e5a6d-3f5a-4b7e-9d61-2f6b9f1c0a11',
    name: 'ZIRCONIUM',
    aliases: ['ZIRCONIUM', 'APT31'],
  },
  {
    ...base,
    type: 'malware',
    id: 'malware--1c7e5a6d-3f5a-4b7e-9d61-2f6b9f1c0a11',
    name: 'Sakula',
    is_family: true,
  },
];

let dir = '';
const vigil = (db: string, ...args: string[]) =>
  runVigil(['--db', join(dir, db), ...args], { env: { VIGIL_HOME: dir } });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-brief-target-'));
  writeFileSync(join(dir, 'knowledge.json'), JSON.stringify(knowledge));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('on a store without actor knowledge, says so and names the syncs to run', async () => {
  const run = await vigil('empty.sqlite', 'brief', 'APT31');
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/not_found: "APT31" is neither .*known actor or campaign/u);
  expect(run.stderr).toMatch(
    /no actor knowledge yet .*`vigil sync attack`.*`vigil sync misp-galaxy`/u,
  );
});

it('briefs on an intrusion set by alias but not on software of the same store', async () => {
  const imported = await vigil('known.sqlite', 'import', join(dir, 'knowledge.json'));
  expect(imported.code, imported.stderr).toBe(0);
  const actor = await vigil('known.sqlite', 'brief', 'APT31');
  expect(actor.code, actor.stderr).toBe(0);
  expect(actor.stdout).toMatch(/^# Briefing: ZIRCONIUM$/mu);
  const software = await vigil('known.sqlite', 'brief', 'Sakula');
  expect(software.code).toBe(2);
  expect(software.stderr).toContain('nor a known actor or campaign\n');
});

it('lists the actor’s other stored reports as other reports, never the one briefed', async () => {
  const db = 'reports.sqlite';
  expect((await vigil(db, 'import', join(dir, 'knowledge.json'))).code).toBe(0);
  const ids: string[] = [];
  for (const [name, text] of [
    ['first.txt', 'The group APT31 broke into the ministry network in 2022, officials said.'],
    ['second.txt', 'APT31 sent phishing emails to members of parliament in 2021, the agency said.'],
  ] as const) {
    writeFileSync(join(dir, name), text);
    const run = await vigil(db, 'ingest', join(dir, name), '--title', name);
    expect(run.code, run.stderr).toBe(0);
    ids.push(/report--[\da-f-]{36}/u.exec(run.stdout + run.stderr)![0]);
  }
  const briefing = await vigil(db, 'brief', ids[0]!);
  expect(briefing.code, briefing.stderr).toBe(0);
  expect(briefing.stdout).toMatch(/^- \*\*Other reports on file:\*\* second\.txt$/mu);
  expect(briefing.stdout).not.toContain('Report on file: first.txt');
  expect(briefing.stdout).toContain('Report on file: second.txt');
});

it('takes no person a stored report names for the actor’s sponsor', async () => {
  const db = 'people.sqlite';
  expect((await vigil(db, 'import', join(dir, 'knowledge.json'))).code).toBe(0);
  writeFileSync(
    join(dir, 'indictment.txt'),
    'The defendants, Ni Gaobin and Weng Ming, were charged as members of APT31.',
  );
  const ingested = await vigil(db, 'ingest', join(dir, 'indictment.txt'));
  expect(ingested.code, ingested.stderr).toBe(0);
  const briefing = await vigil(db, 'brief', 'APT31');
  expect(briefing.code, briefing.stderr).toBe(0);
  expect(briefing.stdout).toContain('Other reports on file:');
  expect(briefing.stdout).not.toContain('Attributed sponsor');
});
