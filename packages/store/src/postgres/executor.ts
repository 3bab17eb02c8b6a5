/**
 * node-postgres behind the async executor seam. Outside a transaction statements go through the pool;
 * a transaction holds one client (BEGIN/COMMIT/ROLLBACK), nested ones become savepoints. Calls made on
 * the store itself while a transaction's work runs (same async flow) join that transaction, as they do
 * on SQLite's single connection: otherwise they would wait on its row locks and never finish.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type pg from 'pg';
import type { StoreError } from '../errors.ts';
import { wrapDriverError } from '../errors.ts';
import type { SqlExecutor } from '../sql/executor.ts';

/** Connection-level failures (SQLSTATE class 08, admin shutdown 57P) and socket errors. */
function isUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    typeof code === 'string' &&
    (code.startsWith('08') ||
      code.startsWith('57P') ||
      code === 'ECONNREFUSED' ||
      code === 'ECONNRESET')
  );
}

export function pgError(error: unknown, what: string): StoreError {
  return wrapDriverError(error, isUnavailable(error) ? 'unavailable' : 'query_failed', what);
}

const numbered = new Map<string, string>();

/** Shared SQL writes `?`; PostgreSQL wants `$1, $2...`. */
function numberPlaceholders(sql: string): string {
  let converted = numbered.get(sql);
  if (converted === undefined) {
    let n = 0;
    converted = sql.replace(/\?/g, () => `$${++n}`);
    numbered.set(sql, converted);
  }
  return converted;
}

export class PgExecutor implements SqlExecutor {
  readonly #pool: pg.Pool;
  readonly #client: pg.PoolClient | undefined;
  readonly #active: AsyncLocalStorage<PgExecutor>;
  #savepoints = 0;

  constructor(pool: pg.Pool, client?: pg.PoolClient, active = new AsyncLocalStorage<PgExecutor>()) {
    this.#pool = pool;
    this.#client = client;
    this.#active = active;
  }

  /** The transaction this call belongs to, if any. */
  #joined(): PgExecutor | undefined {
    return this.#client ? undefined : this.#active.getStore();
  }

  async #query<T>(
    sql: string,
    params: readonly unknown[],
  ): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
    const joined = this.#joined();
    if (joined) return joined.#query<T>(sql, params);
    const text = params.length ? numberPlaceholders(sql) : sql;
    try {
      return await (this.#client ?? this.#pool).query<T & pg.QueryResultRow>(text, [...params]);
    } catch (error) {
      throw pgError(error, `postgres: ${sql.slice(0, 80)}`);
    }
  }

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.#query<T>(sql, params)).rows;
  }

  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    return (await this.#query(sql, params)).rowCount ?? 0;
  }

  async runMany(sql: string, rows: readonly (readonly unknown[])[]): Promise<void> {
    for (const row of rows) await this.#query(sql, row);
  }

  async script(sql: string): Promise<void> {
    await this.#query(sql, []);
  }

  async transaction<T>(work: (exec: SqlExecutor) => Promise<T>): Promise<T> {
    const joined = this.#joined();
    if (joined) return joined.transaction(work);
    if (this.#client) {
      const savepoint = `vigil_sp_${++this.#savepoints}`;
      await this.script(`SAVEPOINT ${savepoint}`);
      try {
        const result = await work(this);
        await this.script(`RELEASE SAVEPOINT ${savepoint}`);
        return result;
      } catch (error) {
        await this.script(`ROLLBACK TO SAVEPOINT ${savepoint}`);
        throw error;
      }
    }
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (error) {
      throw pgError(error, 'postgres: cannot connect');
    }
    const tx = new PgExecutor(this.#pool, client, this.#active);
    let broken: Error | undefined;
    try {
      await tx.script('BEGIN');
      const result = await this.#active.run(tx, () => work(tx));
      await tx.script('COMMIT');
      return result;
    } catch (error) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        broken = rollbackError as Error;
      }
      throw error;
    } finally {
      // A client whose rollback failed is in an unknown state: destroy it rather than reuse it.
      client.release(broken);
    }
  }

  async close(): Promise<void> {
    if (this.#client || this.#pool.ended) return;
    await this.#pool.end();
  }
}
