/**
 * PostgreSQL specifics: tsvector/GIN full-text, `= ANY(array)` lists, and bulk writes as one
 * INSERT ... SELECT FROM unnest(arrays) per batch (one round trip per table instead of one per row).
 */
import type { Dialect, HeadWrite, SqlFragment } from '../sql/dialect.ts';
import { searchWords, whereAll } from '../sql/dialect.ts';
import type { SqlExecutor } from '../sql/executor.ts';
import type { ObjectRow } from '../sql/object-row.ts';
import { postgresMigrations } from './migrations.ts';

/** to_tsvector refuses documents over 1 MB; report text beyond this is not searchable. */
const MAX_BODY_CHARS = 200_000;
const MIGRATION_LOCK = 7_261_337;

const UPSERT_HEADS = `INSERT INTO stix_head
  (id, modified, modified_key, type, revoked, source_ref, target_ref, relationship_type, search)
  SELECT u.id, u.modified, u.modified_key, u.type, u.revoked, u.source_ref, u.target_ref,
    u.relationship_type,
    setweight(to_tsvector('english', u.name), 'A') || setweight(to_tsvector('english', u.aliases), 'A')
      || setweight(to_tsvector('english', u.description), 'B') || to_tsvector('english', u.body)
  FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int[], ?::text[], ?::text[], ?::text[],
    ?::text[], ?::text[], ?::text[], ?::text[])
    AS u(id, modified, modified_key, type, revoked, source_ref, target_ref, relationship_type,
      name, aliases, description, body)
  ON CONFLICT (id) DO UPDATE SET modified = excluded.modified, modified_key = excluded.modified_key,
    type = excluded.type, revoked = excluded.revoked, source_ref = excluded.source_ref,
    target_ref = excluded.target_ref, relationship_type = excluded.relationship_type,
    search = excluded.search`;

export const postgresDialect: Dialect = {
  engine: 'postgres',
  migrations: postgresMigrations,

  anyOf(column: string, values: readonly string[]): SqlFragment {
    return { sql: `${column} = ANY(?::text[])`, params: [[...values]] };
  },

  textMatch(text: string): SqlFragment | undefined {
    const words = searchWords(text);
    if (words.length === 0) return undefined;
    return { sql: "h.search @@ plainto_tsquery('english', ?)", params: [words.join(' ')] };
  },

  rankedSearch(text, conditions, limit): SqlFragment | undefined {
    const words = searchWords(text);
    if (words.length === 0) return undefined;
    const where = whereAll(conditions);
    // ts_rank weights {D, C, B, A}: report text, -, description, name and aliases.
    return {
      sql: `SELECT v.json FROM stix_head h
        JOIN stix_version v ON v.id = h.id AND v.modified = h.modified,
        plainto_tsquery('english', ?) q
        WHERE h.search @@ q AND ${where.sql}
        ORDER BY ts_rank('{0.1, 0.2, 0.3, 1.0}', h.search, q) DESC, h.id LIMIT ?`,
      params: [words.join(' '), ...where.params, limit],
    };
  },

  async lockMigrations(exec: SqlExecutor): Promise<void> {
    await exec.all('SELECT pg_advisory_xact_lock(?::bigint)', [MIGRATION_LOCK]);
  },

  async insertVersions(exec: SqlExecutor, rows: readonly ObjectRow[]): Promise<void> {
    await exec.run(
      `INSERT INTO stix_version (id, modified, digest, json)
       SELECT * FROM unnest(?::text[], ?::text[], ?::text[], ?::text[])`,
      [
        rows.map((r) => r.id),
        rows.map((r) => r.modified),
        rows.map((r) => r.digest),
        rows.map((r) => r.json),
      ],
    );
  },

  async writeHeads(exec: SqlExecutor, heads: readonly HeadWrite[]): Promise<void> {
    if (heads.length === 0) return;
    const rows = heads.map((h) => h.row);
    await exec.run(UPSERT_HEADS, [
      rows.map((r) => r.id),
      rows.map((r) => r.modified),
      rows.map((r) => r.modifiedKey),
      rows.map((r) => r.type),
      rows.map((r) => r.revoked),
      rows.map((r) => r.sourceRef),
      rows.map((r) => r.targetRef),
      rows.map((r) => r.relationshipType),
      rows.map((r) => r.search.name),
      rows.map((r) => r.search.aliases),
      rows.map((r) => r.search.description),
      heads.map((h) => h.body.slice(0, MAX_BODY_CHARS)),
    ]);
    const replaced = heads.filter((h) => h.replaces).map((h) => h.row.id);
    if (replaced.length > 0) {
      await exec.run('DELETE FROM stix_alias WHERE object_id = ANY(?::text[])', [replaced]);
      await exec.run('DELETE FROM stix_marking WHERE object_id = ANY(?::text[])', [replaced]);
    }
    const aliases = rows.flatMap((r) => r.aliases.map((a) => [a.key, r.id, a.name] as const));
    await exec.run(
      `INSERT INTO stix_alias (key, object_id, name)
       SELECT * FROM unnest(?::text[], ?::text[], ?::text[]) ON CONFLICT DO NOTHING`,
      [aliases.map((a) => a[0]), aliases.map((a) => a[1]), aliases.map((a) => a[2])],
    );
    const markings = rows.flatMap((r) => r.markings.map((m) => [r.id, m] as const));
    await exec.run(
      `INSERT INTO stix_marking (object_id, marking_ref)
       SELECT * FROM unnest(?::text[], ?::text[]) ON CONFLICT DO NOTHING`,
      [markings.map((m) => m[0]), markings.map((m) => m[1])],
    );
  },
};
