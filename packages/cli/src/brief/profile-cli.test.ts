/** `vigil profile` and `vigil brief` at the command line: files, validation messages, exit codes. */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';

const VIGIL = fileURLToPath(new URL('../../bin/vigil.js', import.meta.url));
const run = promisify(execFile);
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const home = () => {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-cli-profile-'));
  dirs.push(dir);
  return dir;
};
const vigil = (dir: string, ...args: string[]) =>
  run(process.execPath, [VIGIL, '--db', join(dir, 'vigil.sqlite'), ...args], {
    env: { ...process.env, VIGIL_HOME: dir, VIGIL_NOW: '2026-01-15T09:00:00Z' },
  });

it('profile init, set and show round-trip through $VIGIL_HOME/profile.json', async () => {
  const dir = home();
  await vigil(dir, 'profile', 'init');
  await vigil(dir, 'profile', 'set', 'sectors', 'government-national,defense');
  await vigil(dir, 'profile', 'set', 'countries', 'CZ');
  await vigil(dir, 'profile', 'set', 'products', 'Citrix:NetScaler ADC');
  const { stdout } = await vigil(dir, 'profile', 'show', '--json');
  expect(JSON.parse(stdout)).toMatchObject({
    sectors: ['government-national', 'defense'],
    countries: ['CZ'],
    products: ['citrix:netscaler_adc'],
  });
  expect(JSON.parse(readFileSync(join(dir, 'profile.json'), 'utf8'))).toEqual(JSON.parse(stdout));
});

it('rejects a bad profile value with a clear message and exit code 2, leaving the file as it was', async () => {
  const dir = home();
  await vigil(dir, 'profile', 'init');
  const before = readFileSync(join(dir, 'profile.json'), 'utf8');
  const failed = await vigil(dir, 'profile', 'set', 'countries', 'UK').catch(
    (e: { code: number; stderr: string }) => e,
  );
  expect(failed).toMatchObject({ code: 2 });
  expect((failed as { stderr: string }).stderr).toContain(
    '"UK" is not an ISO 3166-1 alpha-2 country code',
  );
  expect(readFileSync(join(dir, 'profile.json'), 'utf8')).toBe(before);
  writeFileSync(join(dir, 'bad.json'), '{"sectors": ["banks"]}');
  const bad = await vigil(dir, 'brief', 'APT31', '--profile', join(dir, 'bad.json')).catch(
    (e: { code: number; stderr: string }) => e,
  );
  expect(bad).toMatchObject({ code: 2 });
  expect((bad as { stderr: string }).stderr).toContain(
    '"banks" is not an industry-sector-ov value',
  );
});

it('says plainly when a brief target is unknown', async () => {
  const dir = home();
  const failed = await vigil(dir, 'brief', 'No Such Actor').catch(
    (e: { code: number; stderr: string }) => e,
  );
  expect(failed).toMatchObject({ code: 2 });
  expect((failed as { stderr: string }).stderr).toContain(
    'neither a stored report, a file, a URL nor a known actor',
  );
});
