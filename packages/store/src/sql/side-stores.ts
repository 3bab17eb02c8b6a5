/** Shared SQL for the small side tables (report text, evidence, drafts, feed state, rejected mentions, meta). */
import { textSha256, type StixId } from '@vigil/core';
import type {
  Draft,
  DraftStore,
  EvidenceRow,
  EvidenceStore,
  FeedSeenStore,
  KnowledgeCacheStore,
  MetaStore,
  RejectedMention,
  RejectedMentionStore,
  ReportTextStore,
} from '../side-tables.ts';
import { ENTITY_TYPES, RESOLUTION_RELATIONSHIPS } from '../knowledge/load-entities.ts';
import type { Dialect } from './dialect.ts';
import { ENTITY_GENERATION_KEY } from './put.ts';
import type { SqlExecutor } from './executor.ts';
import { toObjectRow } from './object-row.ts';

/** Rows stored before migration 3 have no digest yet: computed once, at the first lookup by text. */
async function fillMissingDigests(exec: SqlExecutor): Promise<void> {
  const rows = await exec.all<{ report_id: string; text: string }>(
    'SELECT report_id, text FROM report_text WHERE text_sha256 IS NULL',
  );
  for (const row of rows) {
    await exec.run('UPDATE report_text SET text_sha256 = ? WHERE report_id = ?', [
      textSha256(row.text),
      row.report_id,
    ]);
  }
}

export function reportTextStore(exec: SqlExecutor, dialect: Dialect): ReportTextStore {
  let digestsFilled = false;
  return {
    async put(reportId, text) {
      await exec.transaction(async (tx) => {
        await tx.run(
          `INSERT INTO report_text (report_id, text, text_sha256) VALUES (?, ?, ?)
           ON CONFLICT (report_id) DO UPDATE SET text = excluded.text, text_sha256 = excluded.text_sha256`,
          [reportId, text, textSha256(text)],
        );
        // The report's full-text entry includes its text: refresh it when the report is stored.
        const [head] = await tx.all<{ json: string }>(
          `SELECT v.json FROM stix_head h JOIN stix_version v ON v.id = h.id AND v.modified = h.modified
           WHERE h.id = ?`,
          [reportId],
        );
        if (head)
          await dialect.writeHeads(tx, [
            { row: toObjectRow(JSON.parse(head.json), 0), body: text, replaces: true },
          ]);
      });
    },
    async get(reportId) {
      const [row] = await exec.all<{ text: string }>(
        'SELECT text FROM report_text WHERE report_id = ?',
        [reportId],
      );
      return row?.text;
    },
    async withSameText(text) {
      if (!digestsFilled) {
        await exec.transaction(fillMissingDigests);
        digestsFilled = true;
      }
      const rows = await exec.all<{ report_id: string }>(
        'SELECT report_id FROM report_text WHERE text_sha256 = ? ORDER BY report_id',
        [textSha256(text)],
      );
      return rows.map((r) => r.report_id as StixId);
    },
  };
}

interface EvidenceRecord {
  report_id: string;
  object_ref: string;
  start: number;
  end: number;
  sentence_start: number;
  sentence_end: number;
  confidence: number | null;
}

const EVIDENCE_COLUMNS =
  'report_id, object_ref, start, "end", sentence_start, sentence_end, confidence';

const toEvidence = (r: EvidenceRecord): EvidenceRow => ({
  reportId: r.report_id as StixId,
  objectRef: r.object_ref as StixId,
  start: Number(r.start),
  end: Number(r.end),
  sentenceStart: Number(r.sentence_start),
  sentenceEnd: Number(r.sentence_end),
  ...(r.confidence === null ? {} : { confidence: Number(r.confidence) }),
});

export function evidenceStore(exec: SqlExecutor): EvidenceStore {
  const select = (where: string, key: string) =>
    exec
      .all<EvidenceRecord>(
        `SELECT ${EVIDENCE_COLUMNS} FROM evidence WHERE ${where} = ?
         ORDER BY report_id, object_ref, start, "end"`,
        [key],
      )
      .then((rows) => rows.map(toEvidence));
  return {
    async replaceForReport(reportId, rows) {
      await exec.transaction(async (tx) => {
        await tx.run('DELETE FROM evidence WHERE report_id = ?', [reportId]);
        await tx.runMany(
          `INSERT INTO evidence (${EVIDENCE_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (report_id, object_ref, start, "end") DO NOTHING`,
          rows.map((r) => [
            reportId,
            r.objectRef,
            r.start,
            r.end,
            r.sentenceStart,
            r.sentenceEnd,
            r.confidence ?? null,
          ]),
        );
      });
    },
    forReport: (reportId) => select('report_id', reportId),
    forObject: (objectRef) => select('object_ref', objectRef),
  };
}

interface DraftRecord {
  id: string;
  created: string;
  payload: string;
  status: string;
}

const toDraft = (r: DraftRecord): Draft => ({
  id: r.id,
  created: r.created,
  payload: JSON.parse(r.payload) as unknown,
  status: r.status,
});

