/**
 * The Repository over any SqlExecutor + Dialect: reads and paging are shared SQL over `stix_head`
 * (one row per id, pointing at its latest version) joined to `stix_version` (every version's JSON).
 */
import { normalizeName } from '@vigil/core';
import type { StixId, StixObject } from '@vigil/core';
import type {
  AliasHit,
  ObjectQuery,
  Page,
  PutResult,
  RelationshipQuery,
  Repository,
  SearchQuery,
  StoreInfo,
} from '../repository.ts';
import { clusterStore } from './cluster-store.ts';
import { decodeCursor, encodeCursor, pageSize } from './cursor.ts';
import type { Dialect, SqlFragment } from './dialect.ts';
import type { SqlExecutor } from './executor.ts';
import { schemaVersion } from './migrate.ts';
import { putObjects } from './put.ts';
import {
  draftStore,
  evidenceStore,
  feedSeenStore,
  knowledgeCacheStore,
  metaStore,
  rejectedMentionStore,
  reportTextStore,
} from './side-stores.ts';
import { modifiedSortKey } from './timestamp.ts';

const LATEST = 'FROM stix_head h JOIN stix_version v ON v.id = h.id AND v.modified = h.modified';

const list = (value: string | readonly string[] | undefined): readonly string[] | undefined =>
  typeof value === 'string' ? [value] : value;

export class SqlRepository implements Repository {
  readonly engine;
  readonly reportText;
  readonly evidence;
  readonly clusters;
  readonly drafts;
  readonly feedSeen;
  readonly rejectedMentions;
  readonly meta;
  readonly knowledgeCache;
  readonly #exec: SqlExecutor;
  readonly #dialect: Dialect;
  readonly #inTransaction: boolean;

  constructor(exec: SqlExecutor, dialect: Dialect, inTransaction = false) {
    this.#exec = exec;
    this.#dialect = dialect;
    this.#inTransaction = inTransaction;
    this.engine = dialect.engine;
    this.reportText = reportTextStore(exec, dialect);
    this.evidence = evidenceStore(exec);
    this.clusters = clusterStore(exec);
    this.drafts = draftStore(exec);
    this.feedSeen = feedSeenStore(exec, dialect);
    this.rejectedMentions = rejectedMentionStore(exec);
    this.meta = metaStore(exec);
    this.knowledgeCache = knowledgeCacheStore(exec, dialect);
  }

  put(objects: readonly StixObject[]): Promise<PutResult> {
    return this.#exec.transaction((tx) => putObjects(tx, this.#dialect, objects));
  }

