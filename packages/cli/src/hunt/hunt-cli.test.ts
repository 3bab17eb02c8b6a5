/** Black-box tests of `vigil hunt` over the hand-made logs in fixtures/logs (planted hits, decoys, formats). */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openRepository } from '@vigil/store';
import { withEngine } from '../../../../test-support/stores.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
const FIXTURES = join(ROOT, 'fixtures/logs');
const BIN = join(ROOT, 'packages/cli/bin/vigil.js');

function vigil(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

/** Copies the fixture logs into a temp dir; proxy.log is gzipped there, and a binary file is added. */
function logDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-hunt-'));
  for (const name of readdirSync(FIXTURES)) {
    if (name === 'iocs.txt' || name === 'allowlist.txt') continue;
    if (name === 'proxy.log')
      writeFileSync(join(dir, 'proxy.log.gz'), gzipSync(readFileSync(join(FIXTURES, name))));
    else copyFileSync(join(FIXTURES, name), join(dir, name));
  }
  writeFileSync(
    join(dir, 'image.bin'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 198, 51, 100, 7]),
  );
  return dir;
}

interface JsonHit {
  file: string;
  line: number;
  field: string;
  value: string;
  indicator: string;
}

const key = (h: JsonHit) => `${basename(h.file)}:${h.line}:${h.field}:${h.indicator}`;

describe('vigil hunt over fixtures/logs', () => {
  it(
    'finds every planted hit in every format, and nothing else',
    { timeout: 180_000 },
    async () => {
      const dir = logDir();
      const run = await vigil([
        'hunt',
        '--json',
        '--iocs',
        join(FIXTURES, 'iocs.txt'),
        '--allowlist',
        join(FIXTURES, 'allowlist.txt'),
        dir,
      ]);
      expect(run.code, run.stderr).toBe(0);
      const hits = run.stdout
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as JsonHit);
      for (const h of hits)
        expect(Object.keys(h)).toEqual(
          expect.arrayContaining(['file', 'line', 'field', 'value', 'indicator']),
        );
      const url = 'hxxps://cdn.evil-update[.]example/a%2fb%7Ex.js?q=1';
      expect(hits.map(key).sort()).toEqual(
        [
          // proxy: subdomain + IP; trailing-dot upper-case host + CIDR; URL (case, default port, escapes) + domain; IDN
          'proxy.log.gz:2::evil-update[.]example',
          'proxy.log.gz:2::198.51.100.7',
          'proxy.log.gz:5::evil-update[.]example',
          'proxy.log.gz:5::203.0.113.0/24',
          `proxy.log.gz:6::${url}`,
          'proxy.log.gz:6::evil-update[.]example',
          'proxy.log.gz:7::bücher-phish.example',
          // sysmon: expanded IPv6, packed upper-case MD5, invalid JSON line scanned as text, nested array
          'sysmon.jsonl:2:winlog.event_data.DestinationIp:2001:db8::bad:1',
          'sysmon.jsonl:3:winlog.event_data.Hashes:44D88612FEA8A8F36DE82E1278ABB02F',
          'sysmon.jsonl:4::198.51.100.7',
          'sysmon.jsonl:5:dns.answers[0].name:evil-update[.]example',
          // zeek TSV, CloudTrail records, CSV with quoted fields
          'conn.log:5:id.resp_h:198.51.100.7',
          'cloudtrail.json:1:Records[1].sourceIPAddress:203.0.113.0/24',
          'firewall.csv:2:dst:203.0.113.0/24',
          'firewall.csv:3:note:attacker@evil-update.example',
          'firewall.csv:3:note:evil-update[.]example',
        ].sort(),
      );
      expect(run.stderr).toMatch(/image\.bin: skipped, binary/);
      expect(run.stderr).toMatch(/sysmon\.jsonl: 1 invalid JSON line/);
      expect(run.stderr).toMatch(/1 hit\(s\) suppressed by the allowlist/);
    },
  );

  it('exits 1 when nothing is found and 2 on a bad source', { timeout: 180_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-hunt-'));
    writeFileSync(join(dir, 'iocs.txt'), '192.0.2.200\n');
    writeFileSync(join(dir, 'a.log'), 'nothing to see 192.0.2.20 here\n');
    const none = await vigil(['hunt', '--iocs', join(dir, 'iocs.txt'), join(dir, 'a.log')]);
    expect(none.code).toBe(1);
    expect(none.stdout).toMatch(/^0 hit\(s\)/);
    const bad = await vigil(['hunt', '--iocs', join(dir, 'missing.txt'), join(dir, 'a.log')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/missing\.txt/);
  });
});

withEngine('sqlite', 'vigil hunt --sightings', (_makeRepo, { makeStore }) => {
  it(
    'writes sightings once per indicator and updates them on re-run',
    { timeout: 240_000 },
    async () => {
      const store = await makeStore();
      const dir = logDir();
      const args = [
        '--db',
        store.url,
        'hunt',
        '--sightings',
        '--org',
        'ACME Corp',
        '--iocs',
        join(FIXTURES, 'iocs.txt'),
        dir,
      ];
      const first = await vigil(args);
      expect(first.code, first.stderr).toBe(0);
      const second = await vigil(args);
      expect(second.code, second.stderr).toBe(0);
      const repo = await openRepository(store.url);
      try {
        const sightings = (await repo.query({ types: ['sighting'], limit: 100 })).items;
        expect(sightings.length).toBeGreaterThan(0);
        // One sighting per hit indicator, each with exactly 2 versions after 2 runs.
        const indicatorIds = new Set(sightings.map((s) => s.sighting_of_ref));
        expect(indicatorIds.size).toBe(sightings.length);
        for (const s of sightings) {
          expect(await repo.versions(s.id)).toHaveLength(2);
          expect(s.where_sighted_refs).toHaveLength(1);
        }
        // 198.51.100.7 is hit in proxy, sysmon (text line) and zeek: count 3 on each run, never 6.
        const ipIndicator = (await repo.query({ types: ['indicator'], limit: 100 })).items.find(
          (i) => i.pattern === "[ipv4-addr:value = '198.51.100.7']",
        );
        expect(ipIndicator).toBeDefined();
        const ipSighting = sightings.find((s) => s.sighting_of_ref === ipIndicator!.id);
        expect(ipSighting?.count).toBe(3);
        // Zeek's epoch `ts` and the proxy's squid time parse: first/last seen come from the logs.
        expect(ipSighting?.first_seen).toMatch(/^20\d\d-/);
      } finally {
        await repo.close();
      }
    },
  );
});
