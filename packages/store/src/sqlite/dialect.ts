/** SQLite specifics: FTS5 full-text, `IN (?, ...)` lists, row-by-row prepared writes in one transaction. */
import type { Dialect, HeadWrite, SqlFragment } from '../sql/dialect.ts';
import { searchWords, whereAll } from '../sql/dialect.ts';
import type { SqlExecutor } from '../sql/executor.ts';
import type { ObjectRow } from '../sql/object-row.ts';
import { sqliteMigrations } from './migrations.ts';

const UPSERT_HEAD = `INSERT INTO stix_head
  (id, modified, modified_key, type, revoked, source_ref, target_ref, relationship_type)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)
  ON CONFLICT (id) DO UPDATE SET modified = excluded.modified, modified_key = excluded.modified_key,
    type = excluded.type, revoked = excluded.revoked, source_ref = excluded.source_ref,
    target_ref = excluded.target_ref, relationship_type = excluded.relationship_type`;
const HEAD_NUM = '(SELECT num FROM stix_head WHERE id = ?)';
const MAX_LISTED = 1000;

/** Each word quoted: FTS5 sees plain terms, all required (implicit AND), never query syntax. */
function ftsQuery(text: string): string | undefined {
  const words = searchWords(text);
  return words.length === 0 ? undefined : words.map((word) => `"${word}"`).join(' ');
}

export const sqliteDialect: Dialect = {
  engine: 'sqlite',
  migrations: sqliteMigrations,

  anyOf(column: string, values: readonly string[]): SqlFragment {
    if (values.length === 0) return { sql: '0 = 1', params: [] };
    // Past SQLite's parameter limit (32,766), pass the list as one JSON array parameter.
    if (values.length > MAX_LISTED)
      return {
        sql: `${column} IN (SELECT value FROM json_each(?))`,
        params: [JSON.stringify(values)],
      };
    return { sql: `${column} IN (${values.map(() => '?').join(', ')})`, params: values };
  },

  textMatch(text: string): SqlFragment | undefined {
    const match = ftsQuery(text);
    if (match === undefined) return undefined;
    return { sql: 'h.num IN (SELECT rowid FROM stix_fts WHERE stix_fts MATCH ?)', params: [match] };
  },

  rankedSearch(text, conditions, limit): SqlFragment | undefined {
    const match = ftsQuery(text);
    if (match === undefined) return undefined;
    const where = whereAll(conditions);
    return {
      // bm25 column weights: name, aliases, description, body (lower score = better match).
      sql: `SELECT v.json FROM stix_fts f JOIN stix_head h ON h.num = f.rowid
        JOIN stix_version v ON v.id = h.id AND v.modified = h.modified
        WHERE stix_fts MATCH ? AND ${where.sql}
        ORDER BY bm25(stix_fts, 10.0, 10.0, 3.0, 1.0), h.id LIMIT ?`,
      params: [match, ...where.params, limit],
    };
  },

  // BEGIN IMMEDIATE already holds SQLite's single write lock.
  lockMigrations: () => Promise.resolve(),

  async insertVersions(exec: SqlExecutor, rows: readonly ObjectRow[]): Promise<void> {
    await exec.runMany(
      'INSERT INTO stix_version (id, modified, digest, json) VALUES (?, ?, ?, ?)',
      rows.map((r) => [r.id, r.modified, r.digest, r.json]),
    );
  },

  async writeHeads(exec: SqlExecutor, heads: readonly HeadWrite[]): Promise<void> {
    const rows = heads.map((h) => h.row);
    await exec.runMany(
      UPSERT_HEAD,
      rows.map((r) => [
        r.id,
        r.modified,
        r.modifiedKey,
        r.type,
        r.revoked,
        r.sourceRef,
        r.targetRef,
        r.relationshipType,
      ]),
    );
    // Fresh ids (most of a first import) have no old index rows to delete.
    const replaced = heads.filter((h) => h.replaces).map((h) => [h.row.id]);
    await exec.runMany('DELETE FROM stix_alias WHERE object_id = ?', replaced);
    await exec.runMany(
      'INSERT OR IGNORE INTO stix_alias (key, object_id, name) VALUES (?, ?, ?)',
      rows.flatMap((r) => r.aliases.map((a) => [a.key, r.id, a.name])),
    );
    await exec.runMany('DELETE FROM stix_marking WHERE object_id = ?', replaced);
    await exec.runMany(
      'INSERT OR IGNORE INTO stix_marking (object_id, marking_ref) VALUES (?, ?)',
      rows.flatMap((r) => r.markings.map((m) => [r.id, m])),
    );
    await exec.runMany(`DELETE FROM stix_fts WHERE rowid = ${HEAD_NUM}`, replaced);
    await exec.runMany(
      `INSERT INTO stix_fts (rowid, name, aliases, description, body) VALUES (${HEAD_NUM}, ?, ?, ?, ?)`,
      heads
        .filter(
          ({ row: { search }, body }) =>
            search.name || search.aliases || search.description || body,
        )
        .map(({ row, body }) => [
          row.id,
          row.search.name,
          row.search.aliases,
          row.search.description,
          body,
        ]),
    );
  },
};
