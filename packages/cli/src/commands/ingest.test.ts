import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { provenanceOf, type StixObject } from '@vigil/core';
import { openRepository } from '@vigil/store';
import { runVigil } from '../../../../test-support/cli.ts';
import { expectSchemaValid } from '../../../../test-support/stix-schemas.ts';

// A tiny knowledge base written by hand: one intrusion set known under two names.
const GROUP = 'intrusion-set--0c7e5a6d-3f5a-4b7e-9d61-2f6b9f1c0a11';
const knowledge: StixObject[] = [
  {
    type: 'intrusion-set',
    spec_version: '2.1',
    id: GROUP,
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    name: 'ZIRCONIUM',
    aliases: ['ZIRCONIUM', 'APT31', 'Violet Typhoon'],
    external_references: [
      {
        source_name: 'mitre-attack',
        external_id: 'G0128',
        url: 'https://attack.mitre.org/groups/G0128',
      },
    ],
  },
];

const REPORT = [
  'Ministry breach blamed on APT31',
  '',
  'The government of Norway said on Tuesday that APT31, a group linked to China, breached the network of its foreign ministry.',
  'Investigators found beacons to update-check[.]example[.]net and 5.188.86.172 on several servers.',
].join('\n');

let dir = '';
let db = '';
let reportFile = '';
const vigil = (args: string[], input?: string) =>
  runVigil(['--db', db, ...args], {
    env: { VIGIL_HOME: dir },
    ...(input !== undefined ? { input } : {}),
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-ingest-'));
  db = join(dir, 'vigil.sqlite');
  reportFile = join(dir, 'report.txt');
  writeFileSync(reportFile, REPORT);
  const repo = await openRepository(db);
  await repo.put(knowledge);
  await repo.close();
});

