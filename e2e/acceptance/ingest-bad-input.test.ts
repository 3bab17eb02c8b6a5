/**
 * `vigil ingest` on the inputs that break naive tools: random bytes, a scanned PDF without a text
 * layer, a blank file and HTML nested far deeper than any real page. Each gives a clear message or a
 * graceful result, and a refused input leaves nothing in the store.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openRepository } from '@vigil/store';
import { makePdf } from '../../test-support/pdf.ts';
import { scratch } from './scratch.ts';

const storedReports = async (db: string) => {
  const repo = await openRepository(db);
  try {
    return (await repo.query({ types: ['report'], limit: 10 })).items;
  } finally {
    await repo.close();
  }
};

describe('vigil ingest on bad input', () => {
  it('refuses binary garbage, a PDF without text and a blank file, storing nothing', async () => {
    const ws = scratch('bad-input');
    const cases = [
      { file: ws.file('garbage.bin', randomBytes(4096)), message: /looks like binary data/u },
      { file: ws.file('scan.pdf', makePdf([[]])), message: /no text layer.*OCR/u },
      { file: ws.file('blank.txt', '  \n\n\t \n'), message: /blank\.txt is empty/u },
    ];
    for (const { file, message } of cases) {
      const run = await ws.vigil(['ingest', file]);
      expect(run.code, file).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    expect(await storedReports(ws.db)).toEqual([]);
  });

  it('reads the text layer of a PDF report', async () => {
    const ws = scratch('pdf');
    const pdf = makePdf([
      ['Advisory: APT31 activity', 'The Norwegian government attributed the breach of its foreign'],
      ['ministry to APT31. Beacons went to update-check[.]example[.]net.'],
    ]);
    const run = await ws.vigil(['analyze', ws.file('advisory.pdf', pdf)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('APT31');
    expect(run.stdout).toContain('update-check[.]example[.]net');
  });

  it('reads HTML nested 100,000 levels deep as plain text, with a note saying so', async () => {
    const ws = scratch('deep-html');
    const depth = 100_000;
    const html = `${'<div>'.repeat(depth)}Beacons went to update-check[.]example[.]net.${'</div>'.repeat(depth)}`;
    const run = await ws.vigil(['ingest', ws.file('deep.html', html)]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).toMatch(
      /HTML nested deeper than \d+ levels: read as plain text/u,
    );
    expect(run.stdout).toContain('update-check[.]example[.]net');
    expect(await storedReports(ws.db)).toHaveLength(1);
  });
});
