/**
 * `vigil hunt` in a script: the exit status is grep's (0 hits, 1 none, 2 error, an error winning over
 * "none"), the allowlist silences known-benign hits judged on the logged value, and nothing but hits
 * and the summary reaches a pipe (no progress line); on a terminal the progress line shows throughput.
 */
import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { itWhen } from '../../test-support/absent.ts';
import { VIGIL_BIN } from '../../test-support/cli.ts';
import { jsonHits, scratch } from './scratch.ts';

const LOG = [
  '2026-02-01T10:00:00Z dns query updates.cdn.evil-update.example A',
  '2026-02-01T10:00:05Z dns query www.evil-update.example A',
  '2026-02-01T10:00:09Z conn dst=198.51.100.70 dport=443',
].join('\n');

const ws = scratch('exit-status');
const paths = { iocs: '', log: '', clean: '' };

beforeAll(() => {
  paths.iocs = ws.file('iocs.txt', 'evil-update[.]example\n198.51.100.7\n');
  paths.log = ws.file('dns.log', LOG);
  paths.clean = ws.file('clean.log', '2026-02-01T10:00:00Z dns query www.example.org A\n');
});

const hunt = (...args: string[]) => ws.vigil(['hunt', '--iocs', paths.iocs, ...args]);

/** `script` (util-linux) runs a command on a pseudo-terminal, as when the analyst types it. */
function hasScript(): boolean {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('vigil hunt exit status, allowlist and terminal output', () => {
  it('exits 0 on hits, 1 on none, 2 on an error even when nothing else matched', async () => {
    expect((await hunt(paths.log)).code).toBe(0);
    expect((await hunt(paths.clean)).code).toBe(1);
    const missing = await hunt(paths.clean, `${ws.dir}/rotated-away.log`);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*rotated-away\.log/u);
    const badList = await ws.vigil(['hunt', '--iocs', `${ws.dir}/no-such-list.txt`, paths.log]);
    expect(badList.code).toBe(2);
    expect(badList.stderr).toMatch(/no-such-list\.txt/u);
  });

  it('suppresses allowlisted values, says how many, and exits 1 when nothing else is left', async () => {
    const allow = ws.file('allow.txt', '# our CDN\ncdn.evil-update.example\n');
    const run = await hunt('--json', '--allowlist', allow, paths.log);
    expect(run.code, run.stderr).toBe(0);
    // The allowed host's sub-domain is silenced; another host under the same indicator still fires.
    expect(jsonHits(run.stdout).map((h) => h.value)).toEqual(['www.evil-update.example']);
    expect(run.stderr).toMatch(/dns\.log: 1 hit\(s\) suppressed by the allowlist/u);
    const all = ws.file('allow-all.txt', 'evil-update.example\n');
    expect((await hunt('--allowlist', all, paths.log)).code).toBe(1);
  });

  it('prints no progress line into a pipe', async () => {
    const run = await hunt(paths.log);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(/\r|MB\/s/u);
  });

  itWhen(hasScript(), 'shows throughput on a terminal', 'needs script(1) from util-linux', () => {
    const command = [
      process.execPath,
      VIGIL_BIN,
      '--db',
      ws.db,
      'hunt',
      '--iocs',
      paths.iocs,
      paths.log,
    ]
      .map((word) => `'${word}'`)
      .join(' ');
    const typescript = execFileSync('script', ['-qec', command, '/dev/null'], {
      cwd: ws.dir,
      env: { ...process.env, VIGIL_HOME: ws.dir },
      encoding: 'utf8',
    });
    expect(typescript).toMatch(/swept \d+ MB.*MB\/s/u);
    expect(typescript).toMatch(/dns\.log:2: www\.evil-update\.example/u);
  });
});
