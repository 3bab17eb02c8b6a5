/**
 * `vigil hunt --sightings` turns a hunt into intelligence: one STIX sighting per indicator seen, with
 * the hit count, the first and last log time, and the organization as where it was sighted. Running
 * the same hunt over the same files the next day updates those sightings; it never adds the counts up.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { openRepository } from '@vigil/store';
import { scratch } from './scratch.ts';

const LOG = [
  '2026-01-10T10:00:00Z fw allow src=10.0.0.5 dst=198.51.100.7 dport=443',
  '2026-01-12T09:30:00Z dns query beacon.evil-update.example A',
  '2026-01-15T23:59:00Z fw allow src=10.0.0.6 dst=198.51.100.7 dport=443',
  '2026-01-20T08:00:00Z fw allow src=10.0.0.7 dst=198.51.100.7 dport=8443',
].join('\n');

const ws = scratch('sightings');
const paths = { iocs: '', log: '' };

beforeAll(() => {
  paths.iocs = ws.file('iocs.txt', '198.51.100[.]7\nevil-update[.]example\n203.0.113.66\n');
  paths.log = ws.file('fw.log', LOG);
});

const huntWithSightings = (now: string) =>
  ws.vigil(
    ['hunt', '--iocs', paths.iocs, '--sightings', '--org', 'Ministry of Examples', paths.log],
    undefined,
    { VIGIL_NOW: now },
  );

/** The store's sightings with the pattern of the indicator each one is of. */
async function storedSightings() {
  const repo = await openRepository(ws.db);
  try {
    const sightings = (await repo.query({ types: ['sighting'], limit: 100 })).items;
    return await Promise.all(
      sightings.map(async (s) => {
        const indicator = await repo.get(s.sighting_of_ref as string);
        const [where] = s.where_sighted_refs as string[];
        const org = await repo.get(where!);
        return {
          id: s.id,
          pattern: indicator?.pattern,
          count: s.count,
          first_seen: s.first_seen,
          last_seen: s.last_seen,
          org: org?.name,
        };
      }),
    );
  } finally {
    await repo.close();
  }
}

const byPattern = (a: { pattern?: unknown }, b: { pattern?: unknown }) =>
  String(a.pattern).localeCompare(String(b.pattern));

describe('vigil hunt --sightings', () => {
  it('records one sighting per indicator seen, with count, log times and the organization', async () => {
    const run = await huntWithSightings('2026-01-21T07:00:00.000Z');
    expect(run.code, run.stderr).toBe(0);
    const sightings = (await storedSightings()).sort(byPattern);
    expect(sightings.map(({ id: _id, ...s }) => s)).toEqual([
      {
        pattern: "[domain-name:value = 'evil-update.example']",
        count: 1,
        first_seen: '2026-01-12T09:30:00.000Z',
        last_seen: '2026-01-12T09:30:00.000Z',
        org: 'Ministry of Examples',
      },
      {
        pattern: "[ipv4-addr:value = '198.51.100.7']",
        count: 3,
        first_seen: '2026-01-10T10:00:00.000Z',
        last_seen: '2026-01-20T08:00:00.000Z',
        org: 'Ministry of Examples',
      },
    ]);
  });

  it('updates the same sightings when the same hunt runs again the next day, never doubling', async () => {
    const before = (await storedSightings()).sort(byPattern);
    const run = await huntWithSightings('2026-01-22T07:00:00.000Z');
    expect(run.code, run.stderr).toBe(0);
    const after = (await storedSightings()).sort(byPattern);
    expect(after.map((s) => [s.id, s.count])).toEqual(before.map((s) => [s.id, s.count]));
    expect(after.map((s) => s.count)).toEqual([1, 3]);
  });

  it('counts what the files hold now when the log has grown since, not the sum of both runs', async () => {
    ws.file(
      'fw.log',
      `${LOG}\n2026-01-22T10:00:00Z fw allow src=10.0.0.8 dst=198.51.100.7 dport=443\n`,
    );
    const run = await huntWithSightings('2026-01-23T07:00:00.000Z');
    expect(run.code, run.stderr).toBe(0);
    const sightings = (await storedSightings()).sort(byPattern);
    expect(sightings.map((s) => [s.count, s.last_seen])).toEqual([
      [1, '2026-01-12T09:30:00.000Z'],
      [4, '2026-01-22T10:00:00.000Z'],
    ]);
  });
});
