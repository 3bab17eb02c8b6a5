/**
 * `vigil hunt` over a log folder with the damage real archives have: a `.gz` cut short by a full disk,
 * a decompression bomb, a binary file among the logs and a dangling link left by log rotation. Each is
 * reported by name, the sweep goes on and prints every hit in the good files, and the exit status says
 * something went wrong (2, like grep).
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonHits, scratch } from './scratch.ts';

const MIB = 1024 * 1024;
const hitLine = (day: number) =>
  `2026-01-${String(day).padStart(2, '0')}T10:00:00Z conn dst=198.51.100.7`;

/** Many distinct lines (so gzip cannot shrink them to nothing), a hit at the start and at the end. */
function longLog(): string {
  const lines = [hitLine(1)];
  for (let i = 0; i < 60_000; i++)
    lines.push(`2026-01-02T00:00:00Z conn dst=10.${i % 250}.${i % 199}.${i % 97} id=${i}`);
  lines.push(hitLine(28));
  return `${lines.join('\n')}\n`;
}

/** A hit, then over 64 MiB of blanks that deflate squeezes past 1000:1, then a hit that must not be read. */
function bomb(): Buffer {
  const blanks = Buffer.alloc(MIB, 0x20);
  blanks[MIB - 1] = 0x0a;
  const body = Buffer.concat([
    Buffer.from(`${hitLine(3)}\n`),
    ...Array.from({ length: 100 }, () => blanks),
    Buffer.from(`${hitLine(4)}\n`),
  ]);
  return gzipSync(body, { level: 9 });
}

const ws = scratch('damaged');
let iocs = '';

beforeAll(() => {
  iocs = ws.file('iocs.txt', '198.51.100.7\n');
  const gz = gzipSync(longLog());
  ws.file('logs/conn.log.2.gz', gz.subarray(0, Math.floor(gz.length / 2)));
  ws.file('logs/conn.log.3.gz', bomb());
  ws.file(
    'logs/core.dump',
    Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]), Buffer.from(hitLine(5))]),
  );
  ws.file('logs/conn.log', `${hitLine(6)}\n`);
  symlinkSync(join(ws.dir, 'archive', 'conn.log.4'), join(ws.dir, 'logs', 'conn.log.4'));
});

describe('vigil hunt over damaged inputs', () => {
  it('reports each damaged input, keeps sweeping, prints the good hits and exits 2', async () => {
    const run = await ws.vigil(['hunt', '--json', '--iocs', iocs, 'logs']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/logs\/conn\.log\.2\.gz: .*(?:unexpected end|truncated)/u);
    expect(run.stderr).toMatch(/logs\/conn\.log\.3\.gz: .*bomb limit/u);
    expect(run.stderr).toMatch(/logs\/core\.dump: skipped, binary file/u);
    expect(run.stderr).toMatch(/cannot read logs\/conn\.log\.4/u);
    const hits = jsonHits(run.stdout)
      .map((h) => `${h.file}:${h.line} ${h.time}`)
      .sort();
    // The truncated archive gives the hit before the damage, the bomb the hit before the limit.
    expect(hits).toEqual([
      'logs/conn.log.2.gz:1 2026-01-01T10:00:00.000Z',
      'logs/conn.log.3.gz:1 2026-01-03T10:00:00.000Z',
      'logs/conn.log:1 2026-01-06T10:00:00.000Z',
    ]);
  });
});
