/**
 * The knowledge store: one interface, two engines (SQLite default, PostgreSQL by URL).
 * Speaks STIX: objects go in as versions keyed by (id, modified); reads return the latest version unless
 * asked otherwise. Every method is async so both engines fit; the contract suite in test/ runs on both.
 */
import type { StixId, StixObject } from '@vigil/core';
import type {
  ClusterStore,
  DraftStore,
  EvidenceStore,
  FeedSeenStore,
  KnowledgeCacheStore,
  MetaStore,
  RejectedMentionStore,
  ReportTextStore,
} from './side-tables.ts';

export type * from './side-tables.ts';

export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque cursor for the next page, absent on the last page. */
  readonly next?: string;
}

export interface ObjectQuery {
  readonly types?: readonly string[];
  readonly ids?: readonly string[];
  /** Full-text query over names, aliases, descriptions and report text (all words must match). */
  readonly text?: string;
  readonly includeRevoked?: boolean;
  /** Only objects carrying at least one of these `object_marking_refs`. */
  readonly markings?: readonly string[];
  /** Leave out objects carrying any of these `object_marking_refs` (e.g. everything above --max-tlp). */
  readonly excludeMarkings?: readonly string[];
  /** Page size; default 100, at most 10,000. */
  readonly limit?: number;
  /** Cursor from the previous page's `next`. */
  readonly after?: string;
}

export interface RelationshipQuery {
  readonly sourceRef?: string;
  readonly targetRef?: string;
  readonly relationshipType?: string | readonly string[];
  readonly includeRevoked?: boolean;
  readonly limit?: number;
  readonly after?: string;
}

export interface SearchQuery {
  readonly types?: readonly string[];
  readonly includeRevoked?: boolean;
  /** How many hits; default 100, at most 10,000. */
  readonly limit?: number;
}

export interface VersionKey {
  readonly id: StixId;
  /** The version's `modified`, absent for objects without one (SCOs, marking definitions). */
  readonly modified?: string;
}

export interface PutResult {
  /** Versions written (new id, or new `modified` of an existing id). */
  readonly added: number;
  /** Objects whose (id, modified) was already stored with identical content. */
  readonly unchanged: number;
  /** Objects whose (id, modified) was already stored with different content: kept as stored, not overwritten. */
  readonly conflicts: readonly VersionKey[];
}

export interface AliasHit {
  readonly objectId: StixId;
  readonly type: string;
  /** The name as written in the source object. */
  readonly name: string;
  /** True when the object's latest version is revoked (entity resolution must not let it win). */
  readonly revoked?: boolean;
}

export type EngineName = 'sqlite' | 'postgres';

export interface StoreInfo {
  readonly engine: EngineName;
  /** Highest applied migration (schema_migrations). */
  readonly schemaVersion: number;
  /** Latest versions per STIX type, revoked included. */
  readonly countsByType: Readonly<Record<string, number>>;
  /** All stored versions of all objects. */
  readonly versions: number;
}

export interface Repository {
  readonly engine: EngineName;
  /** Writes objects as new versions; identical (id, modified, content) is a no-op. Atomic. */
  put(objects: readonly StixObject[]): Promise<PutResult>;
  /** Latest version of `id` (revoked included: asking by id is asking for that object). */
  get(id: string): Promise<StixObject | undefined>;
  /** Every stored version of `id`, oldest `modified` first. */
  versions(id: string): Promise<readonly StixObject[]>;
  /** Latest versions, ordered by id, paged by cursor. */
  query(query: ObjectQuery): Promise<Page<StixObject>>;
  relationships(query: RelationshipQuery): Promise<Page<StixObject>>;
  /** Full-text search, best match first (words in names and aliases weigh most, report text least). */
  search(text: string, query?: SearchQuery): Promise<readonly StixObject[]>;
  /** Objects whose name or alias normalizes (normalizeName) to the same key as `name`. */
  lookupAlias(name: string, types?: readonly string[]): Promise<readonly AliasHit[]>;
  /** Runs `work` atomically: every write inside commits together or not at all. Nests as a savepoint. */
  transaction<T>(work: (tx: Repository) => Promise<T>): Promise<T>;
  info(): Promise<StoreInfo>;

  /** Extracted text of reports (ARCHITECTURE.md "Provenance"); searchable with the report. */
  readonly reportText: ReportTextStore;
  /** Evidence index: which report spans support which object. */
  readonly evidence: EvidenceStore;
  /** Entity clusters, their members and the link audit trail (ARCHITECTURE.md "Entity clusters"). */
  readonly clusters: ClusterStore;
  readonly drafts: DraftStore;
  readonly feedSeen: FeedSeenStore;
  readonly rejectedMentions: RejectedMentionStore;
  /** Small key/value facts about the store's knowledge (e.g. `attack.version` = `18.1`). */
  readonly meta: MetaStore;
  /** Knowledge derived from the entity objects, kept with the state it came from. */
  readonly knowledgeCache: KnowledgeCacheStore;

  close(): Promise<void>;
}
