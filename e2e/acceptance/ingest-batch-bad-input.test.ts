/**
 * `vigil ingest` over a folder's worth of files at once, some of them unusable: a zero-byte file, a
 * file that claims to be a PDF but is not, a path that is gone and an input over --max-bytes. Each bad
 * one is named with its reason, the good report is stored whole, the bad ones leave nothing behind,
 * and the exit status (2) tells a script that something was skipped.
 */
import { describe, expect, it } from 'vitest';
import { openRepository } from '@vigil/store';
import { MINISTRY_ARTICLE } from './sample-article.ts';
import { scratch, storeInfo } from './scratch.ts';

const GOOD = MINISTRY_ARTICLE;

describe('vigil ingest of a batch with bad inputs', () => {
  it('stores the good report, names each bad input with its reason and exits 2', async () => {
    const ws = scratch('batch');
    const good = ws.file('good.txt', GOOD);
    const sources = [
      ws.file('zero.txt', ''),
      ws.file('invoice.pdf', '%PDF-1.7\nthis is not really a PDF'),
      `${ws.dir}/moved-away.html`,
      good,
    ];
    const run = await ws.vigil(['ingest', '--quiet', ...sources]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/zero\.txt is empty/u);
    expect(run.stderr).toMatch(/invoice\.pdf: not a readable PDF/u);
    expect(run.stderr).toMatch(/cannot read .*moved-away\.html/u);
    const reportId = run.stdout.trim();
    expect(reportId).toMatch(/^report--/u);

    const repo = await openRepository(ws.db);
    try {
      const reports = (await repo.query({ types: ['report'], limit: 10 })).items;
      expect(reports.map((r) => [r.id, r.name])).toEqual([
        [reportId, 'Ministry breach blamed on APT31'],
      ]);
      // The stored report is whole: its text for provenance, its indicator for hunting.
      expect(await repo.reportText.get(reportId)).toContain('update-check[.]example[.]net');
      const indicators = (await repo.query({ types: ['indicator'], limit: 10 })).items;
      expect(indicators.map((i) => i.pattern)).toEqual([
        "[domain-name:value = 'update-check.example.net']",
      ]);
    } finally {
      await repo.close();
    }
  });

  it('refuses an input over --max-bytes and an empty stdin, storing nothing', async () => {
    const ws = scratch('limits');
    const before = await storeInfo(ws.db);
    const big = await ws.vigil([
      'ingest',
      '--max-bytes',
      '1K',
      ws.file('big.txt', GOOD.repeat(10)),
    ]);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/big\.txt is \d+ bytes, over the 1024-byte limit \(--max-bytes\)/u);
    const stdin = await ws.vigil(['ingest', '-'], '');
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/stdin is empty/u);
    expect(await storeInfo(ws.db)).toEqual(before);
  });
});
