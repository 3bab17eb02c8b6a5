/**
 * Tables beside the STIX objects that feature work needs (report text, evidence, entity clusters, drafts,
 * feed state, rejected mentions, meta). Deliberately small put/get/list interfaces: feature code adds its
 * own queries in its own files when it needs more.
 */
import type { StixId } from '@vigil/core';

export interface ReportTextStore {
  /** Stores (or replaces) the extracted text of a report; offsets of evidence point into it. */
  put(reportId: string, text: string): Promise<void>;
  get(reportId: string): Promise<string | undefined>;
  /** Every stored report whose text is exactly `text` (one text read from several URLs, a file, stdin). */
  withSameText(text: string): Promise<StixId[]>;
}

/** One span of a report that supports an object (offsets in UTF-16 code units, ARCHITECTURE.md "Provenance"). */
export interface EvidenceRow {
  readonly reportId: StixId;
  readonly objectRef: StixId;
  readonly start: number;
  readonly end: number;
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly confidence?: number;
}

export interface EvidenceStore {
  /** Replaces every evidence row of `reportId` with `rows`. */
  replaceForReport(reportId: string, rows: readonly EvidenceRow[]): Promise<void>;
  forReport(reportId: string): Promise<readonly EvidenceRow[]>;
  /** "Why do we believe X": every span in every report that supports `objectRef`. */
  forObject(objectRef: string): Promise<readonly EvidenceRow[]>;
}

export type ClusterOrigin = 'computed' | 'manual';

export interface EntityCluster {
  readonly id: string;
  readonly representative: StixId;
  readonly confidence: number;
  /** Why the members are linked (shared aliases, cross-references...), stored as JSON. */
  readonly evidence: unknown;
  readonly origin: ClusterOrigin;
  readonly members: readonly StixId[];
}

export interface LinkAuditEntry {
  /** RFC 3339 timestamp, given by the caller (the store reads no clock). */
  readonly at: string;
  readonly action: string;
  readonly objectIds: readonly StixId[];
  readonly actor: string;
  readonly reason: string;
}

export interface ClusterStore {
  /** Creates or replaces a cluster with exactly `members`. */
  put(cluster: EntityCluster): Promise<void>;
  get(id: string): Promise<EntityCluster | undefined>;
  /** All clusters ordered by id, optionally of one origin. */
  list(origin?: ClusterOrigin): Promise<readonly EntityCluster[]>;
  remove(id: string): Promise<void>;
  /** Removes every cluster of an origin (recomputation replaces the computed ones). */
  removeAll(origin: ClusterOrigin): Promise<void>;
  /** Clusters that have `objectId` as a member. */
  forObject(objectId: string): Promise<readonly EntityCluster[]>;
  audit(entry: LinkAuditEntry): Promise<void>;
  /** Audit entries in insertion order, optionally only those naming `objectId`. */
  auditTrail(objectId?: string): Promise<readonly LinkAuditEntry[]>;
}

export interface Draft {
  readonly id: string;
  readonly created: string;
  readonly payload: unknown;
  readonly status: string;
}

export interface DraftStore {
  put(draft: Draft): Promise<void>;
  get(id: string): Promise<Draft | undefined>;
  /** Drafts ordered by created then id, optionally of one status. */
  list(status?: string): Promise<readonly Draft[]>;
  remove(id: string): Promise<void>;
}

export interface FeedSeenStore {
  /** Records items of a feed as seen at `seenAt` (already seen keys keep their first time). */
  markSeen(feedUrl: string, itemKeys: readonly string[], seenAt: string): Promise<void>;
  /** The subset of `itemKeys` already seen for `feedUrl`. */
  seen(feedUrl: string, itemKeys: readonly string[]): Promise<ReadonlySet<string>>;
}

export interface RejectedMention {
  readonly textNorm: string;
  readonly objectRef: StixId;
}

export interface RejectedMentionStore {
  add(mention: RejectedMention): Promise<void>;
  has(mention: RejectedMention): Promise<boolean>;
  list(): Promise<readonly RejectedMention[]>;
}

/**
 * Data derived from the entity objects, kept with the state it was derived from: a reader that finds the
 * state unchanged uses it instead of computing it again (docs/ARCHITECTURE.md "Knowledge cache").
 */
export interface KnowledgeCacheStore {
  /**
   * What entity resolution reads, as a token that changes with every write that can change it: a new
   * version of an entity object or resolution relationship (counted by `put`), an analyst's link decision.
   */
  state(): Promise<string>;
  /** The payload stored under `name`, if it was stored for exactly this state. */
  get(name: string, state: string): Promise<string | undefined>;
  put(name: string, state: string, payload: string): Promise<void>;
}

export interface MetaStore {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  all(): Promise<Readonly<Record<string, string>>>;
}
