/**
 * A document that prints its TLP ("TLP:AMBER" on its first line) is marked so when --tlp is left out; a lower
 * --tlp is refused unless --downgrade-tlp says it is meant, a higher one holds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runVigil } from '../../../../test-support/cli.ts';

let dir = '';
let file = '';
const analyze = (...args: string[]) =>
  runVigil(['--db', join(dir, 'vigil.sqlite'), 'analyze', file, '--json', ...args], {
    env: { VIGIL_HOME: dir },
  });
const tlpOf = (stdout: string): unknown =>
  (JSON.parse(stdout) as { report: { tlp: unknown } }).report.tlp;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-stated-tlp-'));
  file = join(dir, 'alert.txt');
  writeFileSync(
    file,
    'TLP:AMBER\n\nFlash Alert: phishing against municipalities\n\nAPT31 sent e-mails from 203.0.113.9.\n',
  );
});

describe('a marking the document states', () => {
  it('marks the report when --tlp is left out, and does not title it', async () => {
    const run = await analyze();
    expect(run.code, run.stderr).toBe(0);
    expect(tlpOf(run.stdout)).toBe('amber');
    expect(run.stdout).toContain('Flash Alert: phishing against municipalities');
  });

  it('refuses a lower --tlp without --downgrade-tlp, and takes a higher one', async () => {
    const lower = await analyze('--tlp', 'clear');
    expect(lower.code).not.toBe(0);
    expect(lower.stderr).toContain('the document states TLP:AMBER');
    const meant = await analyze('--tlp', 'clear', '--downgrade-tlp');
    expect(meant.code, meant.stderr).toBe(0);
    expect(tlpOf(meant.stdout)).toBe('clear');
    const higher = await analyze('--tlp', 'red');
    expect(higher.code, higher.stderr).toBe(0);
    expect(tlpOf(higher.stdout)).toBe('red');
  });
});
