/**
 * better-sqlite3 behind the async executor seam. One connection: statements run synchronously and are
 * prepared once. A transaction opened while another is active on the connection nests as a savepoint
 * (the connection has one transaction at a time; callers sharing it share it).
 */
import type Database from 'better-sqlite3';
import type { StoreError } from '../errors.ts';
import { wrapDriverError } from '../errors.ts';
import type { SqlExecutor } from '../sql/executor.ts';

type Statement = Database.Statement<unknown[], unknown>;

const BUSY = new Set(['SQLITE_BUSY', 'SQLITE_LOCKED', 'SQLITE_CANTOPEN', 'SQLITE_READONLY']);

function storeError(error: unknown, sql: string): StoreError {
  const code = (error as { code?: unknown }).code;
  const busy = typeof code === 'string' && BUSY.has(code);
  return wrapDriverError(
    error,
    busy ? 'unavailable' : 'query_failed',
    `sqlite: ${sql.slice(0, 80)}`,
  );
}

export class SqliteExecutor implements SqlExecutor {
  readonly #db: Database.Database;
  readonly #statements = new Map<string, Statement>();
  #savepoints = 0;

  constructor(db: Database.Database) {
    this.#db = db;
  }

  #prepare(sql: string): Statement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      try {
        statement = this.#db.prepare(sql);
      } catch (error) {
        throw storeError(error, sql);
      }
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    try {
      return Promise.resolve(this.#prepare(sql).all(...params) as T[]);
    } catch (error) {
      return Promise.reject(storeError(error, sql));
    }
  }

  run(sql: string, params: readonly unknown[] = []): Promise<number> {
    try {
      return Promise.resolve(this.#prepare(sql).run(...params).changes);
    } catch (error) {
      return Promise.reject(storeError(error, sql));
    }
  }

  runMany(sql: string, rows: readonly (readonly unknown[])[]): Promise<void> {
    try {
      const statement = this.#prepare(sql);
      for (const row of rows) statement.run(...row);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(storeError(error, sql));
    }
  }

  script(sql: string): Promise<void> {
    try {
      this.#db.exec(sql);
      return Promise.resolve();
    } catch (error) {
      return Promise.reject(storeError(error, sql));
    }
  }

  async transaction<T>(work: (exec: SqlExecutor) => Promise<T>): Promise<T> {
    const nested = this.#db.inTransaction;
    const savepoint = `vigil_sp_${++this.#savepoints}`;
    await this.script(nested ? `SAVEPOINT ${savepoint}` : 'BEGIN IMMEDIATE');
    try {
      const result = await work(this);
      await this.script(nested ? `RELEASE ${savepoint}` : 'COMMIT');
      return result;
    } catch (error) {
      if (this.#db.inTransaction)
        this.#db.exec(nested ? `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}` : 'ROLLBACK');
      throw error;
    }
  }

  close(): Promise<void> {
    this.#statements.clear();
    if (this.#db.open) this.#db.close();
    return Promise.resolve();
  }
}
