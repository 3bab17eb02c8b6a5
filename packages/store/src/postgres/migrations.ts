/** PostgreSQL schema, one entry per version; never edit a shipped migration, add the next one. */
import type { Migration } from '../sql/migrate.ts';
import {
  knowledgeCacheSchema,
  reportTextDigestSchema,
  sideTablesSchema,
} from '../sql/side-tables-schema.ts';

export const postgresMigrations: readonly Migration[] = [
  {
    version: 1,
    name: 'stix objects, heads, aliases, markings, full-text',
    sql: `
CREATE TABLE stix_version (
  id TEXT COLLATE "C" NOT NULL, modified TEXT COLLATE "C" NOT NULL, digest TEXT NOT NULL,
  json TEXT NOT NULL, PRIMARY KEY (id, modified));
-- Out of line but uncompressed: pglz on every version costs more write time than the disk it saves.
ALTER TABLE stix_version ALTER COLUMN json SET STORAGE EXTERNAL;
CREATE TABLE stix_head (
  num BIGSERIAL PRIMARY KEY, id TEXT COLLATE "C" NOT NULL UNIQUE, modified TEXT COLLATE "C" NOT NULL,
  modified_key TEXT COLLATE "C" NOT NULL, type TEXT COLLATE "C" NOT NULL, revoked INTEGER NOT NULL,
  source_ref TEXT COLLATE "C", target_ref TEXT COLLATE "C", relationship_type TEXT COLLATE "C",
  search TSVECTOR NOT NULL);
CREATE INDEX stix_head_type ON stix_head (type, id);
CREATE INDEX stix_head_source ON stix_head (source_ref) WHERE source_ref IS NOT NULL;
CREATE INDEX stix_head_target ON stix_head (target_ref) WHERE target_ref IS NOT NULL;
CREATE INDEX stix_head_relationship_type ON stix_head (relationship_type, id)
  WHERE relationship_type IS NOT NULL;
CREATE INDEX stix_head_search ON stix_head USING GIN (search);
CREATE TABLE stix_alias (
  key TEXT COLLATE "C" NOT NULL, object_id TEXT COLLATE "C" NOT NULL, name TEXT NOT NULL,
  PRIMARY KEY (key, object_id, name));
CREATE INDEX stix_alias_object ON stix_alias (object_id);
CREATE TABLE stix_marking (
  object_id TEXT COLLATE "C" NOT NULL, marking_ref TEXT COLLATE "C" NOT NULL,
  PRIMARY KEY (object_id, marking_ref));
CREATE INDEX stix_marking_ref ON stix_marking (marking_ref, object_id);
`,
  },
  { version: 2, name: 'side tables', sql: sideTablesSchema('TEXT COLLATE "C"') },
  { version: 3, name: 'report text digest', sql: reportTextDigestSchema },
  { version: 4, name: 'knowledge cache', sql: knowledgeCacheSchema('TEXT COLLATE "C"') },
];
