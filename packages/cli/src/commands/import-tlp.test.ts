/**
 * `vigil import` and TLP rule 6 end to end: a bundle carrying a newer, unmarked version of an AMBER
 * indicator does not make `export --max-tlp clear` hand it out, the summary says so, and
 * `--downgrade-tlp` is how an analyst lowers it on purpose.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { TLP2 } from '@vigil/core';
import { runVigil } from '../../../../test-support/cli.ts';
import {
  INDICATOR_ID,
  bundleOf,
  indicatorVersion,
} from '../../../../test-support/indicator-version.ts';

const ID = INDICATOR_ID;
const version = (modified: string, ...refs: string[]) =>
  bundleOf(indicatorVersion(modified, ...refs));

let dir = '';
const file = (name: string, value: unknown): string => {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value));
  return path;
};
const vigil = (...args: string[]) => runVigil(['--db', join(dir, 'tlp.sqlite'), ...args]);
const exportedClear = async (): Promise<string[]> => {
  const run = await vigil('export', '--max-tlp', 'clear');
  // Exit 1 like grep when nothing is exported; the bundle is printed either way.
  expect([0, 1], run.stderr).toContain(run.code);
  return (JSON.parse(run.stdout) as { objects: { id: string }[] }).objects.map((o) => o.id);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'vigil-import-tlp-'));
});

it('a newer unmarked version keeps AMBER unless --downgrade-tlp', async () => {
  const amber = await vigil(
    'import',
    file('amber.json', version('2024-01-01T00:00:00.000Z', TLP2.amber.id)),
  );
  expect(amber.code, amber.stderr).toBe(0);
  const newer = file('newer.json', version('2024-02-01T00:00:00.000Z'));
  const kept = await vigil('import', newer);
  expect(kept.code, kept.stderr).toBe(0);
  expect(kept.stdout).toContain(
    `note: 1 new version(s) with a lower or no TLP kept their object's stored TLP (first: ${ID}); --downgrade-tlp lowers it`,
  );
  expect(await exportedClear()).not.toContain(ID);

  const lowered = await vigil(
    'import',
    '--downgrade-tlp',
    file('newest.json', version('2024-03-01T00:00:00.000Z')),
  );
  expect(lowered.code, lowered.stderr).toBe(0);
  expect(lowered.stdout).not.toContain('kept their');
  expect(await exportedClear()).toContain(ID);
});
