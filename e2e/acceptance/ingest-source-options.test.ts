/**
 * What the analyst says about a report's source travels with it into the store: publication date,
 * source name, Admiralty reliability and the TLP marking that later bounds what `vigil export` shares.
 */
import { describe, expect, it } from 'vitest';
import { provenanceOf } from '@vigil/core';
import { openRepository } from '@vigil/store';
import { MINISTRY_ARTICLE } from './sample-article.ts';
import { scratch } from './scratch.ts';

// TLP 2.0 AMBER+STRICT, as FIRST and OASIS publish it.
const TLP_AMBER_STRICT = 'marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003';

const REPORT = MINISTRY_ARTICLE;

describe('vigil ingest source options', () => {
  it('stores publication date, source, reliability and TLP, and export honours the TLP', async () => {
    const ws = scratch('source-options');
    const file = ws.file('report.txt', REPORT);
    const run = await ws.vigil([
      'ingest',
      file,
      '--published',
      '2025-03-04',
      '--source',
      'Norwegian PST',
      '--reliability',
      'C',
      '--tlp',
      'amber+strict',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/source Norwegian PST, reliability C/u);
    const repo = await openRepository(ws.db);
    try {
      const [report] = (await repo.query({ types: ['report'], limit: 10 })).items;
      expect(report?.published).toBe('2025-03-04T00:00:00.000Z');
      expect(report?.object_marking_refs).toEqual([TLP_AMBER_STRICT]);
      const provenance = provenanceOf(report!);
      expect(provenance?.published_known).toBe(true);
      expect(provenance?.source).toEqual({ name: 'Norwegian PST', reliability: 'C' });
      const indicators = (await repo.query({ types: ['indicator'], limit: 10 })).items;
      expect(indicators.map((i) => [i.valid_from, i.object_marking_refs])).toEqual([
        ['2025-03-04T00:00:00.000Z', [TLP_AMBER_STRICT]],
      ]);
    } finally {
      await repo.close();
    }
    // The default export ceiling is AMBER: the AMBER+STRICT report is withheld, and the user is told.
    // Nothing else is cited by what is shared, so nothing is exported: exit 1, like grep.
    const shared = await ws.vigil(['export', '--type', 'report']);
    expect(shared.code, shared.stderr).toBe(1);
    expect(shared.stdout).not.toContain('Ministry breach blamed on APT31');
    expect(shared.stderr).toMatch(/1 withheld above TLP:AMBER/u);
  });

  it('refuses a reliability outside the Admiralty scale and a date it cannot read', async () => {
    const ws = scratch('bad-options');
    const file = ws.file('report.txt', REPORT);
    const grade = await ws.vigil(['analyze', file, '--reliability', 'G']);
    expect(grade.code).toBe(2);
    expect(grade.stderr).toMatch(/--reliability must be one letter A-F/u);
    for (const date of ['last week', '2024-13-45']) {
      const run = await ws.vigil(['analyze', file, '--published', date]);
      expect(run.code, date).toBe(2);
      expect(run.stderr).toMatch(/--published: not a date/u);
    }
  });
});
