/**
 * `vigil sync`, `vigil import` and `vigil export` as a user runs them (child processes on a temp SQLite
 * store). Downloads come from a real HTTP server on 127.0.0.1; "offline" is a closed local port.
 */
import { execFile } from 'node:child_process';
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openRepository } from '@vigil/store';
import { describeWithData } from '../../../../test-support/data.ts';

const VIGIL = fileURLToPath(new URL('../../bin/vigil.js', import.meta.url));
const execFileAsync = promisify(execFile);

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function vigil(
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<Outcome> {
  const { VIGIL_DATA_DIR: _drop, ...base } = process.env;
  try {
    const { stdout, stderr } = await execFileAsync(process.execPath, [VIGIL, ...args], {
      env: { ...base, ...env },
      maxBuffer: 256 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describeWithData('vigil sync / import / export', ['mitre-attack', 'ics-attack.json'], (icsPath) => {
  const dataDir = join(icsPath, '../..');
  const kevPath = join(dataDir, 'cisa-kev/known_exploited_vulnerabilities.json');
  let dir: string;
  let server: Server;
  let base: string;
  let closedPort: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-cli-sync-'));
    server = createServer((req, res) => {
      if (req.url === '/ics-attack.json') createReadStream(icsPath).pipe(res);
      else res.writeHead(404).end('not here');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    closedPort = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'sync attack --url downloads a bundle and records the ATT&CK release',
    { timeout: 300_000 },
    async () => {
      const db = join(dir, 'attack.sqlite');
      const ics = (
        JSON.parse(readFileSync(icsPath, 'utf8')) as { objects: Record<string, unknown>[] }
      ).objects;
      const collection = ics.find((o) => o.type === 'x-mitre-collection')!;
      const out = await vigil([
        '--db',
        db,
        'sync',
        'attack',
        '--url',
        `${base}/ics-attack.json`,
        '--json',
      ]);
      expect(out.code, out.stderr).toBe(0);
      const summary = JSON.parse(out.stdout) as Record<string, unknown>;
      expect(summary).toMatchObject({ read: ics.length, added: ics.length, upgraded: 0 });
      expect(summary.release).toMatchObject({ version: collection.x_mitre_version });
      const repo = await openRepository(db);
      expect(await repo.meta.get('attack.version')).toBe(collection.x_mitre_version);
      await repo.close();

      const again = await vigil(['--db', db, 'sync', 'attack', '--url', `${base}/ics-attack.json`]);
      expect(again.stdout).toMatch(/0 new versions, 1826 unchanged/);
      const missing = await vigil(['--db', db, 'sync', 'attack', '--url', `${base}/nothing.json`]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/offline: cannot download ATT&CK .*HTTP 404/);
    },
  );

  it(
    'sync kev offline: falls back to VIGIL_DATA_DIR, or says it is offline',
    { timeout: 300_000 },
    async () => {
      const db = join(dir, 'kev.sqlite');
      const offline = `http://127.0.0.1:${closedPort}/kev.json`;
      const noData = await vigil(['--db', db, 'sync', 'kev', '--url', offline]);
      expect(noData.code).toBe(2);
      expect(noData.stderr).toMatch(/offline: cannot download the CISA KEV catalog/);
      const catalog = JSON.parse(readFileSync(kevPath, 'utf8')) as {
        catalogVersion: string;
        vulnerabilities: unknown[];
      };
      const out = await vigil(['--db', db, 'sync', 'kev', '--url', offline, '--json'], {
        VIGIL_DATA_DIR: dataDir,
      });
      expect(out.code, out.stderr).toBe(0);
      expect(out.stderr).toMatch(/offline .* using the local copy/);
      expect(JSON.parse(out.stdout)).toMatchObject({
        catalogVersion: catalog.catalogVersion,
        added: catalog.vulnerabilities.length,
      });
    },
  );

  it(
    'import then export twice gives the same bytes; bad options exit 2',
    { timeout: 300_000 },
    async () => {
      const db = join(dir, 'roundtrip.sqlite');
      const apt1 = join(dataDir, 'oasis-stix2-json-schemas/examples/threat-reports/apt1.json');
      const imported = await vigil(['--db', db, 'import', apt1, '--json']);
      expect(imported.code, imported.stderr).toBe(0);
      const input = (JSON.parse(readFileSync(apt1, 'utf8')) as { objects: unknown[] }).objects;
      expect(JSON.parse(imported.stdout)).toMatchObject({ added: input.length });
      const first = await vigil([
        '--db',
        db,
        'export',
        '--max-tlp',
        'red',
        '--out',
        join(dir, 'a.json'),
      ]);
      const second = await vigil(['--db', db, 'export', '--max-tlp', 'red']);
      expect(first.code).toBe(0);
      expect(second.stdout).toBe(readFileSync(join(dir, 'a.json'), 'utf8'));
      expect((JSON.parse(second.stdout) as { objects: unknown[] }).objects).toHaveLength(
        input.length,
      );
      const none = await vigil(['--db', db, 'export', '--type', 'x-nothing']);
      expect(none.code).toBe(1);
      const bad = await vigil(['--db', db, 'export', '--max-tlp', 'purple']);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(/--max-tlp: "purple"/);
    },
  );
});
