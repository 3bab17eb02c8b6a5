/** Opens (creating if needed) a SQLite store file: WAL, migrations applied. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { wrapDriverError } from '../errors.ts';
import type { Repository } from '../repository.ts';
import { migrate } from '../sql/migrate.ts';
import { SqlRepository } from '../sql/repository.ts';
import { sqliteDialect } from './dialect.ts';
import { SqliteExecutor } from './executor.ts';

export interface SqliteOptions {
  /** Apply migrations only up to this version (tests of upgrades); default: all. */
  readonly migrateTo?: number;
}

export async function openSqlite(path: string, options: SqliteOptions = {}): Promise<Repository> {
  let db: Database.Database;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    // WAL + NORMAL: a crash never corrupts or half-applies a transaction (it may lose the last commit on power loss).
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    // Bulk imports touch several indexes per object: a 64 MB page cache keeps them in memory.
    db.pragma('cache_size = -65536');
  } catch (error) {
    throw wrapDriverError(error, 'unavailable', `cannot open SQLite store ${path}`);
  }
  const exec = new SqliteExecutor(db);
  try {
    await migrate(exec, sqliteDialect, options.migrateTo);
  } catch (error) {
    await exec.close();
    throw error;
  }
  return new SqlRepository(exec, sqliteDialect);
}
