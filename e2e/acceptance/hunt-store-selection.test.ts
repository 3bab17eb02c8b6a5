/**
 * `vigil hunt` over the store's own intelligence: every active indicator by default, or those of one
 * report (--report) or one actor named by any alias (--actor); plus --since and a bad input mid-sweep.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StixObject } from '@vigil/core';
import { openRepository } from '@vigil/store';
import { jsonHits, scratch } from './scratch.ts';

// A hand-written knowledge base: one intrusion set known under several names.
const GROUP: StixObject = {
  type: 'intrusion-set',
  spec_version: '2.1',
  id: 'intrusion-set--0c7e5a6d-3f5a-4b7e-9d61-2f6b9f1c0a11',
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
  name: 'ZIRCONIUM',
  aliases: ['ZIRCONIUM', 'APT31', 'Violet Typhoon'],
};

const ACTOR_REPORT = [
  'Ministry breach blamed on APT31',
  '',
  'The Norwegian government attributed the breach of its foreign ministry to APT31.',
  'The intruders controlled their implants through 5.188.86.172 and update-check[.]example[.]net.',
].join('\n');

const OTHER_REPORT = [
  'Commodity phishing wave',
  '',
  'A phishing wave this month sent victims to login-portal[.]fakebank-support[.]org to steal passwords.',
].join('\n');

const LOG = [
  '2026-01-10T10:00:00Z fw allow src=10.0.0.5 dst=5.188.86.172 dport=443',
  '2026-02-10T10:00:00Z dns query a.update-check.example.net',
  '2026-03-10T10:00:00Z proxy GET https://login-portal.fakebank-support.org/signin',
  '2026-04-10T10:00:00Z fw allow src=10.0.0.5 dst=5.188.86.17 dport=443',
].join('\n');

const ws = scratch('store-hunt');
let logFile = '';
let actorReport = '';

beforeAll(async () => {
  const repo = await openRepository(ws.db);
  await repo.put([GROUP]);
  await repo.close();
  const ingest = await ws.vigil([
    'ingest',
    '--quiet',
    '--published',
    '2025-12-01',
    ws.file('actor.txt', ACTOR_REPORT),
  ]);
  expect(ingest.code, ingest.stderr).toBe(0);
  actorReport = ingest.stdout.trim();
  const other = await ws.vigil(['ingest', '--quiet', ws.file('other.txt', OTHER_REPORT)]);
  expect(other.code, other.stderr).toBe(0);
  logFile = ws.file('mixed.log', LOG);
}, 180_000);

const huntedValues = async (args: string[]) => {
  const run = await ws.vigil(['hunt', '--json', ...args, logFile]);
  expect(run.code, run.stderr).toBe(0);
  return jsonHits(run.stdout).map((h) => `${h.line}:${h.value}`);
};

describe('vigil hunt with the store as the indicator source', () => {
  it('hunts every active indicator in the store when no source is given', async () => {
    expect(await huntedValues([])).toEqual([
      '1:5.188.86.172',
      '2:a.update-check.example.net',
      '3:login-portal.fakebank-support.org',
    ]);
  });

  it('narrows to one report with --report', async () => {
    expect(await huntedValues(['--report', actorReport])).toEqual([
      '1:5.188.86.172',
      '2:a.update-check.example.net',
    ]);
  });

  it('narrows to one actor with --actor, whichever alias the analyst types', async () => {
    for (const name of ['APT31', 'Violet Typhoon', 'ZIRCONIUM']) {
      const run = await ws.vigil(['hunt', '--actor', name, logFile]);
      expect(run.code, run.stderr).toBe(0);
      // The human summary names the actor each hit belongs to.
      expect(run.stdout).toMatch(/mixed\.log:1: 5\.188\.86\.172 .*\[ZIRCONIUM\]/u);
      expect(run.stdout).not.toContain('login-portal');
    }
    const unknown = await ws.vigil(['hunt', '--actor', 'Nonexistent Panda', logFile]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no actor, campaign or malware named Nonexistent Panda/u);
  });

  it('drops hits logged before --since and refuses a time it cannot read', async () => {
    expect(await huntedValues(['--since', '2026-02-01T00:00:00Z'])).toEqual([
      '2:a.update-check.example.net',
      '3:login-portal.fakebank-support.org',
    ]);
    const bad = await ws.vigil(['hunt', '--since', 'last tuesday', logFile]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--since/u);
  });

  it('keeps sweeping past a missing input, prints its hits, and exits 2 like grep', async () => {
    const run = await ws.vigil(['hunt', '--report', actorReport, `${ws.dir}/gone.log`, logFile]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/cannot read .*gone\.log/u);
    expect(run.stdout).toMatch(/mixed\.log:1: 5\.188\.86\.172/u);
  });
});
