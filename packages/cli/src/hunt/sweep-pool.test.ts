/**
 * Big files cut into parts and swept by two workers give exactly the hits and reports of one thread
 * sweeping them whole: same lines (numbered in the file), fields, values and counts.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { specsFromIocList } from '@vigil/core';
import { FIXTURE_IOCS, randomLines } from '../../../../test-support/token-scan.ts';
import type { FileReport, SweepHit } from './sweep-file.ts';
import { splitInputs, splitOptionsFor } from './split-inputs.ts';
import { sweepAll } from './sweep-pool.ts';
import type { SweepSetup } from './sweep-protocol.ts';

const dir = mkdtempSync(join(tmpdir(), 'vigil-pool-'));
const LOGS = resolve(import.meta.dirname, '../../../../fixtures/logs');

function write(name: string, content: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The fixture JSON lines (a non-JSON line among them), repeated with numbered times. */
function jsonLines(copies: number): string {
  const lines = readFileSync(join(LOGS, 'sysmon.jsonl'), 'utf8').trimEnd().split('\n');
  const out: string[] = [];
  for (let c = 0; c < copies; c++)
    for (const line of lines) out.push(line.replace('08:', `${c % 24}:`));
  return `${out.join('\n')}\n`;
}

async function run(files: readonly string[], jobs: number, setup: Partial<SweepSetup> = {}) {
  const hits: SweepHit[] = [];
  const reports: FileReport[] = [];
  await sweepAll(
    files,
    {
      specs: specsFromIocList(FIXTURE_IOCS.join('\n')).specs,
      now: Date.UTC(2026, 10, 28),
      ...setup,
    },
    jobs,
    {
      onHits: (h) => hits.push(...h),
      onBytes: () => undefined,
      onReport: (r) => reports.push(r),
      onUnsupported: () => undefined,
    },
  );
  const key = (h: SweepHit) =>
    `${h.file}:${String(h.line).padStart(8, '0')}:${h.field}:${h.spec}:${h.value}`;
  return {
    hits: hits.map(key).sort(),
    reports: reports.sort((a, b) => a.file.localeCompare(b.file)),
  };
}

describe('sweeping big files in parts', () => {
  it('finds the same hits on the same file lines as one thread sweeping them whole', async () => {
    // Each group's first file is big enough to be cut; the others are too small, or never cut (CSV).
    const groups = [
      [
        write('random.log', randomLines(7, 40_000, FIXTURE_IOCS)),
        write('small.log', 'x 198.51.100.7\n'),
        write('fw.csv', readFileSync(join(LOGS, 'firewall.csv'), 'utf8')),
      ],
      // CRLF lines, a byte-order mark and no newline at the end.
      [
        write(
          'crlf.log',
          `\ufeff${new TextDecoder().decode(randomLines(8, 5_000, FIXTURE_IOCS)).replaceAll('\n', '\r\n')}`,
        ),
      ],
      [write('events.jsonl', jsonLines(2_000))],
    ];
    for (const files of groups) {
      const tasks = await splitInputs(files, splitOptionsFor(2, 16 * 1024));
      expect(tasks.filter((t) => t.file === files[0]).length).toBeGreaterThan(1);
      const whole = await run(files, 1);
      const parts = await run(files, 2, { minPartBytes: 16 * 1024 });
      expect(whole.hits.length).toBeGreaterThan(50);
      expect(parts.hits).toEqual(whole.hits);
      expect(parts.reports).toEqual(whole.reports);
    }
  });

  it('keeps an over-long line that crosses a part boundary in one piece of work', async () => {
    const long = `${'filler '.repeat(300_000)}evil-update.example ${'x'.repeat(400_000)} 198.51.100.7`;
    const lines = [
      ...Array.from({ length: 3000 }, (_, i) => `line ${i} ok.example`),
      long,
      'after evil-update.example',
    ];
    const file = write('long.log', lines.join('\n'));
    expect((await splitInputs([file], splitOptionsFor(2, 8 * 1024))).length).toBeGreaterThan(1);
    const whole = await run([file], 1, { maxLine: 64 * 1024 });
    const parts = await run([file], 2, { maxLine: 64 * 1024, minPartBytes: 8 * 1024 });
    expect(whole.hits.filter((h) => h.includes(':00003001:'))).toHaveLength(2);
    expect(whole.reports[0]!.oversizedLines).toBe(1);
    expect(parts.hits).toEqual(whole.hits);
    expect(parts.reports).toEqual(whole.reports);
  });
});
