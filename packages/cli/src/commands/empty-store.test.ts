/**
 * What a newcomer sees on a fresh store and without VIGIL_DATA_DIR: a lookup that finds nothing says
 * why and what to run; an empty listing says it is empty; a sync with no source says what it needs.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { runVigil } from '../../../../test-support/cli.ts';

let home = '';
const vigil = (...args: string[]) => runVigil(args, { env: { VIGIL_HOME: home } });

beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'vigil-newcomer-'));
});

it('entity lookups on an empty store point at the syncs', async () => {
  const shown = await vigil('entity', 'show', 'APT31');
  expect(shown.code).toBe(1);
  expect(shown.stderr).toMatch(/no entity named "APT31": .*`vigil sync attack`/u);
  const conflicts = await vigil('entity', 'conflicts');
  expect(conflicts.code).toBe(1);
  expect(conflicts.stderr).toBe('no contested aliases\n');
});

it('an empty draft list says so and still succeeds', async () => {
  const listed = await vigil('draft', 'list');
  expect(listed.code).toBe(0);
  expect(listed.stdout).toBe('');
  expect(listed.stderr).toMatch(/^no pending drafts/u);
});

it('sync warninglists with neither --dir nor VIGIL_DATA_DIR says what it needs', async () => {
  const run = await runVigil(['sync', 'warninglists'], {
    env: { VIGIL_HOME: home, VIGIL_DATA_DIR: '' },
  });
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/no warning lists to install: pass --dir .*VIGIL_DATA_DIR/u);
});
