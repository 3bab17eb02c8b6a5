/**
 * Migration 3: the SHA-256 of each report's text, so every stored reading of the same words is found
 * whatever URL it came with (a TLP marking floor across readings, docs/ARCHITECTURE.md "TLP markings").
 * Rows stored before it get their digest on first need (reportTextStore.withSameText).
 */
export const reportTextDigestSchema = `
ALTER TABLE report_text ADD COLUMN text_sha256 TEXT;
CREATE INDEX report_text_sha256 ON report_text (text_sha256);
`;

/**
 * Schema of the side tables (migration 2), shared by both engines; `text` is the column type of
 * identifiers (PostgreSQL adds COLLATE "C" so ordering matches SQLite's byte order).
 */
export function sideTablesSchema(text: string): string {
  return `
CREATE TABLE report_text (report_id ${text} PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE evidence (
  report_id ${text} NOT NULL, object_ref ${text} NOT NULL,
  start INTEGER NOT NULL, "end" INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
  confidence DOUBLE PRECISION,
  PRIMARY KEY (report_id, object_ref, start, "end"));
CREATE INDEX evidence_object ON evidence (object_ref, report_id);
CREATE TABLE entity_cluster (
  id ${text} PRIMARY KEY, representative ${text} NOT NULL, confidence DOUBLE PRECISION NOT NULL,
  evidence TEXT NOT NULL, origin TEXT NOT NULL CHECK (origin IN ('computed', 'manual')));
CREATE TABLE entity_cluster_member (
  cluster_id ${text} NOT NULL REFERENCES entity_cluster (id) ON DELETE CASCADE,
  object_id ${text} NOT NULL,
  PRIMARY KEY (cluster_id, object_id));
CREATE INDEX entity_cluster_member_object ON entity_cluster_member (object_id);
CREATE TABLE entity_link_audit (
  seq INTEGER NOT NULL, at TEXT NOT NULL, action TEXT NOT NULL, object_ids TEXT NOT NULL,
  actor TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (seq));
CREATE TABLE draft (
  id ${text} PRIMARY KEY, created TEXT NOT NULL, payload TEXT NOT NULL, status TEXT NOT NULL);
CREATE INDEX draft_status ON draft (status, created);
CREATE TABLE feed_seen (
  feed_url ${text} NOT NULL, item_key ${text} NOT NULL, seen_at TEXT NOT NULL,
  PRIMARY KEY (feed_url, item_key));
CREATE TABLE rejected_mention (
  text_norm ${text} NOT NULL, object_ref ${text} NOT NULL, PRIMARY KEY (text_norm, object_ref));
CREATE TABLE meta (key ${text} PRIMARY KEY, value TEXT NOT NULL);
`;
}

/**
 * Migration 4: derived data a command would otherwise compute again from the objects at every start (the
 * knowledge entries: reading 13,000 entity objects and clustering them takes about a second), stored with
 * the state it was computed from (docs/ARCHITECTURE.md "Knowledge cache").
 */
export function knowledgeCacheSchema(text: string): string {
  return `CREATE TABLE knowledge_cache (name ${text} PRIMARY KEY, state TEXT NOT NULL, payload TEXT NOT NULL);`;
}
