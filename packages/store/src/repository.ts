/**
 * The knowledge store: one interface, two engines (SQLite default, PostgreSQL by URL).
 * Speaks STIX: objects go in as versions keyed by (id, modified); reads return the latest version unless
 * asked otherwise. Every method is async so both engines fit; the contract suite in test/ runs on both.
 */
import type { StixId, StixObject } from '@vigil/core';

export interface Page<T> {
  readonly items: readonly T[];
  /** Opaque cursor for the next page, absent on the last page. */
  readonly next?: string;
}

export interface ObjectQuery {
  readonly types?: readonly string[];
  readonly ids?: readonly string[];
  /** Full-text query over names, aliases, descriptions and report text. */
  readonly text?: string;
  readonly includeRevoked?: boolean;
  readonly limit?: number;
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

export interface PutResult {
  /** Versions written (new id, or new `modified` of an existing id). */
  readonly added: number;
  /** Objects whose (id, modified) was already stored with identical content. */
  readonly unchanged: number;
}

export interface AliasHit {
  readonly objectId: StixId;
  readonly type: string;
  /** The name as written in the source object. */
  readonly name: string;
}

export interface Repository {
  /** Writes objects as new versions; identical (id, modified, content) is a no-op. */
  put(objects: readonly StixObject[]): Promise<PutResult>;
  get(id: string): Promise<StixObject | undefined>;
  versions(id: string): Promise<readonly StixObject[]>;
  query(query: ObjectQuery): Promise<Page<StixObject>>;
  relationships(query: RelationshipQuery): Promise<Page<StixObject>>;
  /** Objects whose name or alias normalizes (normalizeName) to the same key as `name`. */
  lookupAlias(name: string, types?: readonly string[]): Promise<readonly AliasHit[]>;
  /** Runs `work` atomically: every write inside commits together or not at all. */
  transaction<T>(work: (tx: Repository) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
