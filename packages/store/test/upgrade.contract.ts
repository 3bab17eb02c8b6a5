/** Both engines: a store left at an older schema version is upgraded, data intact, when opened. */
import { expect, it } from 'vitest';
import type { TestStore } from '../../../test-support/stores.ts';
import { openRepository } from '../src/open.ts';
import type { Repository } from '../src/repository.ts';
import { sdo } from './objects.ts';

export function runUpgradeContract(
  makeStore: () => Promise<TestStore>,
  openAtVersion: (url: string, version: number) => Promise<Repository>,
): void {
  it('upgrades a store left at an older schema version when opened', async () => {
    const store = await makeStore();
    const old = await openAtVersion(store.url, 1);
    expect((await old.info()).schemaVersion).toBe(1);
    const group = sdo('intrusion-set', 'old', { name: 'Old Group' });
    await old.put([group]);
    await old.close();
    const repo = await openRepository(store.url);
    try {
      expect((await repo.info()).schemaVersion).toBe(2);
      expect(await repo.get(group.id)).toEqual(group);
      await repo.meta.set('upgraded', 'yes');
      expect(await repo.meta.get('upgraded')).toBe('yes');
    } finally {
      await repo.close();
    }
  });
}