describe('vigil analyze / ingest', () => {
  it('prints a readable summary that resolves known aliases and defangs indicators', async () => {
    const run = await vigil(['analyze', reportFile]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('APT31 (= ZIRCONIUM, G0128)');
    expect(run.stdout).toMatch(/published unknown/u);
    expect(run.stdout).toContain('update-check[.]example[.]net');
    expect(run.stdout).not.toContain('update-check.example.net');
  });

  it('prints a schema-valid STIX bundle whose report references the known group', async () => {
    const run = await vigil([
      'analyze',
      reportFile,
      '--format',
      'stix',
      '--published',
      '2025-03-04',
      '--tlp',
      'amber',
    ]);
    expect(run.code, run.stderr).toBe(0);
    const bundle = JSON.parse(run.stdout) as { objects: StixObject[] };
    expectSchemaValid(bundle.objects);
    const report = bundle.objects.find((o) => o.type === 'report')!;
    expect(report.object_refs).toContain(GROUP);
    expect(report.published).toBe('2025-03-04T00:00:00.000Z');
    expect(bundle.objects.find((o) => o.id === GROUP)).toBeDefined();
    const indicators = bundle.objects.filter((o) => o.type === 'indicator');
    expect(indicators.map((i) => i.pattern).sort()).toEqual([
      "[domain-name:value = 'update-check.example.net']",
      "[ipv4-addr:value = '5.188.86.172']",
    ]);
    expect(indicators.every((i) => i.valid_from === '2025-03-04T00:00:00.000Z')).toBe(true);
  });

  it('gives JSON whose spans point at the text they cite', async () => {
    const run = await vigil(['analyze', '-', '--json'], REPORT);
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(run.stdout) as {
      text: string;
      entities: { name: string; mentions: { start: number; end: number; text: string }[] }[];
    };
    const group = json.entities.find((e) => e.name === 'ZIRCONIUM')!;
    for (const m of group.mentions) expect(json.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('stores a report once: ingesting the same article again adds nothing', async () => {
    const first = await vigil(['ingest', reportFile, '--quiet']);
    expect(first.code, first.stderr).toBe(0);
    const id = first.stdout.trim();
    const again = await runVigil(['--db', db, 'ingest', reportFile, '--quiet'], {
      env: { VIGIL_HOME: dir, VIGIL_NOW: '2026-12-01T00:00:00.000Z' },
    });
    expect(again.stdout.trim()).toBe(id);
    expect(again.stderr).toMatch(/: 0 new versions/u);
    const repo = await openRepository(db);
    try {
      const report = await repo.get(id);
      expect(report?.modified).toBe('2026-11-28T12:00:00.000Z');
      expect(await repo.reportText.get(id)).toContain('APT31, a group linked to China');
      const evidence = await repo.evidence.forObject(GROUP);
      expect(evidence.length).toBeGreaterThan(0);
      expect(provenanceOf(report!)?.published_known).toBe(false);
    } finally {
      await repo.close();
    }
  });

  it('counts as unchanged on re-ingest every object the first ingest counted as new', async () => {
    const file = join(dir, 'sponsor.txt');
    writeFileSync(
      file,
      "The government of Norway said that APT31, a unit of China's Ministry of State Security, breached its foreign ministry.",
    );
    const store = ['--db', join(dir, 'counts.sqlite')];
    const repo = await openRepository(join(dir, 'counts.sqlite'));
    await repo.put(knowledge);
    await repo.close();
    const counts = async () => {
      const run = await runVigil([...store, 'ingest', file, '--quiet'], {
        env: { VIGIL_HOME: dir },
      });
      expect(run.code, run.stderr).toBe(0);
      const [, added, unchanged] = /: (\d+) new versions?, (\d+) unchanged/u.exec(run.stderr) ?? [];
      return [Number(added), Number(unchanged)];
    };
    const [firstAdded, firstUnchanged] = await counts();
    expect(firstAdded).toBeGreaterThan(0);
    expect(firstUnchanged).toBe(0);
    // The state organ the first reading created is stored knowledge on the second: still unchanged.
    expect(await counts()).toEqual([0, firstAdded]);
  });

  it('ingests the good sources of a batch, reports each bad one, and exits 2 at the end', async () => {
    const garbage = join(dir, 'garbage.bin');
    writeFileSync(garbage, randomBytes(4096));
    const missing = join(dir, 'missing.txt');
    const batch = (...args: string[]) =>
      runVigil(
        ['--db', join(dir, 'batch.sqlite'), 'ingest', garbage, reportFile, missing, ...args],
        {
          env: { VIGIL_HOME: dir },
        },
      );
    const quiet = await batch('--quiet');
    expect(quiet.code).toBe(2);
    expect(quiet.stdout).toMatch(/^report--[\da-f-]+\n$/u);
    expect(quiet.stderr).toMatch(/^vigil ingest: .*garbage\.bin looks like binary data/mu);
    expect(quiet.stderr).toMatch(/^vigil ingest: cannot read .*missing\.txt/mu);
    expect(quiet.stderr).toMatch(/^stored report--/mu);
    const json = await batch('--json');
    expect(json.code).toBe(2);
    const { results } = JSON.parse(json.stdout) as {
      results: { source: string; ok: boolean; report_id?: string; error?: { code: string } }[];
    };
    expect(results.map((r) => [r.source, r.ok, r.error?.code])).toEqual([
      [garbage, false, 'binary'],
      [reportFile, true, undefined],
      [missing, false, 'unreadable'],
    ]);
    expect(results[1]!.report_id).toBe(quiet.stdout.trim());
  });

  it('reads each source of a batch with what the sources before it stored, as one command each would', async () => {
    // "Glasswing" alone, with no cue word, is a name only once a report has made it known.
    const naming = join(dir, 'naming.txt');
    writeFileSync(
      naming,
      'Researchers uncover a new crew\n\nResearchers said they had found a previously unknown threat actor they call Glasswing Crew. The group targeted ministries in Chile.',
    );
    const mention = join(dir, 'mention.txt');
    writeFileSync(
      mention,
      'More attacks\n\nIn March, Glasswing sent documents to diplomats in Peru.',
    );
    const batchDb = join(dir, 'learning.sqlite');
    const run = await runVigil(['--db', batchDb, 'ingest', '-q', naming, mention], {
      env: { VIGIL_HOME: dir },
    });
    expect(run.code, run.stderr).toBe(0);
    const [namingId, mentionId] = run.stdout.trim().split('\n');
    const repo = await openRepository(batchDb);
    try {
      const refs = async (id: string | undefined) =>
        ((await repo.get(id as StixObject['id']))?.object_refs as string[]).filter((r) =>
          r.startsWith('intrusion-set--'),
        );
      const [group] = await refs(namingId);
      expect((await repo.get(group as StixObject['id']))?.name).toBe('Glasswing');
      expect(await refs(mentionId)).toEqual([group]);
    } finally {
      await repo.close();
    }
  });

  it('prints one STIX bundle for several sources, each object once, every reference inside it', async () => {
    const second = join(dir, 'second.txt');
    writeFileSync(
      second,
      'The Czech government said that APT31, linked to China, breached its foreign ministry.',
    );
    const run = await vigil(['ingest', reportFile, second, '--format', 'stix']);
    expect(run.code, run.stderr).toBe(0);
    const bundle = JSON.parse(run.stdout) as { type: string; objects: StixObject[] };
    expect(bundle.type).toBe('bundle');
    const ids = bundle.objects.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    const reports = bundle.objects.filter((o) => o.type === 'report');
    expect(reports).toHaveLength(2);
    // Both reports name the same group, which the bundle carries once.
    expect(bundle.objects.filter((o) => o.id === GROUP)).toHaveLength(1);
    for (const report of reports) {
      for (const ref of report.object_refs as string[]) expect(ids).toContain(ref);
    }
    expectSchemaValid(bundle.objects);
  });

  it('shows the TLP the report got, and accepts a future --published with a warning', async () => {
    const marked = await vigil([
      'analyze',
      reportFile,
      '--tlp',
      'amber',
      '--published',
      '2030-01-01',
    ]);
    expect(marked.code, marked.stderr).toBe(0);
    expect(marked.stdout).toMatch(/^ {2}published 2030-01-01\n {2}marking TLP:AMBER$/mu);
    expect(marked.stderr).toContain(
      'warning: --published 2030-01-01 is in the future (now 2026-11-28); kept as given',
    );
    const plain = await vigil(['ingest', reportFile, '--published', '2025-03-04']);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toMatch(/^ {2}marking none: unrestricted/mu);
    expect(plain.stderr).not.toContain('warning');
  });

  it('exits 2 with a clear message on bad input and bad options', async () => {
    const missing = await vigil(['analyze', join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nope\.txt/u);
    const empty = await vigil(['analyze', '-'], '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/empty/u);
    const tooBig = await vigil(['analyze', reportFile, '--max-bytes', '100']);
    expect(tooBig.code).toBe(2);
    expect(tooBig.stderr).toMatch(/over the 100-byte limit \(--max-bytes\)/u);
    const badSize = await vigil(['analyze', reportFile, '--max-bytes', 'lots']);
    expect(badSize.code).toBe(2);
    expect(badSize.stderr).toMatch(/--max-bytes: "lots" is not a size like 500M/u);
    const badTlp = await vigil(['analyze', reportFile, '--tlp', 'purple']);
    expect(badTlp.code).toBe(2);
    expect(badTlp.stderr).toMatch(/--tlp must be/u);
  });
});

describe('vigil draft', () => {
  it('lets an analyst reject a wrong match, remembers it, and accept the rest', async () => {
    const text = 'A new campaign by APT31 hit the energy sector in Spain.';
    const drafted = await vigil(['ingest', '-', '--draft', '--quiet'], text);
    expect(drafted.code, drafted.stderr).toBe(0);
    const id = drafted.stdout.trim();
    const shown = await vigil(['draft', 'show', id]);
    const line = shown.stdout.split('\n').find((l) => l.includes('ZIRCONIUM'))!;
    const number = /^\s*(\d+)\./u.exec(line)![1]!;
    expect((await vigil(['draft', 'reject', id, number])).code).toBe(0);
    expect((await vigil(['draft', 'show', id])).stdout).not.toContain('ZIRCONIUM');
    // The same text is not matched to the same group again.
    const later = await vigil(['analyze', '-', '--json'], text);
    expect(later.stdout).not.toContain(GROUP);
    const accepted = await vigil(['draft', 'accept', id]);
    expect(accepted.code, accepted.stderr).toBe(0);
    expect((await vigil(['draft', 'list'])).stdout).not.toContain(id);
  });
});
