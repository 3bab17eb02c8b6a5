/** Opens a PostgreSQL store by URL: a small pool, migrations applied. */
import pg from 'pg';
import { redactStoreUrl } from '../redact.ts';
import type { Repository } from '../repository.ts';
import { migrate } from '../sql/migrate.ts';
import { SqlRepository } from '../sql/repository.ts';
import { postgresDialect } from './dialect.ts';
import { PgExecutor, pgError } from './executor.ts';

export interface PostgresOptions {
  /** Apply migrations only up to this version (tests of upgrades); default: all. */
  readonly migrateTo?: number;
}

export async function openPostgres(
  url: string,
  options: PostgresOptions = {},
): Promise<Repository> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw pgError(error, `cannot connect to PostgreSQL store ${redactStoreUrl(url)}`);
  }
  const exec = new PgExecutor(pool);
  try {
    await migrate(exec, postgresDialect, options.migrateTo);
  } catch (error) {
    await exec.close();
    throw error;
  }
  return new SqlRepository(exec, postgresDialect);
}
