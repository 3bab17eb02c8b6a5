/**
 * The README's first command on a fresh checkout: `npm start` (= `vigil quickstart`) loads public
 * knowledge into the embedded SQLite default under VIGIL_HOME, reads the example report and prints its
 * briefing. Offline it reads the local copies in VIGIL_DATA_DIR, as the README says. A second
 * `npm start` reuses the knowledge instead of loading it again, and stores the same report once.
 */
import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWhen } from '../../test-support/absent.ts';
import type { CliRun } from '../../test-support/cli.ts';
import { dataPath } from '../../test-support/data.ts';
import { scratch, storeInfo } from './scratch.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** `npm start` in the repository, as the README has the user type it, with its own VIGIL_HOME. */
async function npmStart(home: string): Promise<CliRun> {
  const options = {
    cwd: ROOT,
    env: { ...process.env, VIGIL_HOME: home, VIGIL_NOW: '2026-11-28T12:00:00.000Z' },
    maxBuffer: 64 * 1024 * 1024,
  };
  try {
    return { code: 0, ...(await promisify(execFile)('npm', ['start'], options)) };
  } catch (error) {
    // A non-zero exit rejects with the output attached.
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    const code = typeof failed.code === 'number' ? failed.code : -1;
    return { code, stdout: failed.stdout ?? '', stderr: failed.stderr ?? String(error) };
  }
}

describeWhen(
  dataPath('mitre-attack', 'enterprise-attack.json') && dataPath('misp-galaxy'),
  'README: npm start on a fresh checkout',
  'needs VIGIL_DATA_DIR (ATT&CK, MISP galaxies) for the offline knowledge load',
  () => {
    const ws = scratch('quickstart');
    const db = join(ws.dir, 'vigil.sqlite');
    let first: CliRun;

    beforeAll(async () => {
      first = await npmStart(ws.dir);
    }, 900_000);
    // The loaded store is over 100 MB: do not leave it in the temporary folder.
    afterAll(() => rmSync(ws.dir, { recursive: true, force: true }));

    it('loads the knowledge into VIGIL_HOME and prints the example report’s briefing', async () => {
      expect(first.code, first.stderr).toBe(0);
      // Named by the report's own title line, not by its file name.
      expect(first.stdout).toMatch(
        /^# Briefing: Parliament email breach attributed to China-linked APT31$/mu,
      );
      expect(first.stdout).toMatch(/APT31 \(ATT&CK G0128/u);
      expect(first.stdout).toContain('Parliament of Finland');
      expect(existsSync(db)).toBe(true);
      expect(existsSync(join(ws.dir, 'warninglists'))).toBe(true);
      const { countsByType } = await storeInfo(db);
      expect(countsByType['attack-pattern']).toBeGreaterThan(500);
      expect(countsByType['vulnerability']).toBeGreaterThan(1000);
      expect(countsByType['report']).toBe(1);
    });

    it('reuses the loaded knowledge on the next npm start and keeps one report', async () => {
      const before = await storeInfo(db);
      const again = await npmStart(ws.dir);
      expect(again.code, again.stderr).toBe(0);
      expect(again.stderr).not.toMatch(/== MITRE ATT&CK|== MISP galaxies|== CISA KEV/u);
      expect(again.stdout).toMatch(/^# Briefing: /mu);
      expect(await storeInfo(db)).toEqual(before);
    }, 900_000);
  },
);
