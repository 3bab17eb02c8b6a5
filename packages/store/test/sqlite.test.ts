import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { withEngine } from '../../../test-support/stores.ts';
import { openRepository } from '../src/open.ts';
import { openSqlite } from '../src/sqlite/open.ts';
import { sdo } from './objects.ts';
import { runRepositoryContract } from './repository.contract.ts';

withEngine('sqlite', 'Repository contract', (makeRepo) => runRepositoryContract(makeRepo));

withEngine('sqlite', 'SQLite store file', (_makeRepo, { makeStore }) => {
  it('upgrades a store left at an older schema version when opened', async () => {
    const store = await makeStore();
    const old = await openSqlite(store.url, { migrateTo: 1 });
    expect((await old.info()).schemaVersion).toBe(1);
    const group = sdo('intrusion-set', 'old', { name: 'Old Group' });
    await old.put([group]);
    await old.close();
    const repo = await openRepository(`sqlite:${store.url}`);
    expect((await repo.info()).schemaVersion).toBe(2);
    expect(await repo.get(group.id)).toEqual(group);
    await repo.meta.set('k', 'v');
    await repo.close();
  });

  it('uses write-ahead logging', async () => {
    const store = await makeStore();
    await (await openRepository(store.url)).close();
    const db = new Database(store.url, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
