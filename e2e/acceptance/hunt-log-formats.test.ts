/**
 * `vigil hunt` over a log folder as a SOC keeps it: rotated `.gz` files, sub-folders, a proxy export as
 * CSV with a header, Zeek TSV, ECS JSON lines and a CloudTrail `{"Records":[...]}` document. Every
 * planted hit is found with its file, line, field and log time; the near-misses beside them are not.
 */
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { jsonHits, scratch, type JsonHit } from './scratch.ts';

const IOCS = ['198.51.100[.]7', 'evil-update[.]example', ''].join('\n');

const FIREWALL = [
  '2026-01-10T10:00:00Z fw allow src=10.0.0.5 dst=198.51.100.7 dport=443',
  '2026-01-11T10:00:00Z fw allow src=10.0.0.5 dst=198.51.100.70 dport=443',
].join('\n');

const RESOLVER = '2026-02-10T10:00:00Z dns query www.evil-update.example A\n';

const PROXY_CSV = [
  'time,client,server,host',
  '2026-03-01T08:00:00Z,10.0.0.1,198.51.100.7,cdn.example.org',
  '2026-03-02T08:00:00Z,10.0.0.1,10.0.0.9,www.evil-update.example',
  '2026-03-03T08:00:00Z,10.0.0.1,10.0.0.9,notevil-update.example',
].join('\n');

// Zeek dns.log: ts is epoch seconds (1767225600 = 2026-01-01T00:00:00Z).
const ZEEK_DNS = [
  '#separator \\x09',
  '#fields\tts\tuid\tid.orig_h\tid.resp_h\tquery',
  '#types\ttime\tstring\taddr\taddr\tstring',
  '1767225600.000000\tC1\t10.0.0.5\t198.51.100.7\tevil-update.example',
  '1767225601.000000\tC2\t10.0.0.5\t10.0.0.53\tevil-update.example.au',
].join('\n');

const ECS_JSONL = [
  JSON.stringify({ '@timestamp': '2026-05-01T00:00:00Z', destination: { ip: '198.51.100.7' } }),
  JSON.stringify({ '@timestamp': '2026-05-02T00:00:00Z', destination: { ip: '198.51.100.8' } }),
].join('\n');

// As an analyst saves it from the console (pretty-printed).
const CLOUDTRAIL = JSON.stringify(
  {
    Records: [
      { eventTime: '2026-04-01T00:00:00Z', sourceIPAddress: '10.1.1.1', eventName: 'GetObject' },
      {
        eventTime: '2026-04-02T00:00:00Z',
        sourceIPAddress: '198.51.100.7',
        eventName: 'ListBuckets',
      },
    ],
  },
  null,
  2,
);

const ws = scratch('log-formats');
let iocs = '';

beforeAll(() => {
  iocs = ws.file('iocs.txt', IOCS);
  ws.file('logs/fw/fw.log.1.gz', gzipSync(FIREWALL));
  ws.file('logs/resolver/2026/02/dns.log', RESOLVER);
  ws.file('logs/proxy/export.csv', PROXY_CSV);
  ws.file('logs/zeek/dns.log', ZEEK_DNS);
  ws.file('logs/edr/events.jsonl', ECS_JSONL);
  ws.file('logs/cloudtrail/trail.json', CLOUDTRAIL);
});

const hunt = (...args: string[]) => ws.vigil(['hunt', '--json', '--iocs', iocs, ...args]);

/** Worker threads finish in any order: compare hits sorted by file and line. */
const sorted = (hits: JsonHit[]) =>
  hits
    .map((h) => `${h.file}:${h.line} ${h.field || '-'}=${h.value} -> ${h.indicator} @${h.time}`)
    .sort();

describe('vigil hunt over a folder of mixed log formats', () => {
  it('finds every planted hit with its field and log time, and no near-miss', async () => {
    const run = await hunt('logs');
    expect(run.code, run.stderr).toBe(0);
    expect(sorted(jsonHits(run.stdout))).toEqual([
      'logs/cloudtrail/trail.json:1 Records[1].sourceIPAddress=198.51.100.7 -> 198.51.100.7 @2026-04-02T00:00:00.000Z',
      'logs/edr/events.jsonl:1 destination.ip=198.51.100.7 -> 198.51.100.7 @2026-05-01T00:00:00.000Z',
      'logs/fw/fw.log.1.gz:1 -=198.51.100.7 -> 198.51.100.7 @2026-01-10T10:00:00.000Z',
      'logs/proxy/export.csv:2 server=198.51.100.7 -> 198.51.100.7 @2026-03-01T08:00:00.000Z',
      'logs/proxy/export.csv:3 host=www.evil-update.example -> evil-update.example @2026-03-02T08:00:00.000Z',
      'logs/resolver/2026/02/dns.log:1 -=www.evil-update.example -> evil-update.example @2026-02-10T10:00:00.000Z',
      'logs/zeek/dns.log:4 id.resp_h=198.51.100.7 -> 198.51.100.7 @2026-01-01T00:00:00.000Z',
      'logs/zeek/dns.log:4 query=evil-update.example -> evil-update.example @2026-01-01T00:00:00.000Z',
    ]);
    // The summary (stderr under --json) counts what was swept.
    expect(run.stderr).toMatch(/8 hit\(s\) of 2 indicator\(s\) in 6 input\(s\)/u);
  });

  it('prints one JSON object per hit with file, line, field, value and indicator', async () => {
    const run = await hunt('logs/proxy/export.csv');
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      const hit = JSON.parse(line) as Record<string, unknown>;
      expect(Object.keys(hit)).toEqual(
        expect.arrayContaining(['file', 'line', 'field', 'value', 'indicator']),
      );
      expect(hit.file).toBe('logs/proxy/export.csv');
    }
  });

  it('keeps only hits logged at or after --since, whatever the format told the time', async () => {
    const run = await hunt('--since', '2026-03-02T00:00:00Z', 'logs');
    expect(run.code, run.stderr).toBe(0);
    expect(sorted(jsonHits(run.stdout)).map((hit) => hit.split(' ')[0])).toEqual([
      'logs/cloudtrail/trail.json:1',
      'logs/edr/events.jsonl:1',
      'logs/proxy/export.csv:3',
    ]);
    expect(run.stderr).not.toMatch(/without a parseable time/u);
  });
});
