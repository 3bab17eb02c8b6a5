/**
 * The sources a briefing draws on, with Admiralty reliability (A-F; F when nobody rated the source)
 * and the confidence of the key judgements the report states.
 */
import { displayName } from '../analysis/written-name.ts';
import { confidenceWord } from './insights.ts';
import type { BriefingInput, SourceRow } from './types.ts';

/** The publication date, or else the ingest date so the row can say the publication date is unknown. */
function datesOf(source: {
  readonly published?: string;
  readonly ingested?: string;
}): Pick<SourceRow, 'published' | 'ingested'> {
  if (source.published) return { published: source.published };
  return source.ingested ? { ingested: source.ingested } : {};
}

/**
 * How a source's date is written for people: the publication date, never the ingest time passed off
 * as one (issue 3: an undated report says so).
 */
export function sourceDateText(
  row: Pick<SourceRow, 'published' | 'ingested' | 'versioned'>,
): string {
  if (row.published) return row.published;
  // A knowledge base has releases, not a publication date: its version names the release.
  if (row.versioned) return 'n/a (see version)';
  return row.ingested
    ? `publication date unknown (ingested ${row.ingested.slice(0, 10)})`
    : 'publication date unknown';
}

/** A date inside a knowledge version: ATT&CK "content up to 2025-11-12", KEV "2025.08.25". */
const VERSION_DATE = /\b(\d{4})[-.](\d{2})[-.](\d{2})\b/u;

export function listSources(input: BriefingInput): SourceRow[] {
  const rows: SourceRow[] = [];
  const { report, actor } = input;
  if (report) {
    // Actors as the report writes them ("APT31", not the knowledge's "ZIRCONIUM"), as the insights do.
    const byKey = new Map(report.analysis.entities.map((e) => [e.key, displayName(e)]));
    const judgements = report.analysis.relations
      .filter((r) => r.confidence !== undefined)
      .map((r) => ({
        text: `${byKey.get(r.source) ?? r.source} ${r.type} ${byKey.get(r.target) ?? r.target}: ${confidenceWord(r.confidence ?? 0).toLowerCase()} confidence`,
        ...(r.confidence !== undefined ? { confidence: r.confidence } : {}),
        ...(r.confidenceText ? { words: r.confidenceText } : {}),
      }))
      .sort((a, b) => a.text.localeCompare(b.text));
    rows.push({
      name: report.publisher ? `${report.title} (${report.publisher})` : report.title,
      ...(report.url ? { url: report.url } : {}),
      ...datesOf(report),
      reliability: report.reliability ?? 'F',
      judgements,
    });
  }
  for (const version of input.knowledgeVersions ?? []) {
    const dated = VERSION_DATE.exec(version.version);
    rows.push({
      name: `${version.name} ${version.version}`,
      ...(dated ? { published: `${dated[1]}-${dated[2]}-${dated[3]}` } : {}),
      versioned: true,
      // Curated public knowledge bases: usually reliable (B), never rated A without review.
      reliability: 'B',
      judgements: [],
    });
  }
  for (const other of actor?.otherReports ?? []) {
    rows.push({
      name: `Report on file: ${other.name}`,
      ...datesOf(other),
      reliability: 'F',
      judgements: [],
    });
  }
  return rows;
}
