/** What the analyst sees: one line (or JSON object) per hit, then a summary per indicator. */
import type { IndicatorSpec } from '@vigil/core';
import type { SweepHit } from './sweep-file.ts';

export interface IndicatorTally {
  count: number;
  first?: number;
  last?: number;
  files: Set<string>;
}

const iso = (ms: number | undefined): string | undefined =>
  ms === undefined ? undefined : new Date(ms).toISOString();

export function hitJson(hit: SweepHit, spec: IndicatorSpec): string {
  return JSON.stringify({
    file: hit.file,
    line: hit.line,
    field: hit.field,
    value: hit.value,
    indicator: spec.ref,
    ...(spec.pattern ? { pattern: spec.pattern } : {}),
    context: spec.context ?? [],
    ...(hit.time === undefined ? {} : { time: iso(hit.time) }),
  });
}

export function hitText(hit: SweepHit, spec: IndicatorSpec): string {
  const where = hit.field ? ` ${hit.field}=` : ' ';
  const context = spec.context && spec.context.length > 0 ? ` [${spec.context.join('; ')}]` : '';
  const indicator = spec.ref === hit.value ? '' : ` -> ${spec.ref}`;
  return `${hit.file}:${hit.line}:${where}${hit.value}${indicator}${context}`;
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
  specs: readonly IndicatorSpec[],
): string[] {
  const rows = [...tallies.entries()].sort((a, b) => b[1].count - a[1].count);
  return rows.map(([spec, t]) => {
    const s = specs[spec]!;
    const seen =
      t.first === undefined ? 'log time unknown' : `first ${iso(t.first)}, last ${iso(t.last)}`;
    const context = s.context && s.context.length > 0 ? ` [${s.context.join('; ')}]` : '';
    return `  ${s.ref}: ${t.count} hit(s) in ${t.files.size} file(s), ${seen}${context}`;
  });
}
