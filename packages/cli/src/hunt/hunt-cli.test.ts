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
  pattern?: string;
  name?: string;
  time?: string;
  kept_without_time?: true;
}

const jsonHits = (stdout: string): JsonHit[] =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as JsonHit);

/** A hit as `file:line:field:value -> indicator`: what the log holds, and what it matched. */
const key = (h: JsonHit) => `${basename(h.file)}:${h.line}:${h.field}:${h.value} -> ${h.indicator}`;

const FIXTURE_HITS = [
  // proxy: subdomain + IP; trailing-dot upper-case host + CIDR; URL (case, default port, escapes) + domain; IDN
  'proxy.log.gz:2::login.evil-update.example -> evil-update.example',
  'proxy.log.gz:2::198.51.100.7 -> 198.51.100.7',
  'proxy.log.gz:5::EVIL-UPDATE.EXAMPLE -> evil-update.example',
  'proxy.log.gz:5::203.0.113.9 -> 203.0.113.0/24',
  'proxy.log.gz:6::HTTPS://CDN.EVIL-UPDATE.EXAMPLE:443/a%2Fb~x.js?q=1 -> https://cdn.evil-update.example/a%2fb%7Ex.js?q=1',
  'proxy.log.gz:6::CDN.EVIL-UPDATE.EXAMPLE -> evil-update.example',
  'proxy.log.gz:7::xn--bcher-phish-thb.example -> bücher-phish.example',
  // sysmon: expanded IPv6, packed upper-case MD5, invalid JSON line scanned as text, nested array
  'sysmon.jsonl:2:winlog.event_data.DestinationIp:2001:0DB8:0000:0000:0000:0000:0BAD:0001 -> 2001:db8::bad:1',
  'sysmon.jsonl:3:winlog.event_data.Hashes:44D88612FEA8A8F36DE82E1278ABB02F -> 44D88612FEA8A8F36DE82E1278ABB02F',
  'sysmon.jsonl:4::198.51.100.7 -> 198.51.100.7',
  'sysmon.jsonl:5:dns.answers[0].name:a.b.evil-update.example -> evil-update.example',
  // zeek TSV, CloudTrail records, CSV with quoted fields
  'conn.log:5:id.resp_h:198.51.100.7 -> 198.51.100.7',
  'cloudtrail.json:1:Records[1].sourceIPAddress:203.0.113.45 -> 203.0.113.0/24',
  'firewall.csv:2:dst:203.0.113.77 -> 203.0.113.0/24',
  'firewall.csv:3:note:attacker@Evil-Update.example -> attacker@evil-update.example',
  'firewall.csv:3:note:Evil-Update.example -> evil-update.example',
];

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
      const hits = jsonHits(run.stdout);
      for (const h of hits)
        expect(Object.keys(h)).toEqual(
          expect.arrayContaining(['file', 'line', 'field', 'value', 'indicator']),
        );
      // `value` is the token as logged; `indicator` the list's value, refanged (the list defangs some).
      expect(hits.map(key).sort()).toEqual([...FIXTURE_HITS].sort());
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
    // Nothing left to hunt: exit 2, and the indicators that could not be evaluated are still named.
    const sigma = join(dir, 'sigma.json');
    writeFileSync(
      sigma,
      JSON.stringify({
        type: 'bundle',
        id: 'bundle--1',
        objects: [
          {
            type: 'indicator',
            spec_version: '2.1',
            id: 'indicator--00000000-0000-4000-8000-000000000001',
            created: '2025-01-01T00:00:00.000Z',
            modified: '2025-01-01T00:00:00.000Z',
            pattern: 'title: x',
            pattern_type: 'sigma',
            valid_from: '2025-01-01T00:00:00.000Z',
          },
        ],
      }),
    );
    const nothing = await vigil(['hunt', '--bundle', sigma, join(dir, 'a.log')]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/000000000001: pattern_type sigma is not evaluated/);
    expect(nothing.stderr).toMatch(/no indicators to hunt for/);
  });

  it(
    'with --since keeps the hits of lines without a parseable time, marks and counts them',
    { timeout: 180_000 },
    async () => {
      const dir = logDir();
      const iocs = join(FIXTURES, 'iocs.txt');
      const since = '2026-11-21T00:00:00Z';
      const all = jsonHits((await vigil(['hunt', '--json', '--iocs', iocs, dir])).stdout);
      const run = await vigil(['hunt', '--json', '--since', since, '--iocs', iocs, dir]);
      expect(run.code, run.stderr).toBe(0);
      const kept = jsonHits(run.stdout);
      // Timed hits before --since are dropped; every untimed hit is kept and marked.
      const expected = all.filter((h) => h.time === undefined || h.time >= since);
      expect(expected.length).toBeLessThan(all.length);
      // Files are swept in parallel: their order varies.
      expect(kept.map(key).sort()).toEqual(expected.map(key).sort());
      const untimed = kept.filter((h) => h.time === undefined);
      expect(untimed.length).toBeGreaterThan(0);
      for (const h of kept)
        expect(h.kept_without_time).toBe(h.time === undefined ? true : undefined);
      expect(run.stderr).toContain(
        `${untimed.length} hit(s) without a parseable time kept (--since)`,
      );
      // Without --since nothing is marked and the summary does not mention it.
      expect(all.some((h) => h.kept_without_time)).toBe(false);
    },
  );

  it(
    'names STIX indicators by pattern and name (the id in --json), counts hunted and not evaluated apart',
    { timeout: 180_000 },
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'vigil-hunt-'));
      const stix = (n: number, name: string, pattern: string) => ({
        type: 'indicator',
        spec_version: '2.1',
        id: `indicator--00000000-0000-4000-8000-00000000000${n}`,
        created: '2025-01-01T00:00:00.000Z',
        modified: '2025-01-01T00:00:00.000Z',
        name,
        pattern,
        pattern_type: 'stix',
        valid_from: '2025-01-01T00:00:00.000Z',
      });
      const long = `[domain-name:value IN (${['a', 'b', 'c', 'd', 'e', 'f']
        .map((l) => `'${l}.evil-cdn.example'`)
        .join(', ')})]`;
      const objects = [
        stix(1, 'C2 server', "[ipv4-addr:value = '198.51.100.7']"),
        stix(2, 'CDN fleet', long),
        stix(3, 'process id', '[process:pid = 4]'),
      ];
      const bundle = join(dir, 'bundle.json');
      writeFileSync(bundle, JSON.stringify({ type: 'bundle', id: 'bundle--1', objects }));
      const log = join(dir, 'a.log');
      writeFileSync(log, 'conn 198.51.100.7\ndns x.f.evil-cdn.example\n');

      const text = await vigil(['hunt', '--bundle', bundle, log]);
      expect(text.code, text.stderr).toBe(0);
      expect(text.stdout).not.toContain('indicator--');
      expect(text.stdout).toContain(
        `${log}:1: 198.51.100.7 -> [ipv4-addr:value = '198.51.100.7'] (C2 server)`,
      );
      const shortened = `${long.slice(0, 79)}…`;
      expect(text.stdout).toContain(`${log}:2: x.f.evil-cdn.example -> ${shortened} (CDN fleet)`);
      expect(text.stdout).toMatch(
        /^2 hit\(s\) of 2 indicator\(s\) in 1 input\(s\), .* MB swept, 2 indicator\(s\) hunted, 1 not evaluated$/mu,
      );
      expect(text.stdout).toContain(`  ${shortened} (CDN fleet): 1 hit(s) in 1 file(s)`);
      expect(text.stderr).toMatch(/00000000003: no log field maps to process:pid/u);

      const json = await vigil(['hunt', '--json', '--bundle', bundle, log]);
      expect(jsonHits(json.stdout).map((h) => [h.value, h.indicator, h.name, h.pattern])).toEqual([
        ['198.51.100.7', objects[0]!.id, 'C2 server', objects[0]!.pattern],
        ['x.f.evil-cdn.example', objects[1]!.id, 'CDN fleet', long],
      ]);
    },
  );
});