  async get(id: string): Promise<StixObject | undefined> {
    const [row] = await this.#exec.all<{ json: string }>(`SELECT v.json ${LATEST} WHERE h.id = ?`, [
      id,
    ]);
    return row && (JSON.parse(row.json) as StixObject);
  }

  async versions(id: string): Promise<readonly StixObject[]> {
    const rows = await this.#exec.all<{ modified: string; json: string }>(
      'SELECT modified, json FROM stix_version WHERE id = ?',
      [id],
    );
    return rows
      .map((row) => ({ key: modifiedSortKey(row.modified), json: row.json }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map((row) => JSON.parse(row.json) as StixObject);
  }

  query(query: ObjectQuery): Promise<Page<StixObject>> {
    const conditions: SqlFragment[] = [];
    if (query.types) conditions.push(this.#dialect.anyOf('h.type', query.types));
    if (query.ids) conditions.push(this.#dialect.anyOf('h.id', query.ids));
    if (query.text !== undefined) {
      const match = this.#dialect.textMatch(query.text);
      if (!match) return Promise.resolve({ items: [] });
      conditions.push(match);
    }
    if (query.markings) {
      const refs = this.#dialect.anyOf('m.marking_ref', query.markings);
      conditions.push({
        sql: `EXISTS (SELECT 1 FROM stix_marking m WHERE m.object_id = h.id AND ${refs.sql})`,
        params: refs.params,
      });
    }
    if (query.excludeMarkings && query.excludeMarkings.length > 0) {
      const refs = this.#dialect.anyOf('m.marking_ref', query.excludeMarkings);
      conditions.push({
        sql: `NOT EXISTS (SELECT 1 FROM stix_marking m WHERE m.object_id = h.id AND ${refs.sql})`,
        params: refs.params,
      });
    }
    return this.#page(conditions, query);
  }

  relationships(query: RelationshipQuery): Promise<Page<StixObject>> {
    const conditions: SqlFragment[] = [{ sql: "h.type = 'relationship'", params: [] }];
    if (query.sourceRef !== undefined)
      conditions.push({ sql: 'h.source_ref = ?', params: [query.sourceRef] });
    if (query.targetRef !== undefined)
      conditions.push({ sql: 'h.target_ref = ?', params: [query.targetRef] });
    const types = list(query.relationshipType);
    if (types) conditions.push(this.#dialect.anyOf('h.relationship_type', types));
    return this.#page(conditions, query);
  }

  async search(text: string, query: SearchQuery = {}): Promise<readonly StixObject[]> {
    const conditions: SqlFragment[] = [];
    if (query.types) conditions.push(this.#dialect.anyOf('h.type', query.types));
    if (!query.includeRevoked) conditions.push({ sql: 'h.revoked = 0', params: [] });
    const select = this.#dialect.rankedSearch(text, conditions, pageSize(query.limit));
    if (!select) return [];
    const rows = await this.#exec.all<{ json: string }>(select.sql, select.params);
    return rows.map((row) => JSON.parse(row.json) as StixObject);
  }

  async #page(
    conditions: SqlFragment[],
    paging: { includeRevoked?: boolean; limit?: number; after?: string },
  ): Promise<Page<StixObject>> {
    const limit = pageSize(paging.limit);
    if (!paging.includeRevoked) conditions.push({ sql: 'h.revoked = 0', params: [] });
    if (paging.after !== undefined)
      conditions.push({ sql: 'h.id > ?', params: [decodeCursor(paging.after)] });
    const where = conditions.length ? `WHERE ${conditions.map((c) => c.sql).join(' AND ')}` : '';
    const rows = await this.#exec.all<{ id: string; json: string }>(
      `SELECT h.id, v.json ${LATEST} ${where} ORDER BY h.id LIMIT ?`,
      [...conditions.flatMap((c) => c.params), limit + 1],
    );
    const items = rows.slice(0, limit).map((row) => JSON.parse(row.json) as StixObject);
    const last = rows[limit - 1];
    return rows.length > limit && last ? { items, next: encodeCursor(last.id) } : { items };
  }

  async lookupAlias(name: string, types?: readonly string[]): Promise<readonly AliasHit[]> {
    const key = normalizeName(name);
    if (key === '') return [];
    const typeFilter = types ? this.#dialect.anyOf('h.type', types) : undefined;
    const rows = await this.#exec.all<{
      object_id: string;
      type: string;
      name: string;
      revoked: number;
    }>(
      `SELECT a.object_id, h.type, a.name, h.revoked FROM stix_alias a JOIN stix_head h ON h.id = a.object_id
       WHERE a.key = ? ${typeFilter ? `AND ${typeFilter.sql}` : ''} ORDER BY a.object_id, a.name`,
      [key, ...(typeFilter?.params ?? [])],
    );
    return rows.map((r) => ({
      objectId: r.object_id as StixId,
      type: r.type,
      name: r.name,
      ...(Number(r.revoked) === 1 ? { revoked: true } : {}),
    }));
  }

  transaction<T>(work: (tx: Repository) => Promise<T>): Promise<T> {
    return this.#exec.transaction((tx) => work(new SqlRepository(tx, this.#dialect, true)));
  }

  async info(): Promise<StoreInfo> {
    const counts = await this.#exec.all<{ type: string; n: number | string }>(
      'SELECT type, count(*) AS n FROM stix_head GROUP BY type ORDER BY type',
    );
    const [versions] = await this.#exec.all<{ n: number | string }>(
      'SELECT count(*) AS n FROM stix_version',
    );
    return {
      engine: this.engine,
      schemaVersion: await schemaVersion(this.#exec),
      countsByType: Object.fromEntries(counts.map((c) => [c.type, Number(c.n)])),
      versions: Number(versions?.n ?? 0),
    };
  }

  /** Closing a transaction's view is a no-op; the owner closes the store. */
  close(): Promise<void> {
    return this.#inTransaction ? Promise.resolve() : this.#exec.close();
  }
}
