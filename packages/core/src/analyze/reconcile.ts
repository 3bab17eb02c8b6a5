/**
 * Re-ingesting must change nothing, and learning more must add exactly one version (docs/ARCHITECTURE.md,
 * "Versions"). Given what a fresh analysis produced and what the store holds, decide what to write:
 * unchanged objects keep their stored version; changed ones get a new version with the same `created`;
 * objects someone else created are never versioned by Vigil.
 */
import type { StixObject } from '../stix/object.ts';
import { canonicalJson } from '../stix/jcs.ts';
import { provenanceOf } from './provenance.ts';
import type { StixId } from '../stix/ids.ts';

const TIMESTAMPS = new Set(['created', 'modified']);

/**
 * Content that makes a new version. How a mention was recognized (`via`, recognition confidence) is
 * left out: a second reading that recognizes the same spans as the same objects — e.g. by an alias the
 * first reading created — is the same report.
 */
function comparable(o: StixObject): string {
  const entries = Object.entries(o).filter(([k]) => !TIMESTAMPS.has(k));
  const provenance = o.type === 'report' ? provenanceOf(o) : undefined;
  const plain: Record<string, unknown> = Object.fromEntries(entries);
  if (provenance) {
    plain.extensions = {
      ...provenance,
      evidence: provenance.evidence?.map((e) => ({
        object_ref: e.object_ref,
        spans: e.spans,
        ...(e.span_count === undefined ? {} : { span_count: e.span_count }),
      })),
    };
  }
  return canonicalJson(plain);
}

function sameContent(a: StixObject, b: StixObject): boolean {
  return comparable(a) === comparable(b);
}

// As instants: another producer's "2022-01-01T00:00:00Z" and Vigil's "...00.000Z" are the same time.
const instant = (t: string): number => Date.parse(t);
const earlier = (a: unknown, b: unknown): unknown =>
  typeof a === 'string' && typeof b === 'string' ? (instant(b) < instant(a) ? b : a) : (a ?? b);
const later = (a: unknown, b: unknown): unknown =>
  typeof a === 'string' && typeof b === 'string' ? (instant(b) > instant(a) ? b : a) : (a ?? b);

/** Start and end properties that a later reading widens, never narrows (STIX 2.1 §4.2, §4.5, §4.14). */
const PERIODS = [
  ['first_seen', 'last_seen'],
  ['first_observed', 'last_observed'],
] as const;

/**
 * What a later reading of the same object keeps from the earlier one: the earliest start of validity
 * and, for periods (a campaign told of by several reports: "as early as 2022", later "since 2023"), the
 * earliest start and the latest end; an end before that start is dropped (last_seen >= first_seen).
 */
function carryOver(existing: StixObject, incoming: StixObject): StixObject {
  const merged: Record<string, unknown> = { ...incoming };
  if (existing.valid_from !== undefined || incoming.valid_from !== undefined)
    merged.valid_from = earlier(existing.valid_from, incoming.valid_from);
  for (const [start, end] of PERIODS) {
    if (existing[start] !== undefined || incoming[start] !== undefined)
      merged[start] = earlier(existing[start], incoming[start]);
    if (existing[end] !== undefined || incoming[end] !== undefined)
      merged[end] = later(existing[end], incoming[end]);
    const from = merged[start];
    const to = merged[end];
    if (typeof from === 'string' && typeof to === 'string' && instant(to) < instant(from))
      delete merged[end];
  }
  // Without a stated publication date `published` is the ingestion time: the first reading stands.
  if (incoming.type === 'report' && provenanceOf(incoming)?.published_known === false) {
    merged.published = earlier(existing.published, incoming.published);
  }
  if (typeof existing.confidence === 'number' && typeof incoming.confidence === 'number') {
    merged.confidence = Math.max(existing.confidence, incoming.confidence);
  }
  return merged as StixObject;
}

/** The next `modified`: now, or 1 ms after the stored one when the clock is behind it. */
function nextModified(previous: string | undefined, now: string): string {
  if (!previous || now > previous) return now;
  return new Date(Date.parse(previous) + 1).toISOString();
}

interface Decision {
  readonly kind: 'new' | 'changed' | 'unchanged' | 'foreign';
  readonly object: StixObject;
}

/** One incoming object against its stored version: the version the store holds after this reading. */
function decide(object: StixObject, existing: StixObject | undefined, now: string): Decision {
  if (!existing) return { kind: 'new', object };
  // SCOs: one version, identified by their value.
  if (existing.modified === undefined) return { kind: 'unchanged', object: existing };
  if (existing.created_by_ref !== object.created_by_ref)
    return { kind: 'foreign', object: existing };
  const merged = carryOver(existing, object);
  if (sameContent(existing, merged)) return { kind: 'unchanged', object: existing };
  return {
    kind: 'changed',
    object: {
      ...merged,
      created: existing.created,
      modified: nextModified(existing.modified, now),
    },
  };
}

export interface Reconciled {
  readonly write: readonly StixObject[];
  readonly unchanged: number;
  /** Ids held by another creator: referenced, not rewritten. */
  readonly foreign: readonly StixId[];
}

export function reconcile(
  incoming: readonly StixObject[],
  stored: ReadonlyMap<string, StixObject>,
  now: string,
): Reconciled {
  const write: StixObject[] = [];
  const foreign: StixId[] = [];
  let unchanged = 0;
  for (const object of incoming) {
    const decision = decide(object, stored.get(object.id), now);
    if (decision.kind === 'unchanged') unchanged++;
    else if (decision.kind === 'foreign') foreign.push(object.id);
    else write.push(decision.object);
  }
  return { write, unchanged, foreign };
}

/**
 * What the store holds for each incoming object once this reading is saved, in the same order: the
 * stored version when nothing changed or another creator owns it, else the version saving would
 * write. Printing these instead of the fresh analysis keeps the output equal to the store, so
 * importing it writes nothing (same ids, same `modified`).
 */
export function settle(
  incoming: readonly StixObject[],
  stored: ReadonlyMap<string, StixObject>,
  now: string,
): StixObject[] {
  return incoming.map((object) => decide(object, stored.get(object.id), now).object);
}
