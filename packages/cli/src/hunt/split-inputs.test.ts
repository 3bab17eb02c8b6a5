import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { IndicatorIndex } from '@vigil/core';
import { splitInputs, splitOptionsFor } from './split-inputs.ts';
import { FileSweeper, type SweepHit } from './sweep-file.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigil-split-'));
const write = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const lines = (n: number, line: (i: number) => string) =>
  `${Array.from({ length: n }, (_, i) => line(i)).join('\n')}\n`;
const OPTIONS = splitOptionsFor(2, 4096);

describe('splitInputs', () => {
  it('leaves files whole when none would keep a worker busy alone', async () => {
    const files = [1, 2, 3, 4].map((n) =>
      write(
        `equal-${n}.log`,
        lines(2000, (i) => `host-${i}.example GET /`),
      ),
    );
    expect(await splitInputs(files, OPTIONS)).toEqual(files.map((file) => ({ file })));
  });

  it('cuts a big text file into parts of whole lines that cover it exactly', async () => {
    const text = lines(5000, (i) => `2026-11-20 host-${i} GET http://site-${i % 97}.example/`);
    const file = write('proxy.log', text);
    const tasks = await splitInputs([file], OPTIONS);
    // Parts of half a worker's share: a lone file is cut in two per worker.
    expect(tasks).toHaveLength(2 * OPTIONS.workers);
    const bytes = readFileSync(file);
    tasks.forEach((t, k) => {
      expect(t.index).toBe(k);
      expect(t.parts).toBe(tasks.length);
      expect(t.part!.format).toBe('text');
      expect(t.part!.start).toBe(k === 0 ? 0 : tasks[k - 1]!.part!.end);
      if (k > 0) expect(bytes[t.part!.start - 1]).toBe(10);
    });
    expect(tasks.at(-1)!.part!.end).toBe(Number.POSITIVE_INFINITY);
  });

  it('cuts JSON lines, and leaves whole what cannot be entered in the middle', async () => {
    const json = lines(30_000, (i) => JSON.stringify({ n: i, host: `h${i}.example` }));
    const csv = `src,dst\n${lines(3000, (i) => `10.0.0.${i % 250},"a\nb"`)}`;
    const files = [
      write('events.jsonl', json),
      write('events.jsonl.gz', gzipSync(json)),
      write('fw.csv', csv),
      write('doc.json', `[\n${lines(3000, (i) => `{"n": ${i}},`)}{}]\n`),
      write('binary.log', Buffer.concat([Buffer.from([0, 1, 2, 10]), Buffer.alloc(20_000, 65)])),
      write('one-line.log', 'x'.repeat(200_000)),
      write('small.log', 'a\nb\n'),
      '-',
      join(dir, 'missing.log'),
    ];
    const tasks = await splitInputs(files, OPTIONS);
    const parts = tasks.filter((t) => t.file.endsWith('events.jsonl'));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.every((t) => t.part?.format === 'jsonl')).toBe(true);
    expect(tasks.filter((t) => !t.part).map((t) => t.file)).toEqual(files.slice(1));
  });

  it('lets the last part read what a log still being written added after the plan', async () => {
    const file = write(
      'growing.log',
      lines(5000, (i) => `host-${i}.example GET /`),
    );
    const tasks = await splitInputs([file], OPTIONS);
    appendFileSync(file, 'late GET http://evil.example/x\n');
    const hits: SweepHit[] = [];
    const sweeper = new FileSweeper(new IndicatorIndex(['evil.example']), { now: 0 });
    const report = await sweeper.sweep(file, (h) => hits.push(...h), undefined, tasks.at(-1)!.part);
    expect(hits.map((h) => h.value)).toEqual(['evil.example']);
    expect(report.lines).toBeGreaterThan(1);
  });
});
