/**
 * Versioned migrations, applied on open inside one transaction each and recorded in schema_migrations.
 * Opening an older store upgrades it; a failed migration leaves the store at the previous version.
 */
import { StoreError, wrapDriverError } from '../errors.ts';
import type { Dialect } from './dialect.ts';
import type { SqlExecutor } from './executor.ts';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`;

export async function schemaVersion(exec: SqlExecutor): Promise<number> {
  const rows = await exec.all<{ v: number | string | null }>(
    'SELECT max(version) AS v FROM schema_migrations',
  );
  return Number(rows[0]?.v ?? 0);
}

/** Applies pending migrations up to `upTo` (default: all); returns the resulting version. */
export async function migrate(
  exec: SqlExecutor,
  dialect: Dialect,
  upTo = Infinity,
): Promise<number> {
  await exec.script(CREATE_TABLE);
  for (const migration of dialect.migrations) {
    if (migration.version > upTo) break;
    try {
      await exec.transaction(async (tx) => {
        await dialect.lockMigrations(tx);
        // Re-read under the lock: another process may have migrated meanwhile.
        if ((await schemaVersion(tx)) >= migration.version) return;
        await tx.script(migration.sql);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
          migration.version,
          migration.name,
          new Date().toISOString(),
        ]);
      });
    } catch (error) {
      if (error instanceof StoreError && error.code === 'unavailable') throw error;
      throw wrapDriverError(
        error,
        'migration_failed',
        `migration ${migration.version} (${migration.name}) failed`,
      );
    }
  }
  return schemaVersion(exec);
}
