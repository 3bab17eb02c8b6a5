/**
 * The seam between shared SQL and a driver. Statements use `?` placeholders everywhere; the PostgreSQL
 * executor numbers them ($1, $2...), so shared SQL never contains a literal `?`.
 */
export interface SqlExecutor {
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs one statement; resolves to the number of rows changed. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs one statement once per parameter row (SQLite: one prepared statement, synchronously). */
  runMany(sql: string, rows: readonly (readonly unknown[])[]): Promise<void>;
  /** Runs several `;`-separated statements without parameters (migrations). */
  script(sql: string): Promise<void>;
  /** Atomic unit: BEGIN/COMMIT at the top, a SAVEPOINT when nested. */
  transaction<T>(work: (exec: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
