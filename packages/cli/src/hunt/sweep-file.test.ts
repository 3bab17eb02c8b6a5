/** FileSweeper on hostile input: decompression bombs, truncated gzip, giant lines, binary files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { seededPick } from '../../../../test-support/seeded.ts';
import { IndicatorIndex, type RecordHit, RecordMatcher } from '@vigil/core';
import { FileSweeper, type SweepHit } from './sweep-file.ts';
import { nativeOption } from './scanner-choice.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigil-sweep-'));
const index = new IndicatorIndex([
  { ref: '198.51.100.7', value: '198.51.100.7' },
  { ref: 'evil.example', value: 'evil.example' },
]);

async function sweep(name: string, content: Buffer, options = {}) {
  const path = join(dir, name);
  writeFileSync(path, content);
  const hits: SweepHit[] = [];
  // The sweep runs the scanner a hunt runs (native unless VIGIL_HUNT_SCANNER=js); the expected hits
  // below come from the JavaScript RecordMatcher.
  const report = await new FileSweeper(index, {
    now: Date.UTC(2026, 10, 28),
    ...nativeOption(),
    ...options,
  }).sweep(path, (h) => hits.push(...h));
  return { report, hits };
}

describe('FileSweeper on bad input', () => {
  it('stops a decompression bomb at the ratio limit, keeping hits found before', async () => {
    const bomb = gzipSync(
      Buffer.concat([Buffer.from('x 198.51.100.7\n'), Buffer.alloc(50 * 1024 * 1024, 0x20)]),
    );
    const { report, hits } = await sweep('bomb.log.gz', bomb, {
      limits: { maxBytes: 1024 ** 3, maxRatio: 100, ratioGraceBytes: 4 * 1024 * 1024 },
    });
    expect(report.error).toMatch(/bomb limit/);
    expect(report.bytes).toBeLessThan(50 * 1024 * 1024);
    expect(hits.map((h) => h.line)).toEqual([1]);
  });

  it('stops at the absolute decompressed size cap', async () => {
    const big = gzipSync(Buffer.alloc(8 * 1024 * 1024, 0x61));
    const { report } = await sweep('big.log.gz', big, {
      limits: { maxBytes: 2 * 1024 * 1024, maxRatio: 1e9, ratioGraceBytes: 0 },
    });
    expect(report.error).toMatch(/beyond 2097152 bytes/);
  });

  it('reports truncated gzip with the hits before the damage', async () => {
    const lines = Array.from(
      { length: 20000 },
      (_, i) => `line ${i} ${i === 5 ? 'evil.example' : 'ok.example'}`,
    ).join('\n');
    const gz = gzipSync(Buffer.from(lines));
    const { report, hits } = await sweep('cut.log.gz', gz.subarray(0, gz.length - 200));
    expect(report.error).toMatch(/bad gzip data|unexpected end/);
    expect(hits.map((h) => h.line)).toEqual([6]);
  });

  it('bounds a giant line: scanned in pieces, hits on both sides found', async () => {
    const giant = `start 198.51.100.7 ${'a.b '.repeat(1_500_000)}end evil.example\nnext 198.51.100.7\n`;
    const { report, hits } = await sweep('giant.log', Buffer.from(giant), { maxLine: 1024 * 1024 });
    expect(report.oversizedLines).toBe(1);
    expect(hits.map((h) => `${h.line}:${h.value}`)).toEqual([
      '1:198.51.100.7',
      '1:evil.example',
      '2:198.51.100.7',
    ]);
  });

  it('skips binary files with a note', async () => {
    const { report, hits } = await sweep(
      'blob.dat',
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 0x31, 0x39, 0x38]),
    );
    expect(report.skipped).toMatch(/binary/);
    expect(hits).toEqual([]);
  });
});

describe('FileSweeper hits', () => {
  const values = (hits: readonly SweepHit[]) => hits.map((h) => `${h.line}:${h.value}`);

  it('counts one hit per line and indicator, however often the line repeats it, in pieces or not', async () => {
    // 50,000 occurrences (1.35 MB) on one line, then the same line again: two hits per indicator.
    const line = 'dst=198.51.100.7 q=x.evil.example '.repeat(50_000);
    const content = Buffer.from(`${line}\n${line}\n`);
    const whole = await sweep('repeats.log', content, { maxLine: 4 * 1024 * 1024 });
    const pieces = await sweep('repeats.log', content, { maxLine: 64 * 1024 });
    expect(whole.report.oversizedLines).toBe(0);
    expect(pieces.report.oversizedLines).toBe(2);
    const expected = ['1:198.51.100.7', '1:x.evil.example', '2:198.51.100.7', '2:x.evil.example'];
    expect(values(whole.hits)).toEqual(expected);
    expect(values(pieces.hits)).toEqual(expected);
    expect(pieces.report.hits).toBe(4);
  });

  it('finds every hit across the reused read chunks: indicators cut by a chunk boundary, a line over several chunks', async () => {
    // The reader fills two 1 MiB buffers in turn: what spans chunks must be read before it is overwritten.
    const MiB = 1024 * 1024;
    const lines: string[] = [];
    let size = 0;
    const expected: string[] = [];
    const add = (line: string, hit?: string) => {
      lines.push(line);
      size += line.length + 1;
      if (hit) expected.push(`${lines.length}:${hit}`);
    };
    for (let boundary = 1; boundary <= 7; boundary++) {
      if (size > boundary * MiB - 60) continue;
      while (size < boundary * MiB - 60) add(`filler ${lines.length} ok.example 10.0.0.1`);
      // The indicator straddles the boundary: the line starts 5 to 9 bytes before it.
      add(`${'x'.repeat(boundary * MiB - size - 5 - boundary)} 198.51.100.7 end`, '198.51.100.7');
      if (boundary === 3)
        add(`begin evil.example ${'b.c '.repeat(600_000)} tail.evil.example`, 'evil.example');
    }
    add('last x.evil.example', 'x.evil.example');
    const { report, hits } = await sweep('chunks.log', Buffer.from(`${lines.join('\n')}\n`), {
      maxLine: 4 * MiB,
    });
    expect(report.bytes).toBeGreaterThan(6 * MiB);
    expect(values(hits)).toEqual(expected);
  });

  it('numbers hit lines in text read many lines at a time as matching line by line does', async () => {
    const next = seededPick(7);
    const words = [
      '198.51.100.7',
      'x.evil.example',
      'ok.example',
      '10.0.0.1',
      'GET',
      '',
      'evil.example.',
    ];
    const lines = Array.from({ length: 30_000 }, () =>
      Array.from({ length: next(6) }, () => words[next(words.length)]).join(
        next(4) === 0 ? '\t' : ' ',
      ),
    );
    lines.push('the last line x.evil.example');
    const text = lines.map((l, i) => (i % 7 === 3 ? `${l}\r` : l)).join('\n');
    const expected: string[] = [];
    const matcher = new RecordMatcher(index);
    const bytes = Buffer.from(text);
    let start = 0;
    lines.forEach((_, i) => {
      const end = bytes.indexOf(10, start) < 0 ? bytes.length : bytes.indexOf(10, start);
      const found: RecordHit[] = [];
      matcher.matchText(bytes, start, end, found);
      const seen = new Set<number>();
      for (const h of found)
        if (!seen.has(h.spec) && seen.add(h.spec)) expected.push(`${i + 1}:${h.value}`);
      start = end + 1;
    });
    const { report, hits } = await sweep('many-lines.log', bytes);
    expect(report.lines).toBe(lines.length);
    expect(expected.length).toBeGreaterThan(10_000);
    expect(values(hits)).toEqual(expected);
  });

  it('reads JSON lines many at a time with the hits, lines and invalid counts of line-by-line reading', async () => {
    const next = seededPick(11);
    const values = [
      '198.51.100.7',
      'x.evil.example',
      'ok.example',
      '10.0.0.1',
      'evil\\u002eexample',
      'GET',
    ];
    const line = () => {
      switch (next(8)) {
        case 0:
          return '';
        case 1:
          return `not json ${values[next(values.length)]}`;
        case 2:
          return `{"broken": "${values[next(values.length)]}"`;
        default:
          return JSON.stringify({
            src: { ip: values[next(values.length)] },
            dns: [values[next(values.length)], values[next(values.length)]],
          }).replace('\\\\u002e', '\\u002e');
      }
    };
    const lines = Array.from({ length: 20_000 }, line);
    lines[0] = '{"first": "line"}';
    const bytes = Buffer.from(lines.map((l, i) => (i % 5 === 2 ? `${l}\r` : l)).join('\n'));
    // Line by line, through the per-line API: prefilter, parse, record or text matching.
    const matcher = new RecordMatcher(index);
    const expected: string[] = [];
    let invalid = 0;
    lines.forEach((text, i) => {
      if (text === '') return;
      const raw = Buffer.from(text);
      const found: RecordHit[] = [];
      if (!matcher.mayHit(raw, 0, raw.length) && !text.includes('\\')) {
        if (text[0] !== '{' && text[0] !== '[') invalid++;
        return;
      }
      try {
        matcher.matchRecord(JSON.parse(text) as unknown, found);
      } catch {
        invalid++;
        matcher.matchText(raw, 0, raw.length, found);
      }
      const seen = new Set<string>();
      for (const h of found) {
        const key = `${h.spec}/${h.field}`;
        if (!seen.has(key) && seen.add(key)) expected.push(`${i + 1}:${h.field}:${h.value}`);
      }
    });
    const { report, hits } = await sweep('many.jsonl', bytes);
    expect(report.format).toBe('jsonl');
    expect(report.invalidJson).toBe(invalid);
    expect(expected.length).toBeGreaterThan(5_000);
    // Some hits are hidden from the raw scan by a JSON escape (`evil\u002eexample`).
    expect(expected.some((h) => h.endsWith(':evil.example'))).toBe(true);
    expect(hits.map((h) => `${h.line}:${h.field}:${h.value}`)).toEqual(expected);
  });

  it('reports the host the log holds, the first one a line has for an indicator', async () => {
    const { hits } = await sweep('hosts.log', Buffer.from('a.Evil.example b.evil.example\n'));
    expect(values(hits)).toEqual(['1:a.Evil.example']);
  });

  it('suppresses an allowlisted subdomain and still reports another on the same line', async () => {
    const allow = new IndicatorIndex(['good.evil.example']);
    const { report, hits } = await sweep(
      'allow.log',
      Buffer.from('GET good.evil.example then bad.evil.example\n'),
      { allow },
    );
    expect(values(hits)).toEqual(['1:bad.evil.example']);
    expect(report.suppressed).toBe(1);
  });

  it('with --since, keeps and marks a hit without a log time; every piece of a long line has its time', async () => {
    const since = Date.parse('2026-06-01T00:00:00Z');
    const long = (time: string) => `${time} start ${'filler '.repeat(200_000)} 198.51.100.7\n`;
    const options = { since, maxLine: 256 * 1024 };
    const old = await sweep('old.log', Buffer.from(long('2026-01-01T00:00:00Z')), options);
    expect(old.report.oversizedLines).toBe(1);
    expect(old.hits).toEqual([]);
    const recent = await sweep(
      'recent.log',
      Buffer.from(`${long('2026-07-01T00:00:00Z')}no time here 198.51.100.7\n`),
      options,
    );
    expect(recent.report.oversizedLines).toBe(1);
    expect(recent.hits.map((h) => [h.line, h.time, h.keptWithoutTime])).toEqual([
      [1, Date.parse('2026-07-01T00:00:00Z'), undefined],
      [2, undefined, true],
    ]);
    // Without --since nothing is marked.
    const plain = await sweep('plain.log', Buffer.from('no time here 198.51.100.7\n'));
    expect(plain.hits.map((h) => h.keptWithoutTime)).toEqual([undefined]);
  });
});
