/**
 * `vigil export`: one STIX 2.1 bundle, byte-identical when nothing changed. Objects are sorted by id
 * and each is written as canonical JSON (RFC 8785 key order), one per line; the bundle id is a UUIDv5
 * over the SHA-256 of those lines, so the same content always gets the same id.
 * Objects above `--max-tlp` are withheld, and so are relationships and sightings that point at a
 * withheld object (they would reveal it). The bundle carries only the marking definitions and cited
 * identities its emitted objects cite: a stored TLP:RED definition, or the identity of a withheld
 * object, is left out with the objects that cited it (unless marking definitions are the type asked).
 *
 * Streamed, so a large store exports in bounded memory: the selection is read from the store in id
 * order more than once, and only ids (withheld objects, references to look up) and the few cited
 * identities and marking definitions are kept. Pass 1 finds what is withheld and hashes the lines (the
 * id comes first in the output); if something turned out withheld or cited from outside, a second pass
 * hashes what will really be written; the last pass writes object by object.
 */
import { createHash } from 'node:crypto';
import { canonicalJson, predefinedMarking, vigilId } from '@vigil/core';
import type { StixObject } from '@vigil/core';
import { StoreError } from '../errors.ts';
import type { Repository } from '../repository.ts';
import { allPages } from '../all-pages.ts';
import { referencesOf } from '../import/refs.ts';
import { byId, citedRefs, fetchIds, selectObjects } from './select.ts';
import type { Selection, SelectedObjects } from './select.ts';
import { TlpPolicy } from './tlp-policy.ts';
import type { TlpLevel } from './tlp-policy.ts';

export interface ExportOptions extends Selection {
  /** Default `amber` (ARCHITECTURE.md "TLP markings", rule 3). */
  readonly maxTlp?: TlpLevel;
}

export interface ExportSummary {
  readonly bundleId: string;
  readonly objects: number;
  /** Objects left out because of `--max-tlp` (or because they point at such an object). */
  readonly withheld: number;
  readonly byType: Readonly<Record<string, number>>;
}

export interface ExportResult extends ExportSummary {
  /** The bundle as text (ends with a newline). */
  readonly text: string;
}

/** Receives the bundle piece by piece; a returned promise is awaited (backpressure). */
export type BundleSink = (piece: string) => void | Promise<void>;

const SROS = new Set(['relationship', 'sighting']);
const PAGE = 5000;

/** The bundle's content as hashed: its id comes from `digest`. */
interface Content {
  readonly digest: string;
  readonly objects: number;
  /** Objects read, emitted or not. */
  readonly read: number;
  readonly byType: Readonly<Record<string, number>>;
}

/** What pass 1 learned: the policy, the ids that must not appear, the cited objects to add. */
interface ExportPlan {
  readonly policy: TlpPolicy;
  readonly withheldIds: ReadonlySet<string>;
  /** Selected marking definitions no emitted object cites: left out. */
  readonly uncited: ReadonlySet<string>;
  /**
   * Cited identities and marking definitions outside the selection, in id order; a TLP definition
   * the store lacks is core's (every bundle carries the markings it cites).
   */
  readonly extras: readonly StixObject[];
  /** The content when nothing is withheld and nothing added: then pass 2 is not needed. */
  readonly unfiltered?: Content;
}

/** Hashes canonical lines as they pass, counting them by type. */
class ContentHash {
  private readonly hash = createHash('sha256');
  private readonly byType: Record<string, number> = {};
  private objects = 0;
  private read = 0;

  skip(): void {
    this.read++;
  }

  add(object: StixObject, line: string): void {
    this.read++;
    this.hash.update(line).update('\n');
    this.byType[object.type] = (this.byType[object.type] ?? 0) + 1;
    this.objects++;
  }

  done(): Content {
    const { objects, read, byType } = this;
    return { digest: this.hash.digest('hex'), objects, read, byType };
  }
}

/** Whether an object in the selection is emitted, given what is withheld (extras are not SROs). */
function isEmitted(
  object: StixObject,
  policy: TlpPolicy,
  withheldIds: ReadonlySet<string>,
): boolean {
  return (
    policy.allows(object) &&
    (!SROS.has(object.type) || referencesOf(object).every(({ ref }) => !withheldIds.has(ref)))
  );
}

