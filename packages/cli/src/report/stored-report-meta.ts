/**
 * Re-reading a stored report: an option left out keeps what the store holds (marking, source,
 * reliability, publication date, title), so a plain `vigil ingest` of an AMBER report never writes an
 * unmarked version. An explicit lower --tlp is refused unless --downgrade-tlp says it is meant
 * (docs/ARCHITECTURE.md, "TLP markings").
 */
import {
  normalizeReportText,
  parseTlpLevel,
  provenanceOf,
  reportId,
  tlpLabel,
  tlpLevel,
  tlpRank,
  type ReportMeta,
  type StixObject,
} from '@vigil/core';
import type { Command } from 'commander';
import type { Repository } from '@vigil/store';
import type { DocumentText } from '../input/read-input.ts';
import { OptionError, type ReportCliOptions } from './report-options.ts';

export interface StoredMetaOptions extends ReportCliOptions {
  readonly downgradeTlp?: boolean;
}

/** The stored report this document would be (same normalized text and URL), if any. */
export async function storedReportOf(
  repo: Repository,
  document: DocumentText,
): Promise<StixObject | undefined> {
  const stored = await repo.get(reportId(normalizeReportText(document.text), document.url));
  return stored?.type === 'report' ? stored : undefined;
}

type MarkingRefs = NonNullable<ReportMeta['markingRefs']>;

function storedMarking(stored: StixObject): MarkingRefs | undefined {
  const refs = stored.object_marking_refs;
  return Array.isArray(refs) && refs.length > 0 ? (refs as MarkingRefs) : undefined;
}

function checkNotLowered(options: StoredMetaOptions, stored: StixObject): void {
  const was = tlpLevel(storedMarking(stored));
  const asked = options.tlp === undefined ? undefined : parseTlpLevel(options.tlp);
  if (!was || !asked || tlpRank(asked) >= tlpRank(was) || options.downgradeTlp) return;
  throw new OptionError(
    `--tlp ${options.tlp}: ${String(stored.id)} is stored as ${tlpLabel(was)}; lowering a marking needs --downgrade-tlp`,
  );
}

export function keepStoredMeta(
  given: ReportMeta,
  options: StoredMetaOptions,
  stored: StixObject | undefined,
): ReportMeta {
  if (!stored) return given;
  checkNotLowered(options, stored);
  const provenance = provenanceOf(stored);
  const marking = options.tlp === undefined ? storedMarking(stored) : undefined;
  const sourceName = options.source === undefined ? provenance?.source?.name : undefined;
  const reliability =
    options.reliability === undefined ? provenance?.source?.reliability : undefined;
  const published =
    options.published === undefined && provenance?.published_known === true
      ? stored.published
      : undefined;
  const title = options.title === undefined ? stored.name : undefined;
  return {
    ...given,
    ...(marking ? { markingRefs: marking } : {}),
    ...(sourceName ? { sourceName } : {}),
    ...(reliability ? { reliability: reliability as NonNullable<ReportMeta['reliability']> } : {}),
    ...(typeof published === 'string' ? { published } : {}),
    ...(typeof title === 'string' ? { title } : {}),
  };
}

/**
 * The same text stored as other reports: read from another URL, a feed item's link, a file or stdin.
 * Other reports, yet the same words, so their markings are this reading's floor (whichever came first).
 */
export async function storedTextTwinsOf(
  repo: Repository,
  document: DocumentText,
): Promise<StixObject[]> {
  const text = normalizeReportText(document.text);
  const own = reportId(text, document.url);
  const twins: StixObject[] = [];
  for (const id of await repo.reportText.withSameText(text)) {
    if (id === own) continue;
    const twin = await repo.get(id);
    if (twin?.type === 'report') twins.push(twin);
  }
  return twins;
}

/**
 * Rule 6 across the twins: a left-out --tlp takes the most restrictive twin marking when it is more
 * restrictive than this reading's, and a lower --tlp needs --downgrade-tlp. Source, date and title stay
 * this reading's own.
 */
export function keepTwinMarking(
  given: ReportMeta,
  options: StoredMetaOptions,
  twins: readonly StixObject[],
): ReportMeta {
  let strictest: { marking: MarkingRefs; rank: number } | undefined;
  for (const twin of twins) {
    checkNotLowered(options, twin);
    const marking = storedMarking(twin);
    const level = tlpLevel(marking);
    if (marking && level && (!strictest || tlpRank(level) > strictest.rank))
      strictest = { marking, rank: tlpRank(level) };
  }
  const now = tlpLevel(given.markingRefs);
  if (options.tlp !== undefined || !strictest || (now && tlpRank(now) >= strictest.rank))
    return given;
  return { ...given, markingRefs: strictest.marking };
}

/** For the commands that read a report the store may already hold (ingest, analyze). */
export function addDowngradeTlpOption(command: Command): Command {
  return command.option(
    '--downgrade-tlp',
    'allow --tlp to lower the marking of a report already stored (without it, a lower --tlp is refused; a left-out --tlp keeps the stored marking)',
  );
}
