/**
 * The review step of `vigil ingest --draft`: the analyst corrects a wrong resolution entity by entity
 * (the stored report then points at the object they chose), or discards a draft outright.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StixObject } from '@vigil/core';
import { openRepository } from '@vigil/store';
import { scratch } from './scratch.ts';

const base = {
  spec_version: '2.1',
  created: '2024-01-01T00:00:00.000Z',
  modified: '2024-01-01T00:00:00.000Z',
};
const APT28: StixObject = {
  ...base,
  type: 'intrusion-set',
  id: 'intrusion-set--bef4c620-0787-42a8-a96d-b7eb6e85917c',
  name: 'APT28',
  aliases: ['APT28', 'Fancy Bear', 'Sofacy'],
};
// Two families a text calling it "X-Agent" can mean: the Windows implant and the macOS one.
const CHOPSTICK: StixObject = {
  ...base,
  type: 'malware',
  id: 'malware--8ae43c46-57ef-47d5-a77a-eebb35628db2',
  name: 'CHOPSTICK',
  is_family: true,
  x_mitre_aliases: ['CHOPSTICK', 'X-Agent', 'SPLM'],
};
const XAGENT_OSX: StixObject = {
  ...base,
  type: 'malware',
  id: 'malware--59a97b15-8189-4d51-9404-e1ce8ea4a069',
  name: 'XAgentOSX',
  is_family: true,
  x_mitre_aliases: ['XAgentOSX', 'OSX.Sofacy'],
};

const TEXT = [
  'Mac users at a ministry targeted',
  '',
  'Investigators said Fancy Bear used the X-Agent malware against Mac laptops at the ministry of defence of Denmark.',
].join('\n');

const ws = scratch('draft');

beforeAll(async () => {
  const repo = await openRepository(ws.db);
  await repo.put([APT28, CHOPSTICK, XAGENT_OSX]);
  await repo.close();
}, 120_000);

/** The number `vigil draft show` gives the entity whose line contains `text`. */
const entityNumber = (shown: string, text: string): string => {
  const line = shown.split('\n').find((l) => l.includes(text));
  expect(line, shown).toBeDefined();
  return /^\s*(\d+)\./u.exec(line!)![1]!;
};

describe('vigil draft correct / discard', () => {
  it('stores the object the analyst chose instead of the one Vigil proposed', async () => {
    const drafted = await ws.vigil(['ingest', '--draft', '--quiet', ws.file('mac.txt', TEXT)]);
    expect(drafted.code, drafted.stderr).toBe(0);
    const id = drafted.stdout.trim();
    const shown = (await ws.vigil(['draft', 'show', id])).stdout;
    const number = entityNumber(shown, 'CHOPSTICK');
    const corrected = await ws.vigil(['draft', 'correct', id, number, '--to', 'XAgentOSX']);
    expect(corrected.code, corrected.stderr).toBe(0);
    expect((await ws.vigil(['draft', 'show', id])).stdout).toMatch(
      /malware XAgentOSX .*"X-Agent"/u,
    );
    const accepted = await ws.vigil(['draft', 'accept', id]);
    expect(accepted.code, accepted.stderr).toBe(0);

    const repo = await openRepository(ws.db);
    try {
      const report = await repo.get(id);
      expect(report?.object_refs).toContain(XAGENT_OSX.id);
      expect(report?.object_refs).not.toContain(CHOPSTICK.id);
      const uses = (await repo.query({ types: ['relationship'], limit: 100 })).items.filter(
        (r) => r.relationship_type === 'uses' && r.source_ref === APT28.id,
      );
      expect(uses.map((r) => r.target_ref)).toEqual([XAGENT_OSX.id]);
    } finally {
      await repo.close();
    }
  });

  it('forgets a discarded draft without storing anything from it', async () => {
    const text = 'A new campaign by Fancy Bear hit the energy sector in Spain.';
    const drafted = await ws.vigil(['ingest', '--draft', '--quiet', '-'], text);
    expect(drafted.code, drafted.stderr).toBe(0);
    const id = drafted.stdout.trim();
    expect((await ws.vigil(['draft', 'list'])).stdout).toContain(id);
    const discarded = await ws.vigil(['draft', 'discard', id]);
    expect(discarded.code, discarded.stderr).toBe(0);
    expect((await ws.vigil(['draft', 'list'])).stdout).not.toContain(id);
    const repo = await openRepository(ws.db);
    try {
      expect(await repo.get(id)).toBeUndefined();
    } finally {
      await repo.close();
    }
  });
});
