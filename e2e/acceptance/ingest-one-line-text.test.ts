/**
 * Issue 3, "a 50 MB one-line text": a text without a single line break goes through reading, tidying,
 * sentence splitting and storing whole, with no hang and no crash. 50 MB takes about 19 s and 2.3 GB
 * (BENCHMARKS.md, twenty-first session), too much for a test, so a 2 MB line runs the same path: prose
 * with indicators repeated on one line, and one 2 MB token (a base64 blob) with no space at all.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openRepository } from '@vigil/store';
import { scratch } from './scratch.ts';

const SIZE = 2_000_000;
const SENTENCE =
  'The actor APT31 used update-check[.]example[.]net and 203.0.113.7 against the ministry of foreign affairs. ';

const oneLine = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

async function storedText(db: string, reportId: string): Promise<string | undefined> {
  const repo = await openRepository(db);
  try {
    return await repo.reportText.get(reportId);
  } finally {
    await repo.close();
  }
}

describe('vigil ingest of a text on one line', () => {
  it('stores 2 MB of prose on one line whole, with its indicators', async () => {
    const ws = scratch('one-line');
    const text = oneLine(SENTENCE);
    const run = await ws.vigil(['ingest', ws.file('one-line.txt', text), '--json']);
    expect(run.code, run.stderr).toBe(0);
    const [result] = (
      JSON.parse(run.stdout) as {
        results: { report_id: string; analysis: { indicators: { value: string }[] } }[];
      }
    ).results;
    expect(result!.analysis.indicators.map((i) => i.value).sort()).toEqual([
      '203.0.113.7',
      'update-check.example.net',
    ]);
    expect(await storedText(ws.db, result!.report_id)).toBe(text.trim());
  });

  it('stores a 2 MB token without spaces (a base64 blob) whole', async () => {
    const ws = scratch('one-token');
    const blob = randomBytes(SIZE).toString('base64').slice(0, SIZE);
    const run = await ws.vigil(['ingest', '--quiet', ws.file('blob.txt', blob)]);
    expect(run.code, run.stderr).toBe(0);
    expect(await storedText(ws.db, run.stdout.trim())).toBe(blob);
  });
});
