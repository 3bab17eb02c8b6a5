/**
 * The defects the acceptance audit found in `vigil hunt` (issue 5), each as the analyst met it: a
 * CloudTrail document on one line, a syslog line from last December swept on January 2nd, files that
 * start with a byte-order mark, a CSV field holding a newline, and an indicator file that is not there.
 */
import { describe, expect, it } from 'vitest';
import { jsonHits, scratch } from './scratch.ts';

const ws = scratch('audit-defects');
const iocs = ws.file('iocs.txt', '198.51.100.7\nevil-update.example\n');
const hunt = (args: readonly string[], env?: Record<string, string>) =>
  ws.vigil(['hunt', '--json', '--iocs', iocs, ...args], undefined, env);

const TRAIL = {
  Records: [
    { eventTime: '2026-04-01T00:00:00Z', sourceIPAddress: '10.1.1.1', eventName: 'GetObject' },
    {
      eventTime: '2026-04-02T00:00:00Z',
      sourceIPAddress: '198.51.100.7',
      eventName: 'ListBuckets',
    },
    { eventTime: '2026-04-03T00:00:00Z', sourceIPAddress: '198.51.100.7', eventName: 'PutObject' },
  ],
};

describe('vigil hunt: a CloudTrail document on one line (as AWS delivers it)', () => {
  it('gives each record its own time and names the record, like the pretty-printed document', async () => {
    const oneLine = ws.file('trail/one-line.json', JSON.stringify(TRAIL));
    const pretty = ws.file('trail/pretty.json', JSON.stringify(TRAIL, null, 2));
    for (const path of [oneLine, pretty]) {
      const run = await hunt(['--since', '2026-04-02T12:00:00Z', path]);
      expect(run.code, run.stderr).toBe(0);
      expect(
        jsonHits(run.stdout).map((h) => [
          h.field,
          h.time,
          (h as { kept_without_time?: true }).kept_without_time,
        ]),
      ).toEqual([['Records[2].sourceIPAddress', '2026-04-03T00:00:00.000Z', undefined]]);
    }
  });
});

describe('vigil hunt: a year-less syslog time after the new year', () => {
  it('dates last December in the previous year, not in the future', async () => {
    const log = ws.file('syslog/messages', 'Dec 31 23:59:00 gw sshd[1]: from 198.51.100.7\n');
    const run = await hunt([log], { VIGIL_NOW: '2026-01-02T00:00:00Z' });
    expect(run.code, run.stderr).toBe(0);
    expect(jsonHits(run.stdout).map((h) => h.time)).toEqual(['2025-12-31T23:59:00.000Z']);
  });

  it('keeps the current year for a time up to now', async () => {
    const log = ws.file('syslog/today', 'Jan  2 08:00:00 gw sshd[1]: from 198.51.100.7\n');
    const run = await hunt([log], { VIGIL_NOW: '2026-01-02T09:00:00Z' });
    expect(jsonHits(run.stdout).map((h) => h.time)).toEqual(['2026-01-02T08:00:00.000Z']);
  });
});

describe('vigil hunt: files starting with a UTF-8 byte-order mark', () => {
  const BOM = '\uFEFF';
  it('keeps the first CSV column (time) and parses the first JSON line', async () => {
    const csv = ws.file('bom/export.csv', `${BOM}time,server\n2026-03-01T08:00:00Z,198.51.100.7\n`);
    const jsonl = ws.file(
      'bom/events.jsonl',
      `${BOM}${JSON.stringify({ '@timestamp': '2026-05-01T00:00:00Z', destination: { ip: '198.51.100.7' } })}\n`,
    );
    const run = await hunt([csv, jsonl]);
    expect(run.code, run.stderr).toBe(0);
    expect(
      jsonHits(run.stdout)
        .map((h) => `${h.file}:${h.line} ${h.field} @${h.time}`)
        .sort(),
    ).toEqual([
      `${jsonl}:1 destination.ip @2026-05-01T00:00:00.000Z`,
      `${csv}:2 server @2026-03-01T08:00:00.000Z`,
    ]);
    expect(run.stderr).not.toMatch(/invalid JSON/u);
  });
});

describe('vigil hunt: a quoted CSV field holding a newline (RFC 4180)', () => {
  it('reads the record whole: the hit names its field and the line the record starts on', async () => {
    const csv = ws.file(
      'multiline/alerts.csv',
      [
        'time,note,server,host',
        '2026-03-01T08:00:00Z,"first line',
        'second line, still the note",198.51.100.7,www.evil-update.example',
        '2026-03-02T08:00:00Z,plain,10.0.0.9,cdn.example.org',
        '',
      ].join('\n'),
    );
    const run = await hunt([csv]);
    expect(run.code, run.stderr).toBe(0);
    expect(jsonHits(run.stdout).map((h) => `${h.line} ${h.field}=${h.value} @${h.time}`)).toEqual([
      '2 server=198.51.100.7 @2026-03-01T08:00:00.000Z',
      '2 host=www.evil-update.example @2026-03-01T08:00:00.000Z',
    ]);
  });

  it('reports a quote that never closes and still scans those lines as text', async () => {
    const rows = ['time,note,server', '2026-03-01T08:00:00Z,"never closed,10.0.0.1'];
    for (let i = 0; i < 300; i++) rows.push(i === 10 ? 'filler 198.51.100.7' : `filler ${i}`);
    rows.push('2026-03-02T08:00:00Z,after,198.51.100.7');
    const csv = ws.file('multiline/broken.csv', `${rows.join('\n')}\n`);
    const run = await hunt([csv]);
    expect(run.code, run.stderr).toBe(0);
    // Given up after 64 lines: those are scanned as text (line 13), the rows after parse again.
    expect(jsonHits(run.stdout).map((h) => `${h.line} ${h.field || '-'}=${h.value}`)).toEqual([
      '13 -=198.51.100.7',
      `${rows.length} server=198.51.100.7`,
    ]);
    expect(run.stderr).toMatch(/broken\.csv: 1 CSV record\(s\) with an unclosed quote/u);
  });
});

describe('vigil hunt: an indicator or allowlist file that is not there', () => {
  it('names the option and the file once, and exits 2', async () => {
    const log = ws.file('any.log', 'x 198.51.100.7\n');
    for (const option of ['--iocs', '--allowlist']) {
      const args =
        option === '--iocs'
          ? ['hunt', '--iocs', 'missing.txt', log]
          : ['hunt', '--iocs', iocs, '--allowlist', 'missing.txt', log];
      const run = await ws.vigil(args);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe(`vigil hunt: ${option} missing.txt: no such file`);
    }
  });
});