export function draftStore(exec: SqlExecutor): DraftStore {
  return {
    async put(draft) {
      await exec.run(
        `INSERT INTO draft (id, created, payload, status) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET created = excluded.created, payload = excluded.payload,
           status = excluded.status`,
        [draft.id, draft.created, JSON.stringify(draft.payload), draft.status],
      );
    },
    async get(id) {
      const [row] = await exec.all<DraftRecord>('SELECT * FROM draft WHERE id = ?', [id]);
      return row && toDraft(row);
    },
    async list(status) {
      const rows = await exec.all<DraftRecord>(
        status === undefined
          ? 'SELECT * FROM draft ORDER BY created, id'
          : 'SELECT * FROM draft WHERE status = ? ORDER BY created, id',
        status === undefined ? [] : [status],
      );
      return rows.map(toDraft);
    },
    async remove(id) {
      await exec.run('DELETE FROM draft WHERE id = ?', [id]);
    },
  };
}

export function feedSeenStore(exec: SqlExecutor, dialect: Dialect): FeedSeenStore {
  return {
    async markSeen(feedUrl, itemKeys, seenAt) {
      await exec.runMany(
        `INSERT INTO feed_seen (feed_url, item_key, seen_at) VALUES (?, ?, ?)
         ON CONFLICT (feed_url, item_key) DO NOTHING`,
        itemKeys.map((key) => [feedUrl, key, seenAt]),
      );
    },
    async seen(feedUrl, itemKeys) {
      const keysIn = dialect.anyOf('item_key', itemKeys);
      const rows = await exec.all<{ item_key: string }>(
        `SELECT item_key FROM feed_seen WHERE feed_url = ? AND ${keysIn.sql}`,
        [feedUrl, ...keysIn.params],
      );
      return new Set(rows.map((r) => r.item_key));
    },
  };
}

export function rejectedMentionStore(exec: SqlExecutor): RejectedMentionStore {
  return {
    async add({ textNorm, objectRef }) {
      await exec.run(
        `INSERT INTO rejected_mention (text_norm, object_ref) VALUES (?, ?)
         ON CONFLICT (text_norm, object_ref) DO NOTHING`,
        [textNorm, objectRef],
      );
    },
    async has({ textNorm, objectRef }) {
      const rows = await exec.all(
        'SELECT 1 AS found FROM rejected_mention WHERE text_norm = ? AND object_ref = ?',
        [textNorm, objectRef],
      );
      return rows.length > 0;
    },
    async list() {
      const rows = await exec.all<{ text_norm: string; object_ref: string }>(
        'SELECT text_norm, object_ref FROM rejected_mention ORDER BY text_norm, object_ref',
      );
      return rows.map((r): RejectedMention => ({
        textNorm: r.text_norm,
        objectRef: r.object_ref as StixId,
      }));
    },
  };
}

export function metaStore(exec: SqlExecutor): MetaStore {
  return {
    async get(key) {
      const [row] = await exec.all<{ value: string }>('SELECT value FROM meta WHERE key = ?', [
        key,
      ]);
      return row?.value;
    },
    async set(key, value) {
      await exec.run(
        'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        [key, value],
      );
    },
    async all() {
      const rows = await exec.all<{ key: string; value: string }>(
        'SELECT key, value FROM meta ORDER BY key',
      );
      return Object.fromEntries(rows.map((r) => [r.key, r.value]));
    },
  };
}

export function knowledgeCacheStore(exec: SqlExecutor, dialect: Dialect): KnowledgeCacheStore {
  const entityTypes = dialect.anyOf('type', ENTITY_TYPES);
  const resolutions = dialect.anyOf('relationship_type', RESOLUTION_RELATIONSHIPS);
  return {
    async state() {
      // The head counts also see objects written by a Vigil from before the generation count.
      const [row] = await exec.all<Record<string, string | number | null>>(
        `SELECT (SELECT value FROM meta WHERE key = ?) AS generation,
           (SELECT max(seq) FROM entity_link_audit) AS decisions,
           (SELECT count(*) FROM stix_head WHERE ${entityTypes.sql}) AS entities,
           (SELECT count(*) FROM stix_head WHERE ${resolutions.sql}) AS relationships`,
        [ENTITY_GENERATION_KEY, ...entityTypes.params, ...resolutions.params],
      );
      const part = (key: string): string => String(row?.[key] ?? 0);
      return ['generation', 'decisions', 'entities', 'relationships'].map(part).join('.');
    },
    async get(name, state) {
      const [row] = await exec.all<{ payload: string }>(
        'SELECT payload FROM knowledge_cache WHERE name = ? AND state = ?',
        [name, state],
      );
      return row?.payload;
    },
    async put(name, state, payload) {
      await exec.run(
        `INSERT INTO knowledge_cache (name, state, payload) VALUES (?, ?, ?)
         ON CONFLICT (name) DO UPDATE SET state = excluded.state, payload = excluded.payload`,
        [name, state, payload],
      );
    },
  };
}
