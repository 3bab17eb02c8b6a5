/** Both engines: a store left at an older schema version is upgraded, data intact, when opened. */
import { expect, it } from 'vitest';
import type { TestStore } from '../../../test-support/stores.ts';
import { openRepository } from '../src/open.ts';
import type { Repository } from '../src/repository.ts';
import { vigilId } from '@vigil/core';
import { sdo } from './objects.ts';

export function runUpgradeContract(
  makeStore: () => Promise<TestStore>,
  openAtVersion: (url: string, version: number) => Promise<Repository>,
  /** Writes a report_text row as schema version 2 had it (no digest column), with the engine's own driver. */
  insertVersion2Text: (url: string, reportId: string, text: string) => Promise<void>,
): void {
  it('upgrades a store left at an older schema version when opened', async () => {
    const store = await makeStore();
    const old = await openAtVersion(store.url, 1);
    expect((await old.info()).schemaVersion).toBe(1);
    // Not an entity object: today's put also counts those in `meta`, which version 1 has not.
    const group = sdo('location', 'old', { name: 'Old Place', country: 'PE' });
    await old.put([group]);
    await old.close();
    const repo = await openRepository(store.url);
    try {
      expect((await repo.info()).schemaVersion).toBe(4);
      expect(await repo.get(group.id)).toEqual(group);
      await repo.meta.set('upgraded', 'yes');
      expect(await repo.meta.get('upgraded')).toBe('yes');
    } finally {
      await repo.close();
    }
  });

  it('finds report texts stored before their digest was kept (schema version 2)', async () => {
    const store = await makeStore();
    await (await openAtVersion(store.url, 2)).close();
    const first = vigilId('report', 'before-digest-1');
    const second = vigilId('report', 'before-digest-2');
    await insertVersion2Text(store.url, first, 'APT31 read the mail.');
    await insertVersion2Text(store.url, second, 'APT31 read the mail.');
    const repo = await openRepository(store.url);
    try {
      expect(await repo.reportText.withSameText('APT31 read the mail.')).toEqual(
        [first, second].sort(),
      );
    } finally {
      await repo.close();
    }
  });
}
