/**
 * Writing object versions (ARCHITECTURE.md "Versions"): a new (id, modified) is added; the same one with
 * the same content is unchanged; with different content it is a conflict, reported and not overwritten.
 * The version with the highest `modified` becomes the id's head (what reads return).
 */
import type { StixId, StixObject } from '@vigil/core';
import { readForEntityClusters } from '../knowledge/load-entities.ts';
import type { PutResult, VersionKey } from '../repository.ts';
import type { Dialect, HeadWrite } from './dialect.ts';
import type { SqlExecutor } from './executor.ts';
import { toObjectRow } from './object-row.ts';
import type { ObjectRow } from './object-row.ts';

/** Rows per round trip: large enough to amortize, small enough for parameter limits and memory. */
export const PUT_BATCH_SIZE = 1000;

const versionKey = (id: string, modified: string): string => `${id}\u0000${modified}`;

interface BatchOutcome {
  added: number;
  unchanged: number;
  conflicts: VersionKey[];
}

async function putBatch(
  exec: SqlExecutor,
  dialect: Dialect,
  rows: readonly ObjectRow[],
  outcome: BatchOutcome,
): Promise<void> {
  const ids = [...new Set(rows.map((row) => row.id))];
  const idsIn = dialect.anyOf('id', ids);
  const stored = new Map<string, string>();
  for (const v of await exec.all<{ id: string; modified: string; digest: string }>(
    `SELECT id, modified, digest FROM stix_version WHERE ${idsIn.sql}`,
    idsIn.params,
  ))
    stored.set(versionKey(v.id, v.modified), v.digest);
  const heads = new Map<string, string>();
  for (const h of await exec.all<{ id: string; modified_key: string }>(
    `SELECT id, modified_key FROM stix_head WHERE ${idsIn.sql}`,
    idsIn.params,
  ))
    heads.set(h.id, h.modified_key);

  const storedHeads = new Set(heads.keys());
  const inserts: ObjectRow[] = [];
  const newHeads = new Map<string, ObjectRow>();
  for (const row of rows) {
    const key = versionKey(row.id, row.modified);
    const digest = stored.get(key);
    if (digest === row.digest) {
      outcome.unchanged++;
      continue;
    }
    if (digest !== undefined) {
      outcome.conflicts.push(
        row.modified ? { id: row.id as StixId, modified: row.modified } : { id: row.id as StixId },
      );
      continue;
    }
    stored.set(key, row.digest);
    inserts.push(row);
    const head = heads.get(row.id);
    if (head === undefined || row.modifiedKey > head) {
      heads.set(row.id, row.modifiedKey);
      newHeads.set(row.id, row);
    }
  }
  if (inserts.length === 0) return;
  outcome.added += inserts.length;
  await dialect.insertVersions(exec, inserts);
  if (inserts.some((row) => readForEntityClusters(row.type, row.relationshipType))) {
    await countEntityGeneration(exec);
  }
  await dialect.writeHeads(
    exec,
    await withReportText(exec, dialect, [...newHeads.values()], storedHeads),
  );
}

/** Meta key of the count of writes that added entity versions: part of the knowledge cache's state. */
export const ENTITY_GENERATION_KEY = 'entities.generation';

/** One more write that can change entity clusters, in the writing transaction. */
async function countEntityGeneration(exec: SqlExecutor): Promise<void> {
  await exec.run(
    `INSERT INTO meta (key, value) VALUES (?, '1')
     ON CONFLICT (key) DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)`,
    [ENTITY_GENERATION_KEY],
  );
}

/** Reports are searchable by their extracted text, which may have been stored before the report. */
async function withReportText(
  exec: SqlExecutor,
  dialect: Dialect,
  rows: readonly ObjectRow[],
  storedHeads: ReadonlySet<string>,
): Promise<HeadWrite[]> {
  const reportIds = rows.filter((row) => row.type === 'report').map((row) => row.id);
  const texts = new Map<string, string>();
  if (reportIds.length > 0) {
    const idsIn = dialect.anyOf('report_id', reportIds);
    for (const t of await exec.all<{ report_id: string; text: string }>(
      `SELECT report_id, text FROM report_text WHERE ${idsIn.sql}`,
      idsIn.params,
    ))
      texts.set(t.report_id, t.text);
  }
  return rows.map((row) => ({
    row,
    body: texts.get(row.id) ?? '',
    replaces: storedHeads.has(row.id),
  }));
}

/** Validates every object first (bad input changes nothing), then writes in batches. */
export async function putObjects(
  exec: SqlExecutor,
  dialect: Dialect,
  objects: readonly StixObject[],
): Promise<PutResult> {
  const rows = objects.map((object, index) => toObjectRow(object, index));
  const outcome: BatchOutcome = { added: 0, unchanged: 0, conflicts: [] };
  for (let start = 0; start < rows.length; start += PUT_BATCH_SIZE)
    await putBatch(exec, dialect, rows.slice(start, start + PUT_BATCH_SIZE), outcome);
  return outcome;
}
