/**
 * Issue 3, re-ingest truthfulness: ingesting a stored report again without its options keeps what the
 * analyst said (marking, source, reliability, date); a lower --tlp is refused unless asked for; what a
 * later re-read prints is what the store holds; MISP's countries are referenced, not re-authored.
 */
import { describe, expect, it } from 'vitest';
import { provenanceOf, VIGIL_IDENTITY_ID, type StixObject } from '@vigil/core';
import { openRepository } from '@vigil/store';
import { describeWhen } from '../../test-support/absent.ts';
import { dataPath } from '../../test-support/data.ts';
import { MINISTRY_ARTICLE } from './sample-article.ts';
import { scratch, storeInfo } from './scratch.ts';

const TLP_AMBER = 'marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421';
const FIRST_DAY = { VIGIL_NOW: '2026-01-01T00:00:00Z' };
const NEXT_MONTH = { VIGIL_NOW: '2026-02-01T00:00:00Z' };
const OPTIONS = [
  '--tlp',
  'amber',
  '--source',
  'Czech MFA',
  '--reliability',
  'B',
  '--published',
  '2025-05-28',
];

/** A bundle's objects by id: the order of a bundle carries no meaning. */
const bundleObjects = (stdout: string): StixObject[] =>
  (JSON.parse(stdout) as { objects: StixObject[] }).objects.sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );

describe('vigil ingest of a stored report again', () => {
  it('keeps the stored marking, source, reliability and date when the options are left out', async () => {
    const ws = scratch('reingest-meta');
    const file = ws.file('seed.txt', MINISTRY_ARTICLE);
    const first = await ws.vigil(['ingest', file, ...OPTIONS], undefined, FIRST_DAY);
    expect(first.code, first.stderr).toBe(0);
    const before = await storeInfo(ws.db);
    const again = await ws.vigil(['ingest', file], undefined, NEXT_MONTH);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stderr).toMatch(/0 new versions/u);
    expect(again.stdout).toMatch(/marking TLP:AMBER/u);
    expect(await storeInfo(ws.db)).toEqual(before);
    const repo = await openRepository(ws.db);
    try {
      const [report] = (await repo.query({ types: ['report'], limit: 10 })).items;
      expect(report?.object_marking_refs).toEqual([TLP_AMBER]);
      expect(report?.published).toBe('2025-05-28T00:00:00.000Z');
      expect(provenanceOf(report!)?.published_known).toBe(true);
      expect(provenanceOf(report!)?.source).toEqual({ name: 'Czech MFA', reliability: 'B' });
    } finally {
      await repo.close();
    }
    const shared = await ws.vigil(['export', '--max-tlp', 'clear', '--type', 'report']);
    expect(shared.stdout).not.toContain('Ministry breach blamed on APT31');
  });

  it('refuses a lower --tlp on a stored report unless --downgrade-tlp says so; raising is fine', async () => {
    const ws = scratch('reingest-tlp');
    const file = ws.file('seed.txt', MINISTRY_ARTICLE);
    expect((await ws.vigil(['ingest', file, '--tlp', 'amber'], undefined, FIRST_DAY)).code).toBe(0);
    const before = await storeInfo(ws.db);
    const lower = await ws.vigil(['ingest', file, '--tlp', 'clear'], undefined, NEXT_MONTH);
    expect(lower.code).toBe(2);
    expect(lower.stderr).toMatch(/stored as TLP:AMBER.*--downgrade-tlp/u);
    expect(await storeInfo(ws.db)).toEqual(before);
    const raised = await ws.vigil(['ingest', file, '--tlp', 'red'], undefined, NEXT_MONTH);
    expect(raised.stdout).toMatch(/marking TLP:RED/u);
    const meant = await ws.vigil(
      ['ingest', file, '--tlp', 'green', '--downgrade-tlp'],
      undefined,
      NEXT_MONTH,
    );
    expect(meant.code, meant.stderr).toBe(0);
    expect(meant.stdout).toMatch(/marking TLP:GREEN/u);
  });

  it('prints the stored versions when a later re-read changes nothing, so importing them writes nothing', async () => {
    const ws = scratch('reingest-print');
    const file = ws.file('seed.txt', MINISTRY_ARTICLE);
    const first = await ws.vigil(
      ['ingest', file, ...OPTIONS, '--format', 'stix'],
      undefined,
      FIRST_DAY,
    );
    expect(first.code, first.stderr).toBe(0);
    const again = await ws.vigil(['ingest', file, '--format', 'stix'], undefined, NEXT_MONTH);
    expect(again.stderr).toMatch(/0 new versions/u);
    const printed = bundleObjects(again.stdout);
    expect(printed.filter((o) => o.modified === '2026-02-01T00:00:00.000Z')).toEqual([]);
    expect(printed).toEqual(bundleObjects(first.stdout));
    const before = await storeInfo(ws.db);
    const imported = await ws.vigil(['import', ws.file('again.json', again.stdout)]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(await storeInfo(ws.db)).toEqual(before);
  });
});

const galaxy = dataPath('misp-galaxy');

describeWhen(
  galaxy,
  'vigil ingest with MISP galaxies synced',
  'needs VIGIL_DATA_DIR with misp-galaxy',
  () => {
    it('references MISP’s countries as they are: not new, not re-authored, not re-marked', async () => {
      const ws = scratch('reingest-misp');
      const synced = await ws.vigil(['sync', 'misp-galaxy', '--dir', galaxy!]);
      expect(synced.code, synced.stderr).toBe(0);
      const file = ws.file('seed.txt', 'The Czech government attributed the breach to APT31.');
      const run = await ws.vigil(['ingest', file, '--tlp', 'amber', '--format', 'stix']);
      expect(run.code, run.stderr).toBe(0);
      const id = bundleObjects(run.stdout).find((o) => o.name === 'Czechia')?.id;
      const repo = await openRepository(ws.db);
      const czechia = id ? await repo.get(id) : undefined;
      await repo.close();
      // MISP's own object (its galaxy's fields), not one Vigil authored under the same id.
      expect(czechia?.created_by_ref).not.toBe(VIGIL_IDENTITY_ID);
      const printed = bundleObjects(run.stdout).filter((o) => o.id === czechia!.id);
      expect(printed).toEqual([czechia]);
      const summary = await ws.vigil(['analyze', file]);
      expect(summary.stdout).toMatch(/Czechia/u);
      expect(summary.stdout).not.toMatch(/Czechia \(new\)/u);
      const before = await storeInfo(ws.db);
      await ws.vigil(['import', ws.file('out.json', run.stdout)]);
      expect(await storeInfo(ws.db)).toEqual(before);
      const shared = await ws.vigil(['export', '--max-tlp', 'clear', '--type', 'location']);
      expect(shared.stdout).toContain(czechia!.id);
    }, 600_000);
  },
);
