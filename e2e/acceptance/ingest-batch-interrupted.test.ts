/**
 * Issue 3, "nothing stored half-way": a batch ingest killed (SIGKILL, Ctrl-C) or failing inside a
 * report's write leaves the store exactly as if only the reports before it had been ingested: each
 * report wholly there (its objects, its text) or wholly absent, and a second run completes the batch
 * as if nothing had happened.
 */
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StixObject } from '@vigil/core';
import { openRepository } from '@vigil/store';
import { VIGIL_BIN } from '../../test-support/cli.ts';
import { scratch, storeInfo, type Scratch } from './scratch.ts';

/**
 * Reports that share nothing but Vigil's identity, so each one's write is its own. Eight, each with a
 * long plain tail, so that work is left when a signal lands: on a fast machine four short reports were
 * all stored before a signal sent right after the first one reached the process.
 */
const ARTICLES = [
  ['APT41', 'patch-cdn', '198.51.100.11'],
  ['FIN12', 'billing-sync', '198.51.100.12'],
  ['TA505', 'docs-share', '198.51.100.13'],
  ['UNC2452', 'orion-update', '198.51.100.14'],
  ['APT28', 'mail-relay', '198.51.100.15'],
  ['FIN7', 'pos-update', '198.51.100.16'],
  ['TA551', 'invoice-docs', '198.51.100.17'],
  ['UNC1878', 'vpn-gate', '198.51.100.18'],
].map(
  ([actor, host, ip]) =>
    `${actor} campaign report\n\nInvestigators attributed the intrusion to ${actor}. The implants beaconed to ${host}[.]example[.]org and to ${ip} every ten minutes.\n\n${'Analysts reviewed the collected records once more. '.repeat(4000)}`,
);

const NOW = '2026-11-28T12:00:00.000Z';

interface StoreSnapshot {
  readonly info: Awaited<ReturnType<typeof storeInfo>>;
  readonly objects: readonly StixObject[];
  readonly texts: Readonly<Record<string, string | undefined>>;
}

/** Everything a reader of the store sees: counts, latest objects, and each report's text. */
async function snapshot(db: string): Promise<StoreSnapshot> {
  const info = await storeInfo(db);
  const repo = await openRepository(db);
  try {
    const page = await repo.query({ includeRevoked: true, limit: 10_000 });
    expect(page.next).toBeUndefined();
    const texts: Record<string, string | undefined> = {};
    for (const o of page.items.filter((o) => o.type === 'report'))
      texts[o.id] = await repo.reportText.get(o.id);
    return { info, objects: page.items, texts };
  } finally {
    await repo.close();
  }
}

/** Every report present is whole: its text stored and every object it refers to resolvable. */
async function expectWholeReports(db: string): Promise<number> {
  const repo = await openRepository(db);
  try {
    const reports = (await repo.query({ types: ['report'], limit: 100 })).items;
    for (const report of reports) {
      expect(await repo.reportText.get(report.id), report.id).toBeTruthy();
      for (const ref of report.object_refs as string[])
        expect(await repo.get(ref), `${report.id} -> ${ref}`).toBeDefined();
    }
    return reports.length;
  } finally {
    await repo.close();
  }
}

/** The store after ingesting the first k articles one by one, for k = 0..ARTICLES.length. */
async function prefixSnapshots(files: readonly string[]): Promise<StoreSnapshot[]> {
  const ws = scratch('interrupted-reference');
  const snapshots = [await snapshot(ws.db)];
  for (const file of files) {
    const run = await ws.vigil(['ingest', '--quiet', file]);
    expect(run.code, run.stderr).toBe(0);
    snapshots.push(await snapshot(ws.db));
  }
  return snapshots;
}

/**
 * Runs `vigil ingest` over `files` and sends `signal` `delayMs` after the `afterStored`-th report is
 * reported stored; resolves once the process is gone.
 */
function ingestUntilSignal(
  ws: Scratch,
  files: readonly string[],
  afterStored: number,
  delayMs: number,
  signal: NodeJS.Signals,
): Promise<{ signalled: boolean; stored: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [VIGIL_BIN, '--db', ws.db, 'ingest', ...files], {
      cwd: ws.dir,
      env: { ...process.env, VIGIL_HOME: ws.dir, VIGIL_NOW: NOW },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    let stored = 0;
    let sent = false;
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      stored = (stderr.match(/^stored report--/gmu) ?? []).length;
      if (!sent && stored >= afterStored) {
        sent = true;
        setTimeout(() => child.kill(signal), delayMs);
      }
    });
    child.on('error', reject);
    child.on('close', (_code, by) => resolve({ signalled: by === signal, stored }));
  });
}

describe('vigil ingest of a batch interrupted half-way', () => {
  const articles = scratch('interrupted-articles');
  const files = ARTICLES.map((text, i) => articles.file(`article-${i}.txt`, text));
  let prefixes: StoreSnapshot[] = [];
  // Four CLI runs: longer than the default hook limit on a loaded machine.
  beforeAll(async () => {
    prefixes = await prefixSnapshots(files);
  }, 180_000);

  it('leaves only whole reports when killed, and a rerun completes the batch as if uninterrupted', async () => {
    const complete = prefixes[files.length]!;
    const points = [
      { afterStored: 1, delayMs: 0, signal: 'SIGKILL' },
      { afterStored: 2, delayMs: 40, signal: 'SIGKILL' },
      { afterStored: 1, delayMs: 150, signal: 'SIGINT' },
    ] as const;
    for (const point of points) {
      const target = scratch('interrupted-run');
      const killed = await ingestUntilSignal(
        target,
        files,
        point.afterStored,
        point.delayMs,
        point.signal,
      );
      const kept = await expectWholeReports(target.db);
      // Killed before the end: at least the reports it said were stored, never one more than begun.
      expect(killed.signalled, JSON.stringify(point)).toBe(true);
      expect(kept).toBeGreaterThanOrEqual(point.afterStored);
      expect(kept).toBeLessThan(files.length);
      expect(await snapshot(target.db)).toEqual(prefixes[kept]);
      const rerun = await target.vigil(['ingest', '--quiet', ...files]);
      expect(rerun.code, rerun.stderr).toBe(0);
      expect(await snapshot(target.db)).toEqual(complete);
    }
  });

  it('rolls back a report whose write fails half-way, keeps the ones before it and stops', async () => {
    const ws = scratch('failed-write');
    const third = prefixes[3]!.objects.find(
      (o) => o.type === 'report' && !prefixes[2]!.texts[o.id],
    )!;
    // The store creates its tables on first open; the trigger then fails the third report's text
    // write, which comes after its objects in the same transaction: a disk failing mid-write.
    await (await openRepository(ws.db)).close();
    const sqlite = new Database(ws.db);
    sqlite.exec(`CREATE TRIGGER fail_third BEFORE INSERT ON report_text
      WHEN NEW.report_id = '${third.id}' BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END`);
    sqlite.close();

    const run = await ws.vigil(['ingest', '--quiet', ...files]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/simulated disk failure/u);
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
    expect(await snapshot(ws.db)).toEqual(prefixes[2]);

    const repaired = new Database(ws.db);
    repaired.exec('DROP TRIGGER fail_third');
    repaired.close();
    const rerun = await ws.vigil(['ingest', '--quiet', ...files]);
    expect(rerun.code, rerun.stderr).toBe(0);
    expect(await snapshot(ws.db)).toEqual(prefixes[files.length]);
  });
});
