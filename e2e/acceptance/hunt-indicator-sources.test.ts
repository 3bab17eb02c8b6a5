/**
 * `vigil hunt` fed by the indicator sources a SOC receives besides a plain list: a MISP event and a STIX
 * bundle (only its active indicators), and logs piped on stdin.
 */
import { describe, expect, it } from 'vitest';
import { jsonHits, scratch } from './scratch.ts';

const LOG = [
  'conn src=10.0.0.5 dst=198.51.100.7 dport=443',
  'dns query www.evil-update.example A',
  'av alert hash=D41D8CD98F00B204E9800998ECF8427E',
  'conn src=10.0.0.6 dst=203.0.113.9 dport=443',
  'edr sha256=0b7c3c6e5f1f3a1a9c1d0e8f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b',
  'conn src=10.0.0.7 dst=198.51.100.70 dport=443',
].join('\n');

const SHA256 = '0b7c3c6e5f1f3a1a9c1d0e8f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e6f8a0b';

const mispEvent = {
  Event: {
    info: 'Phishing wave against ministries',
    uuid: '5f1c0000-0000-4000-8000-000000000001',
    Attribute: [
      { type: 'ip-dst', category: 'Network activity', to_ids: true, value: '198.51.100.7' },
      { type: 'domain', category: 'Network activity', to_ids: true, value: 'evil-update.example' },
      {
        type: 'md5',
        category: 'Payload delivery',
        to_ids: true,
        value: 'd41d8cd98f00b204e9800998ecf8427e',
      },
      { type: 'ip-dst|port', category: 'Network activity', to_ids: true, value: '203.0.113.9|443' },
      { type: 'comment', category: 'Other', to_ids: false, value: 'seen in a phishing wave' },
    ],
    Object: [
      {
        name: 'file',
        Attribute: [{ type: 'sha256', category: 'Payload delivery', to_ids: true, value: SHA256 }],
      },
    ],
  },
};

const indicator = (n: number, pattern: string, extra: Record<string, unknown> = {}) => ({
  type: 'indicator',
  spec_version: '2.1',
  id: `indicator--00000000-0000-4000-8000-00000000000${n}`,
  created: '2025-01-01T00:00:00.000Z',
  modified: '2025-01-01T00:00:00.000Z',
  name: `indicator ${n}`,
  pattern,
  pattern_type: 'stix',
  valid_from: '2025-01-01T00:00:00.000Z',
  ...extra,
});

const bundle = {
  type: 'bundle',
  id: 'bundle--00000000-0000-4000-8000-000000000000',
  objects: [
    indicator(1, "[ipv4-addr:value = '198.51.100.7']"),
    indicator(2, "[domain-name:value = 'evil-update.example']", { revoked: true }),
    indicator(3, "[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']", {
      valid_until: '2025-06-01T00:00:00.000Z',
    }),
    indicator(4, "[ipv4-addr:value = '203.0.113.9']"),
    indicator(5, '[process:pid = 4]'),
  ],
};

describe('vigil hunt indicator sources', () => {
  it('hunts the network and hash attributes of a MISP event, object attributes included', async () => {
    const ws = scratch('misp');
    const event = ws.file('event.json', JSON.stringify(mispEvent));
    const run = await ws.vigil(['hunt', '--json', '--misp', event, ws.file('mixed.log', LOG)]);
    expect(run.code, run.stderr).toBe(0);
    const hits = jsonHits(run.stdout);
    expect(hits.map((h) => [h.line, h.indicator])).toEqual([
      [1, '198.51.100.7'],
      [2, 'evil-update.example'],
      [3, 'd41d8cd98f00b204e9800998ecf8427e'],
      [4, '203.0.113.9'],
      [5, SHA256],
    ]);
    // Each hit names the event it came from, so the analyst knows which intelligence fired.
    for (const hit of hits) expect(hit.context).toEqual(['Phishing wave against ministries']);
    // An attribute that is not an indicator is reported, not silently dropped.
    expect(run.stderr).toMatch(/MISP attribute type comment is not hunted/u);
  });

  it('hunts only the active indicators of a bundle and reports the pattern it cannot map', async () => {
    const ws = scratch('bundle');
    const run = await ws.vigil([
      'hunt',
      '--json',
      '--bundle',
      ws.file('bundle.json', JSON.stringify(bundle)),
      ws.file('mixed.log', LOG),
    ]);
    expect(run.code, run.stderr).toBe(0);
    const hits = jsonHits(run.stdout);
    // The revoked domain and the expired hash are present in the log but no longer hunted.
    expect(hits.map((h) => [h.line, h.indicator, h.pattern])).toEqual([
      [1, bundle.objects[0]!.id, "[ipv4-addr:value = '198.51.100.7']"],
      [4, bundle.objects[3]!.id, "[ipv4-addr:value = '203.0.113.9']"],
    ]);
    expect(run.stderr).toMatch(/00000000005: no log field maps to process:pid/u);
  });

  it('reads the logs from stdin when the path is -', async () => {
    const ws = scratch('stdin');
    const iocs = ws.file('iocs.txt', '198.51.100[.]7\nhxxp://evil-update[.]example/gate.php\n');
    const piped = `${LOG}\n2026-05-10T10:00:00Z proxy GET http://evil-update.example/gate.php 200\n`;
    const run = await ws.vigil(['hunt', '--json', '--iocs', iocs, '-'], piped);
    expect(run.code, run.stderr).toBe(0);
    expect(jsonHits(run.stdout).map((h) => [h.file, h.line, h.value])).toEqual([
      ['-', 1, '198.51.100.7'],
      ['-', 7, 'http://evil-update.example/gate.php'],
    ]);
    const none = await ws.vigil(['hunt', '--iocs', iocs, '-'], 'nothing here 198.51.100.70\n');
    expect(none.code).toBe(1);
  });
});
