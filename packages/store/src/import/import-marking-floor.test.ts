/**
 * TLP rule 6 on import (ARCHITECTURE.md): a newer version with a lower or no TLP keeps its object's
 * stored TLP unless `downgradeTlp` says the analyst means to lower it, on both engines.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { TLP2, tlpLevel } from '@vigil/core';
import { bundleOf, indicatorVersion } from '../../../../test-support/indicator-version.ts';
import { withEachEngine } from '../../../../test-support/stores.ts';
import { importBundleFile } from './import-file.ts';

const STATEMENT = 'marking-definition--ad2caa47-58fd-5491-8f67-255377927369';
const statement = {
  type: 'marking-definition',
  spec_version: '2.1',
  id: STATEMENT,
  created: '2017-06-01T00:00:00.000Z',
  definition_type: 'statement',
  definition: { statement: 'Copyright 2024, Example Corp' },
};
const V1 = '2024-01-01T00:00:00.000Z';
const V2 = '2024-02-01T00:00:00.000Z';

withEachEngine('import keeps a stored TLP', (makeRepo) => {
  let dir: string;
  const bundleFile = (name: string, ...objects: unknown[]): string => {
    const path = join(dir, name);
    writeFileSync(path, JSON.stringify(bundleOf(...objects)));
    return path;
  };
  const tlpOfLatest = async (repo: Awaited<ReturnType<typeof makeRepo>>) =>
    tlpLevel((await repo.get(indicatorVersion(V1).id))?.object_marking_refs ?? []);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'vigil-import-floor-'));
  });

  it('a newer unmarked or lower version keeps the stored AMBER; re-importing it writes nothing', async () => {
    const repo = await makeRepo();
    await importBundleFile(repo, bundleFile('amber.json', indicatorVersion(V1, TLP2.amber.id)));
    const newer = bundleFile(
      'newer.json',
      statement,
      indicatorVersion(V2, TLP2.clear.id, STATEMENT),
    );
    const summary = await importBundleFile(repo, newer);
    expect(summary.added).toBe(2);
    expect(summary.markingsKeptCount).toBe(1);
    expect(summary.markingsKept).toEqual([{ id: indicatorVersion(V1).id, modified: V2 }]);
    const latest = await repo.get(indicatorVersion(V1).id);
    expect(latest?.modified).toBe(V2);
    // Its own non-TLP marking stays; its CLEAR gives way to the stored AMBER.
    expect(latest?.object_marking_refs).toEqual([STATEMENT, TLP2.amber.id]);
    const again = await importBundleFile(repo, newer);
    expect({ added: again.added, conflicts: again.conflicts }).toEqual({ added: 0, conflicts: [] });
    await repo.close();
  });

  it('--downgrade-tlp lowers it; a raise and an older version are taken as given', async () => {
    let repo = await makeRepo();
    await importBundleFile(repo, bundleFile('amber.json', indicatorVersion(V1, TLP2.amber.id)));
    const lowered = await importBundleFile(repo, bundleFile('clear.json', indicatorVersion(V2)), {
      downgradeTlp: true,
    });
    expect(lowered.markingsKeptCount).toBe(0);
    expect(await tlpOfLatest(repo)).toBeUndefined();
    await repo.close();

    repo = await makeRepo();
    await importBundleFile(repo, bundleFile('amber2.json', indicatorVersion(V2, TLP2.amber.id)));
    const older = await importBundleFile(repo, bundleFile('older.json', indicatorVersion(V1)));
    expect(older.markingsKeptCount).toBe(0);
    expect((await repo.versions(indicatorVersion(V1).id))[0]?.object_marking_refs).toBeUndefined();
    expect(await tlpOfLatest(repo)).toBe('amber');
    const raised = await importBundleFile(
      repo,
      bundleFile('red.json', indicatorVersion('2024-03-01T00:00:00.000Z', TLP2.red.id)),
    );
    expect(raised.markingsKeptCount).toBe(0);
    expect(await tlpOfLatest(repo)).toBe('red');
    await repo.close();
  });
});
