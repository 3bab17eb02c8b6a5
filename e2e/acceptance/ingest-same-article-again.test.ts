/**
 * The same article reaches the analyst more than once: saved from a browser, pasted on stdin, copied
 * on Windows (CRLF line ends, a byte-order mark). A report's identity is its normalized text, so all
 * of them are one report, and every arrival after the first writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { MINISTRY_ARTICLE } from './sample-article.ts';
import { scratch, storeInfo } from './scratch.ts';

const ARTICLE = `${MINISTRY_ARTICLE}\n`;

describe('vigil ingest of an article that arrives again', () => {
  it('keeps one report whether it comes from a file, stdin, a CRLF copy or a copy with a BOM', async () => {
    const ws = scratch('same-article');
    const first = await ws.vigil(['ingest', '--quiet', ws.file('article.txt', ARTICLE)]);
    expect(first.code, first.stderr).toBe(0);
    const reportId = first.stdout.trim();
    expect(reportId).toMatch(/^report--/u);
    const stored = await storeInfo(ws.db);
    expect(stored.countsByType['report']).toBe(1);

    const arrivals = [
      { args: ['-'], input: ARTICLE },
      { args: [ws.file('windows.txt', ARTICLE.replaceAll('\n', '\r\n'))] },
      { args: [ws.file('bom.txt', `\uFEFF${ARTICLE}`)] },
      { args: [ws.file('article-copy.txt', ARTICLE)] },
    ];
    for (const { args, input } of arrivals) {
      const run = await ws.vigil(['ingest', '--quiet', ...args], input);
      expect(run.code, `${args[0]}: ${run.stderr}`).toBe(0);
      expect(run.stdout.trim(), args[0]).toBe(reportId);
      expect(run.stderr, args[0]).toMatch(/: 0 new versions/u);
    }
    expect(await storeInfo(ws.db)).toEqual(stored);
  });
});
