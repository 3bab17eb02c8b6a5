/**
 * What differs between engines, kept small: bulk writes, the full-text condition, list parameters and
 * the migrations. Everything else (queries, side tables, the put plan) is shared SQL.
 */
import type { EngineName } from '../repository.ts';
import type { SqlExecutor } from './executor.ts';
import type { Migration } from './migrate.ts';
import type { ObjectRow } from './object-row.ts';

export interface SqlFragment {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/** A version becoming the latest of its id, with the report text to index beside it. */
export interface HeadWrite {
  readonly row: ObjectRow;
  readonly body: string;
  /** The id already had a head: its alias, marking and full-text rows must be replaced, not just added. */
  readonly replaces: boolean;
}

export interface Dialect {
  readonly engine: EngineName;
  readonly migrations: readonly Migration[];
  /** `column IN (...)` for a list of strings (PostgreSQL: `= ANY(?)` with one array parameter). */
  anyOf(column: string, values: readonly string[]): SqlFragment;
  /** Condition on `stix_head h` matching a full-text query, or undefined when `text` has no words. */
  textMatch(text: string): SqlFragment | undefined;
  /**
   * SELECT of `v.json` for heads matching `text`, best match first (names and aliases weigh more than
   * descriptions, descriptions more than report text), restricted by `conditions` on `stix_head h`.
   */
  rankedSearch(
    text: string,
    conditions: readonly SqlFragment[],
    limit: number,
  ): SqlFragment | undefined;
  /** Serializes concurrent migrators (inside the migration transaction). */
  lockMigrations(exec: SqlExecutor): Promise<void>;
  insertVersions(exec: SqlExecutor, rows: readonly ObjectRow[]): Promise<void>;
  /** Upserts stix_head and replaces the alias, marking and full-text rows of each id. */
  writeHeads(exec: SqlExecutor, heads: readonly HeadWrite[]): Promise<void>;
}

export const whereAll = (conditions: readonly SqlFragment[]): SqlFragment => ({
  sql: conditions.length ? conditions.map((c) => c.sql).join(' AND ') : '1 = 1',
  params: conditions.flatMap((c) => c.params),
});

/** Words of a full-text query: letters and digits only, so no query syntax reaches the engine. */
export const searchWords = (text: string): string[] => text.match(/[\p{L}\p{N}]+/gu) ?? [];
