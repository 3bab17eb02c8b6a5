/**
 * "Done when": a process killed (SIGKILL) in the middle of a large write leaves the store exactly as it
 * was before, on both engines. The child writes in one transaction and reports progress on stdout; it is
 * killed once most of the batch is written.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { storeDigest, withEachEngine } from '../../../test-support/stores.ts';
import { openRepository } from '../src/open.ts';
import { T1, generated } from './objects.ts';

const CHILD = fileURLToPath(new URL('./kill-child.ts', import.meta.url));
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const TOTAL = 30_000;
const KILL_AFTER = 20_000;

/** Runs the child until it has written `killAfter` objects, then SIGKILLs it; resolves to the last count. */
function writeAndKill(url: string, hold: boolean): Promise<number> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, url, String(TOTAL), hold ? 'hold' : ''],
    { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    let written = 0;
    createInterface({ input: child.stdout }).on('line', (line) => {
      const match = /^written (\d+)$/.exec(line);
      if (match) written = Number(match[1]);
      if (line === 'committed') reject(new Error('child committed before it was killed'));
      if (written >= KILL_AFTER) child.kill('SIGKILL');
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(written);
      else reject(new Error(`child exited with ${code}: ${stderr}`));
    });
  });
}

withEachEngine('SIGKILL during a large write', (_makeRepo, { makeStore }) => {
  it('leaves the store exactly as before', async () => {
    const store = await makeStore();
    const seed = generated(600, 'seed');
    const before = await openRepository(store.url);
    await before.put(seed);
    await before.put(seed.slice(0, 50).map((o) => ({ ...o, modified: T1, revoked: true })));
    const expected = await storeDigest(before);
    await before.close();

    const written = await writeAndKill(store.url, true);
    expect(written).toBeGreaterThanOrEqual(KILL_AFTER);

    const after = await openRepository(store.url);
    try {
      expect(await storeDigest(after)).toEqual(expected);
      expect(expected.objects).toBe(600);
      expect((await after.query({ text: 'killed' })).items).toEqual([]);
      // The store still takes writes (no lock or half transaction left behind).
      const next = generated(10, 'after');
      expect((await after.put(next)).added).toBe(10);
    } finally {
      await after.close();
    }
  }, 240_000);
});
