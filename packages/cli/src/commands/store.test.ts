import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { vigilId } from '@vigil/core';
import { openRepository } from '@vigil/store';

const VIGIL = fileURLToPath(new URL('../../bin/vigil.js', import.meta.url));
const run = promisify(execFile);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

it('store info --json shows engine, schema version and counts by type', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-store-'));
  dirs.push(dir);
  const db = join(dir, 'vigil.sqlite');
  const repo = await openRepository(db);
  const base = {
    spec_version: '2.1',
    created: '2024-01-01T00:00:00Z',
    modified: '2024-01-01T00:00:00Z',
  };
  await repo.put([
    { ...base, type: 'malware', id: vigilId('malware', 'a'), name: 'A', is_family: true },
    { ...base, type: 'malware', id: vigilId('malware', 'b'), name: 'B', is_family: true },
    { ...base, type: 'tool', id: vigilId('tool', 'c'), name: 'C' },
  ]);
  await repo.meta.set('attack.version', '18.1');
  const digests = JSON.stringify(
    Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`c${i}`, 'f'.repeat(64)])),
  );
  await repo.meta.set('entity.cluster_digests', digests);
  await repo.close();
  const { stdout } = await run(process.execPath, [VIGIL, '--db', db, 'store', 'info', '--json']);
  const info = JSON.parse(stdout) as Record<string, unknown>;
  expect(info).toMatchObject({
    engine: 'sqlite',
    schemaVersion: 4,
    versions: 3,
    countsByType: { malware: 2, tool: 1 },
    meta: {
      'attack.version': '18.1',
      'entity.cluster_digests': digests,
      // One write added entity versions (the knowledge cache's state).
      'entities.generation': '1',
    },
  });
  const text = await run(process.execPath, [VIGIL, '--db', db, 'store', 'info']);
  expect(text.stdout).toMatch(/^attack\.version:\s+18\.1$/m);
  // A long value is summarized by its size and hash, not dumped.
  const sha = createHash('sha256').update(digests).digest('hex').slice(0, 16);
  expect(text.stdout).toContain(
    `entity.cluster_digests: (${digests.length} characters, sha256 ${sha}…; --json shows it)\n`,
  );
  expect(text.stdout).not.toContain('ffff');
});

it('store info on an unreachable PostgreSQL exits 2 without printing the password', async () => {
  const error = (await run(process.execPath, [
    VIGIL,
    '--db',
    'postgres://vigil:s3cret@127.0.0.1:1/none',
    'store',
    'info',
  ]).catch((e: unknown) => e)) as { code: number; stderr: string };
  expect(error.code).toBe(2);
  expect(error.stderr).toContain('unavailable');
  expect(error.stderr).not.toContain('s3cret');
});
