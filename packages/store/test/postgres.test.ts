import { expect, it } from 'vitest';
import { withEngine } from '../../../test-support/stores.ts';
import { StoreError } from '../src/errors.ts';
import { openRepository } from '../src/open.ts';
import { openPostgres } from '../src/postgres/open.ts';
import { sdo } from './objects.ts';
import { runRepositoryContract } from './repository.contract.ts';

withEngine('postgres', 'Repository contract', (makeRepo) => runRepositoryContract(makeRepo));

withEngine('postgres', 'PostgreSQL store', (_makeRepo, { makeStore }) => {
  it('upgrades a database left at an older schema version when opened', async () => {
    const store = await makeStore();
    const old = await openPostgres(store.url, { migrateTo: 1 });
    expect((await old.info()).schemaVersion).toBe(1);
    const group = sdo('intrusion-set', 'old', { name: 'Old Group' });
    await old.put([group]);
    await old.close();
    const repo = await openRepository(store.url);
    expect((await repo.info()).schemaVersion).toBe(2);
    expect(await repo.get(group.id)).toEqual(group);
    await repo.close();
  });

  it('reports an unreachable server as unavailable', async () => {
    const error = await openRepository('postgres://postgres@127.0.0.1:1/none').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('unavailable');
  });
});