async function planExport(
  repo: Repository,
  selected: SelectedObjects,
  maxTlp: TlpLevel,
  keepDefinitions: boolean,
): Promise<ExportPlan> {
  const definitions = await allPages((after) =>
    repo.query({ types: ['marking-definition'], includeRevoked: true, limit: PAGE, after }),
  );
  const policy = new TlpPolicy(maxTlp, definitions);
  const withheldIds = new Set<string>();
  const cited = new Set<string>();
  // What emitted objects cite. Allowed objects other than SROs are emitted; an allowed SRO is not when
  // an end turns out withheld, so what only SROs cite is checked once everything withheld is known.
  const emittedCites = new Set<string>();
  const sroCites = new Set<string>();
  const selectedDefinitions: string[] = [];
  const sroEnds = new Set<string>();
  // Most exports withhold nothing and add nothing (the whole store, one TLP): hash on the way, then.
  let unfiltered: ContentHash | undefined = new ContentHash();
  // TLP definitions cited but not stored (ingest before they travelled in bundles) come from core.
  const citedTlp = new Set<string>();
  const streamedTlp = new Set<string>();
  for await (const object of inIdOrder(selected, [])) {
    const allowed = policy.allows(object);
    if (predefinedMarking(object.id)) streamedTlp.add(object.id);
    if (object.type === 'marking-definition') selectedDefinitions.push(object.id);
    for (const ref of citedRefs(object)) {
      if (!selected.has(ref)) cited.add(ref);
      if (allowed) (SROS.has(object.type) ? sroCites : emittedCites).add(ref);
      if (allowed && predefinedMarking(ref)) citedTlp.add(ref);
    }
    if (!allowed) withheldIds.add(object.id);
    else if (SROS.has(object.type)) {
      for (const { ref } of referencesOf(object)) if (!selected.has(ref)) sroEnds.add(ref);
    }
    if (withheldIds.size > 0 || cited.size > 0) unfiltered = undefined;
    unfiltered?.add(object, canonicalJson(object));
  }
  const fetched = await fetchIds(repo, [...cited]);
  for (const object of fetched) {
    streamedTlp.add(object.id);
    if (!policy.allows(object)) withheldIds.add(object.id);
  }
  // SRO ends outside the selection (e.g. `--type relationship`) are looked up so their TLP counts too.
  for (const object of await fetchIds(
    repo,
    [...sroEnds].filter((id) => !cited.has(id)),
  )) {
    if (!policy.allows(object)) withheldIds.add(object.id);
  }
  const onlySros = [...sroCites].filter((ref) => !emittedCites.has(ref));
  if (onlySros.length > 0 && withheldIds.size > 0) {
    for await (const object of inIdOrder(selected, [])) {
      if (!SROS.has(object.type) || !isEmitted(object, policy, withheldIds)) continue;
      for (const ref of citedRefs(object)) emittedCites.add(ref);
    }
  } else {
    for (const ref of onlySros) emittedCites.add(ref);
  }
  const extrasCited = fetched.filter((o) => emittedCites.has(o.id) && policy.allows(o));
  for (const object of extrasCited) for (const ref of citedRefs(object)) emittedCites.add(ref);
  const unstored = [...citedTlp].filter((id) => !streamedTlp.has(id) && emittedCites.has(id));
  const extras = [...extrasCited, ...unstored.map((id) => predefinedMarking(id)!)].sort(byId);
  if (unstored.length > 0) unfiltered = undefined;
  const uncited = new Set(
    keepDefinitions ? [] : selectedDefinitions.filter((id) => !emittedCites.has(id)),
  );
  if (uncited.size > 0) unfiltered = undefined;
  const content = unfiltered && withheldIds.size === 0 ? unfiltered.done() : undefined;
  return { policy, withheldIds, uncited, extras, ...(content ? { unfiltered: content } : {}) };
}

/** The selection and the cited extras merged in id order (both are sorted, and disjoint). */
async function* inIdOrder(
  selected: SelectedObjects,
  extras: readonly StixObject[],
): AsyncGenerator<StixObject> {
  let next = 0;
  let previous = '';
  for await (const object of selected.objects()) {
    while (next < extras.length && extras[next]!.id < object.id) yield extras[next++]!;
    // The bundle id hashes this order: a store that pages out of order must fail, not vary.
    if (object.id <= previous) {
      throw new StoreError('query_failed', `export: ${object.id} read out of id order`);
    }
    previous = object.id;
    yield object;
  }
  while (next < extras.length) yield extras[next++]!;
}

/** Canonical lines of the objects the bundle carries, and whether each was withheld. */
async function* exportLines(
  selected: SelectedObjects,
  plan: ExportPlan,
): AsyncGenerator<{ object: StixObject; line?: string }> {
  for await (const object of inIdOrder(selected, plan.extras)) {
    const emitted =
      !plan.uncited.has(object.id) && isEmitted(object, plan.policy, plan.withheldIds);
    yield emitted ? { object, line: canonicalJson(object) } : { object };
  }
}

/** Streams the bundle into `sink`; memory stays bounded by a store page, whatever the store's size. */
export async function writeBundle(
  repo: Repository,
  sink: BundleSink,
  options: ExportOptions = {},
): Promise<ExportSummary> {
  const selected = await selectObjects(repo, options);
  const keepDefinitions = options.types?.includes('marking-definition') ?? false;
  const plan = await planExport(repo, selected, options.maxTlp ?? 'amber', keepDefinitions);

  let content = plan.unfiltered;
  if (!content) {
    const hash = new ContentHash();
    for await (const { object, line } of exportLines(selected, plan)) {
      if (line === undefined) hash.skip();
      else hash.add(object, line);
    }
    content = hash.done();
  }
  const bundleId = vigilId('bundle', content.digest);

  await sink(`{"type":"bundle","id":"${bundleId}","objects":[`);
  const writtenHash = createHash('sha256');
  let written = 0;
  for await (const { line } of exportLines(selected, plan)) {
    if (line === undefined) continue;
    writtenHash.update(line).update('\n');
    await sink(written === 0 ? `\n${line}` : `,\n${line}`);
    written++;
  }
  // A write to the store between the passes would leave a bundle id that does not match its content.
  if (writtenHash.digest('hex') !== content.digest) {
    throw new StoreError(
      'conflict',
      'the store changed while exporting; the bundle written is incomplete, export again',
    );
  }
  await sink(written > 0 ? '\n]}\n' : ']}\n');
  const { objects, read, byType } = content;
  return { bundleId, objects, withheld: read - objects, byType };
}

/** The bundle as one string: for small exports and tests; `writeBundle` streams. */
export async function exportBundle(
  repo: Repository,
  options: ExportOptions = {},
): Promise<ExportResult> {
  const pieces: string[] = [];
  const summary = await writeBundle(repo, (piece) => void pieces.push(piece), options);
  return { ...summary, text: pieces.join('') };
}
