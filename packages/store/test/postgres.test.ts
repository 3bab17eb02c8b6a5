import pg from 'pg';
import { expect, it } from 'vitest';
import { withEngine } from '../../../test-support/stores.ts';
import { StoreError } from '../src/errors.ts';
import { openRepository } from '../src/open.ts';
import { openPostgres } from '../src/postgres/open.ts';
import { runRepositoryContract } from './repository.contract.ts';
import { runUpgradeContract } from './upgrade.contract.ts';

withEngine('postgres', 'Repository contract', (makeRepo) => runRepositoryContract(makeRepo));

withEngine('postgres', 'PostgreSQL store', (_makeRepo, { makeStore }) => {
  runUpgradeContract(
    makeStore,
    (url, version) => openPostgres(url, { migrateTo: version }),
    async (url, reportId, text) => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query('INSERT INTO report_text (report_id, text) VALUES ($1, $2)', [
          reportId,
          text,
        ]);
      } finally {
        await client.end();
      }
    },
  );

  it('reports an unreachable server as unavailable', async () => {
    const error = await openRepository('postgres://postgres@127.0.0.1:1/none').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('unavailable');
  });
});
