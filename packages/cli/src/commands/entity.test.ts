/** `vigil sync misp-galaxy` and `vigil entity ...` end to end on a SQLite store (child processes). */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, expect, it, vi } from 'vitest';
import type { AliasConflict } from '@vigil/core';
import type { GalaxyImportSummary, LinkAuditEntry, ResolvedEntity } from '@vigil/store';
import { describeWithData } from '../../../../test-support/data.ts';

vi.setConfig({ testTimeout: 300_000 });
const VIGIL = fileURLToPath(new URL('../../bin/vigil.js', import.meta.url));
const exec = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-entity-'));
const db = join(dir, 'vigil.sqlite');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const vigil = (...args: string[]) => exec(process.execPath, [VIGIL, '--db', db, ...args]);
const failing = async (...args: string[]) =>
  (await vigil(...args).catch((e: unknown) => e)) as { code: number; stderr: string };

describeWithData('vigil sync misp-galaxy / vigil entity', ['misp-galaxy'], (galaxyDir) => {
  it('imports the galaxies idempotently and resolves APT31 with its MISP sources', async () => {
    const first = JSON.parse(
      (await vigil('sync', 'misp-galaxy', '--dir', galaxyDir, '--json')).stdout,
    ) as GalaxyImportSummary;
    expect(first.added).toBe(first.read);
    expect(first.galaxies.map((g) => g.type)).toContain('threat-actor');
    const again = JSON.parse(
      (await vigil('sync', 'misp-galaxy', '--dir', galaxyDir, '--json')).stdout,
    ) as GalaxyImportSummary;
    expect(again.added).toBe(0);
    const [apt31, ...rest] = JSON.parse(
      (await vigil('entity', 'show', 'Judgment Panda', '--json')).stdout,
    ) as ResolvedEntity[];
    expect(rest).toEqual([]);
    expect(apt31?.members.map((m) => m.source).sort()).toEqual([
      'misp-galaxy:mitre-intrusion-set',
      'misp-galaxy:threat-actor',
    ]);
    expect(apt31?.attackId).toBe('G0128');
    const text = (await vigil('entity', 'show', 'APT31')).stdout;
    expect(text).toContain('members:');
    expect(text).toContain('evidence:');
  });

  it('exits 1 for an unknown name and 2 for a bad galaxy folder', async () => {
    expect((await failing('entity', 'show', 'no such group anywhere')).code).toBe(1);
    const bad = await failing('sync', 'misp-galaxy', '--dir', join(dir, 'missing'));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('not a folder');
  });

  it('lists contested aliases, each naming two or more clusters', async () => {
    const conflicts = JSON.parse(
      (await vigil('entity', 'conflicts', '--type', 'intrusion-set', '--json')).stdout,
    ) as AliasConflict[];
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts) expect(c.clusters.length).toBeGreaterThanOrEqual(2);
  });

  it('unlinks and relinks by hand with an audit trail', async () => {
    const [cluster] = JSON.parse(
      (await vigil('entity', 'show', 'APT31', '--json')).stdout,
    ) as ResolvedEntity[];
    const [a, b] = cluster?.members.map((m) => m.id) ?? [];
    expect(b).toBeDefined();
    expect((await failing('entity', 'unlink', a!, b!)).code).toBe(2); // --reason is required
    await vigil('entity', 'unlink', a!, b!, '--reason', 'different activity', '--actor', 'ana');
    const apart = JSON.parse(
      (await vigil('entity', 'show', a!, '--json')).stdout,
    ) as ResolvedEntity[];
    expect(apart[0]?.members.map((m) => m.id)).toEqual([a]);
    await vigil('entity', 'link', a!, b!, '--reason', 'same after review', '--actor', 'bob');
    const joined = JSON.parse(
      (await vigil('entity', 'show', a!, '--json')).stdout,
    ) as ResolvedEntity[];
    expect(joined[0]?.members.map((m) => m.id)).toContain(b);
    const trail = JSON.parse(
      (await vigil('entity', 'audit', a!, '--json')).stdout,
    ) as LinkAuditEntry[];
    expect(trail.map((e) => [e.action, e.actor, e.reason])).toEqual([
      ['unlink', 'ana', 'different activity'],
      ['link', 'bob', 'same after review'],
    ]);
  });
});