withEngine('sqlite', 'vigil hunt --sightings', (_makeRepo, { makeStore }) => {
  it(
    'names the reports listing a store indicator in its hits (every active indicator hunted)',
    { timeout: 120_000 },
    async () => {
      const store = await makeStore();
      const stamp = { spec_version: '2.1', created: '2025-01-01T00:00:00.000Z' };
      const indicator = {
        ...stamp,
        type: 'indicator',
        id: 'indicator--00000000-0000-4000-8000-0000000000a1' as const,
        modified: stamp.created,
        name: 'Staging server',
        pattern: "[ipv4-addr:value = '198.51.100.7']",
        pattern_type: 'stix',
        valid_from: stamp.created,
      };
      const report = {
        ...stamp,
        type: 'report',
        id: 'report--00000000-0000-4000-8000-0000000000b1' as const,
        modified: stamp.created,
        name: 'Ministry breach',
        published: stamp.created,
        object_refs: [indicator.id],
      };
      const repo = await openRepository(store.url);
      try {
        await repo.put([indicator, report]);
      } finally {
        await repo.close();
      }
      const dir = mkdtempSync(join(tmpdir(), 'vigil-hunt-'));
      const log = join(dir, 'fw.log');
      writeFileSync(log, '2026-01-10T10:00:00Z fw dst=198.51.100.7\n');
      const run = await vigil(['--db', store.url, 'hunt', '--json', log]);
      expect(run.code, run.stderr).toBe(0);
      const hits = jsonHits(run.stdout) as (JsonHit & { context: string[] })[];
      expect(hits.map((h) => [h.indicator, h.name, h.context])).toEqual([
        [indicator.id, 'Staging server', ['Ministry breach']],
      ]);
      expect(run.stderr).toContain(
        `  ${indicator.pattern} (Staging server): 1 hit(s) in 1 file(s), first 2026-01-10T10:00:00.000Z`,
      );
    },
  );

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
