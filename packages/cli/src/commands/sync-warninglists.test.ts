import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../bin/vigil.js');

function run(args: string[], home: string) {
  return spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, VIGIL_HOME: home },
  });
}

describe('vigil sync warninglists', () => {
  it('validates and installs the lists of a directory', () => {
    const source = mkdtempSync(join(tmpdir(), 'vigil-wl-src-'));
    mkdirSync(join(source, 'lists', 'rfc1918'), { recursive: true });
    writeFileSync(
      join(source, 'lists', 'rfc1918', 'list.json'),
      JSON.stringify({
        name: 'RFC 1918',
        type: 'cidr',
        matching_attributes: ['ip-dst'],
        list: ['10.0.0.0/8'],
      }),
    );
    const home = mkdtempSync(join(tmpdir(), 'vigil-home-'));
    const result = run(['sync', 'warninglists', '--dir', source, '--json'], home);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ lists: 1, entries: 1 });
    expect(existsSync(join(home, 'warninglists', 'rfc1918', 'list.json'))).toBe(true);
  });

  it('fails with exit code 2 and a clear message on a missing directory', () => {
    const home = mkdtempSync(join(tmpdir(), 'vigil-home-'));
    const result = run(['sync', 'warninglists', '--dir', join(home, 'absent')], home);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/warning-list directory not found/);
  });
});
