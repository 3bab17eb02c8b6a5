import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { withEngine } from '../../../test-support/stores.ts';
import { openRepository } from '../src/open.ts';
import { openSqlite } from '../src/sqlite/open.ts';
import { runRepositoryContract } from './repository.contract.ts';
import { runUpgradeContract } from './upgrade.contract.ts';

withEngine('sqlite', 'Repository contract', (makeRepo) => runRepositoryContract(makeRepo));

withEngine('sqlite', 'SQLite store file', (_makeRepo, { makeStore }) => {
  runUpgradeContract(
    makeStore,
    (url, version) => openSqlite(url, { migrateTo: version }),
    (url, reportId, text) => {
      const db = new Database(url);
      db.prepare('INSERT INTO report_text (report_id, text) VALUES (?, ?)').run(reportId, text);
      db.close();
      return Promise.resolve();
    },
  );

  it('uses write-ahead logging', async () => {
    const store = await makeStore();
    await (await openRepository(store.url)).close();
    const db = new Database(store.url, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
