/** SQLite schema, one entry per version; never edit a shipped migration, add the next one. */
import type { Migration } from '../sql/migrate.ts';
import {
  knowledgeCacheSchema,
  reportTextDigestSchema,
  sideTablesSchema,
} from '../sql/side-tables-schema.ts';

export const sqliteMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'stix objects, heads, aliases, markings, full-text',
    sql: `
CREATE TABLE stix_version (
  id TEXT NOT NULL, modified TEXT NOT NULL, digest TEXT NOT NULL, json TEXT NOT NULL,
  PRIMARY KEY (id, modified));
CREATE TABLE stix_head (
  num INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, modified TEXT NOT NULL,
  modified_key TEXT NOT NULL, type TEXT NOT NULL, revoked INTEGER NOT NULL,
  source_ref TEXT, target_ref TEXT, relationship_type TEXT);
CREATE INDEX stix_head_type ON stix_head (type, id);
CREATE INDEX stix_head_source ON stix_head (source_ref) WHERE source_ref IS NOT NULL;
CREATE INDEX stix_head_target ON stix_head (target_ref) WHERE target_ref IS NOT NULL;
CREATE INDEX stix_head_relationship_type ON stix_head (relationship_type, id)
  WHERE relationship_type IS NOT NULL;
CREATE TABLE stix_alias (
  key TEXT NOT NULL, object_id TEXT NOT NULL, name TEXT NOT NULL,
  PRIMARY KEY (key, object_id, name)) WITHOUT ROWID;
CREATE INDEX stix_alias_object ON stix_alias (object_id);
CREATE TABLE stix_marking (
  object_id TEXT NOT NULL, marking_ref TEXT NOT NULL,
  PRIMARY KEY (object_id, marking_ref)) WITHOUT ROWID;
CREATE INDEX stix_marking_ref ON stix_marking (marking_ref, object_id);
-- Contentless: the text already lives in stix_version/report_text; rowid = stix_head.num.
CREATE VIRTUAL TABLE stix_fts USING fts5 (
  name, aliases, description, body, content = '', contentless_delete = 1,
  tokenize = 'porter unicode61 remove_diacritics 2');
`,
  },
  { version: 2, name: 'side tables', sql: sideTablesSchema('TEXT') },
  { version: 3, name: 'report text digest', sql: reportTextDigestSchema },
  { version: 4, name: 'knowledge cache', sql: knowledgeCacheSchema('TEXT') },
];
