/** What the analyst sees: one line (or JSON object) per hit, then a summary per indicator. */
import type { IndicatorSpec, IndicatorSpecList } from '@vigil/core';
import type { SweepHit } from './sweep-file.ts';

export interface IndicatorTally {
  count: number;
  first?: number;
  last?: number;
  files: Set<string>;
}

const iso = (ms: number | undefined): string | undefined =>
  ms === undefined ? undefined : new Date(ms).toISOString();

/** Longest pattern shown whole on a terminal line; longer ones end with an ellipsis. */
const PATTERN_SHOWN = 80;

const shorten = (text: string): string =>
  text.length <= PATTERN_SHOWN ? text : `${text.slice(0, PATTERN_SHOWN - 1)}…`;

/**
 * How a terminal line names an indicator: its value (plain lists), else its pattern, shortened, and
 * its name when the name says more than the pattern. The STIX id is left to --json.
 */
export function indicatorLabel(spec: IndicatorSpec): string {
  if (spec.value !== undefined) return spec.value;
  const pattern = shorten(spec.pattern ?? spec.ref);
  return spec.name && !pattern.includes(spec.name) ? `${pattern} (${spec.name})` : pattern;
}

export function hitJson(hit: SweepHit, spec: IndicatorSpec): string {
  return JSON.stringify({
    file: hit.file,
    line: hit.line,
    field: hit.field,
    value: hit.value,
    indicator: spec.ref,
    ...(spec.pattern ? { pattern: spec.pattern } : {}),
    ...(spec.name ? { name: spec.name } : {}),
    context: spec.context ?? [],
    ...(hit.time === undefined ? {} : { time: iso(hit.time) }),
    ...(hit.keptWithoutTime ? { kept_without_time: true } : {}),
  });
}

export function hitText(hit: SweepHit, spec: IndicatorSpec): string {
  const where = hit.field ? ` ${hit.field}=` : ' ';
  const context = spec.context && spec.context.length > 0 ? ` [${spec.context.join('; ')}]` : '';
  const label = indicatorLabel(spec);
  const indicator = label === hit.value ? '' : ` -> ${label}`;
  const untimed = hit.keptWithoutTime ? ' (no log time: kept despite --since)' : '';
  return `${hit.file}:${hit.line}:${where}${hit.value}${indicator}${context}${untimed}`;
}

export function tally(tallies: Map<number, IndicatorTally>, hit: SweepHit): void {
  let t = tallies.get(hit.spec);
  if (!t) tallies.set(hit.spec, (t = { count: 0, files: new Set() }));
  t.count++;
  t.files.add(hit.file);
  if (hit.time !== undefined) {
    if (t.first === undefined || hit.time < t.first) t.first = hit.time;
    if (t.last === undefined || hit.time > t.last) t.last = hit.time;
  }
}

export function summaryLines(
  tallies: ReadonlyMap<number, IndicatorTally>,
  specs: IndicatorSpecList,
): string[] {
  const rows = [...tallies.entries()].sort((a, b) => b[1].count - a[1].count);
  return rows.map(([spec, t]) => {
    const s = specs.at(spec)!;
    const seen =
      t.first === undefined ? 'log time unknown' : `first ${iso(t.first)}, last ${iso(t.last)}`;
    const context = s.context && s.context.length > 0 ? ` [${s.context.join('; ')}]` : '';
    return `  ${indicatorLabel(s)}: ${t.count} hit(s) in ${t.files.size} file(s), ${seen}${context}`;
  });
}

/** The summary's first line: what was found, in what, and what was hunted or could not be. */
export function summaryHeader(figures: {
  readonly hits: number;
  readonly indicatorsHit: number;
  readonly inputs: number;
  readonly bytes: number;
  readonly hunted: number;
  readonly notEvaluated: number;
  readonly keptWithoutTime: number;
}): string {
  const parts = [
    `${figures.hits} hit(s) of ${figures.indicatorsHit} indicator(s) in ${figures.inputs} input(s)`,
    `${(figures.bytes / 1e6).toFixed(1)} MB swept`,
    `${figures.hunted} indicator(s) hunted`,
  ];
  if (figures.notEvaluated > 0) parts.push(`${figures.notEvaluated} not evaluated`);
  if (figures.keptWithoutTime > 0)
    parts.push(`${figures.keptWithoutTime} hit(s) without a parseable time kept (--since)`);
  return parts.join(', ');
}
