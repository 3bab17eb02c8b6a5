/**
 * Black-box: `vigil hunt --bundle` with STIX pattern indicators (LIKE, MATCHES, AND over mapped fields)
 * over JSON-line logs, through the worker threads, plus the refused patterns on stderr.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runVigil } from '../../../../test-support/cli.ts';

const indicator = (n: number, name: string, pattern: string) => ({
  type: 'indicator',
  spec_version: '2.1',
  id: `indicator--00000000-0000-4000-8000-00000000000${n}`,
  created: '2026-11-01T00:00:00.000Z',
  modified: '2026-11-01T00:00:00.000Z',
  name,
  pattern,
  pattern_type: 'stix',
  valid_from: '2026-11-01T00:00:00Z',
});

const INDICATORS = [
  indicator(1, 'like', "[domain-name:value LIKE '%.update-cdn.example']"),
  indicator(
    2,
    'matches',
    "[process:command_line MATCHES '(?i)powershell(\\\\.exe)?\\\\s.*-enc(odedcommand)?\\\\s+[A-Za-z0-9+/=]{16,}']",
  ),
  indicator(
    3,
    'and',
    "[network-traffic:dst_ref.value = '203.0.113.50' AND network-traffic:dst_port IN (8443, 9443)]",
  ),
  indicator(
    4,
    'followedby',
    "[domain-name:value = 'a.example'] FOLLOWEDBY [domain-name:value = 'b.example']",
  ),
  indicator(5, 'backreference', "[url:value MATCHES '(ab)\\\\1']"),
];
const refOf = (name: string): string => INDICATORS.find((i) => i.name === name)!.id;

const SYSMON = [
  // 1: the MATCHES hit (EncodedCommand, nested Sysmon event data)
  {
    '@timestamp': '2026-11-20T08:00:00Z',
    winlog: {
      event_data: {
        Image: 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe',
        CommandLine: 'PowerShell.exe -NoProfile -EncodedCommand SQBFAFgAIAAoAE4AZQB3AC0A',
      },
    },
  },
  // 2: powershell without an encoded command: no hit
  { winlog: { event_data: { CommandLine: 'powershell.exe -File C:\\ops\\backup.ps1' } } },
  // 3: the LIKE hit, upper case and trailing dot in the log
  {
    '@timestamp': '2026-11-20T08:05:00Z',
    dns: { question: { name: 'Files.Update-CDN.example.' } },
  },
  // 4: the parent domain itself does not match '%.update-cdn.example'
  { dns: { question: { name: 'update-cdn.example' } } },
  // 5: the AND hit (Zeek conn field names)
  { ts: 1795161900, 'id.orig_h': '10.1.2.3', 'id.resp_h': '203.0.113.50', 'id.resp_p': 9443 },
  // 6: same address, other port: no hit
  { ts: 1795161960, 'id.orig_h': '10.1.2.3', 'id.resp_h': '203.0.113.50', 'id.resp_p': 443 },
];

interface JsonHit {
  file: string;
  line: number;
  field: string;
  value: string;
  indicator: string;
}

function setup(): { bundle: string; logs: string } {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-hunt-patterns-'));
  const bundle = join(dir, 'bundle.json');
  writeFileSync(
    bundle,
    JSON.stringify({
      type: 'bundle',
      id: 'bundle--00000000-0000-4000-8000-000000000000',
      objects: INDICATORS,
    }),
  );
  const logs = join(dir, 'logs');
  mkdirSync(logs);
  writeFileSync(join(logs, 'events.jsonl'), `${SYSMON.map((r) => JSON.stringify(r)).join('\n')}\n`);
  // Plain text: LIKE and MATCHES hold on the observables of its tokens (the URL's host here); the
  // parent domain is no hit, and the AND needs a port field a text line does not have.
  writeFileSync(
    join(logs, 'proxy.log'),
    [
      'Nov 20 08:04:00 proxy GET http://update-cdn.example/y',
      'Nov 20 08:05:00 proxy GET http://files.update-cdn.example/x',
      'Nov 20 08:07:00 proxy CONNECT 203.0.113.50:9443',
    ].join('\n') + '\n',
  );
  return { bundle, logs };
}

describe('vigil hunt with LIKE / MATCHES / AND pattern indicators', () => {
  for (const jobs of ['1', '2']) {
    it(
      `finds exactly the planted pattern hits (--jobs ${jobs})`,
      { timeout: 120_000 },
      async () => {
        const { bundle, logs } = setup();
        const run = await runVigil(['hunt', '--json', '--jobs', jobs, '--bundle', bundle, logs]);
        expect(run.code, run.stderr).toBe(0);
        const hits = run.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as JsonHit)
          .map((h) => `${basename(h.file)}:${h.line} ${h.field}=${h.value} ${h.indicator}`)
          .sort();
        expect(hits).toEqual(
          [
            `events.jsonl:1 winlog.event_data.CommandLine=${SYSMON[0]!.winlog!.event_data.CommandLine} ${refOf('matches')}`,
            `events.jsonl:3 dns.question.name=files.update-cdn.example ${refOf('like')}`,
            `events.jsonl:5 id.resp_h=203.0.113.50 ${refOf('and')}`,
            `proxy.log:2 =files.update-cdn.example ${refOf('like')}`,
          ].sort(),
        );
        expect(run.stderr).toMatch(/2 indicator\(s\) not evaluated/);
        expect(run.stderr).toContain(
          `${refOf('followedby')}: unsupported pattern: observation FOLLOWEDBY is not evaluated`,
        );
        expect(run.stderr).toMatch(
          new RegExp(
            `${refOf('backreference')}: unsupported pattern: MATCHES '\\(ab\\)\\\\1': backreference`,
          ),
        );
      },
    );
  }
});
