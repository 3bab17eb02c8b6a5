/**
 * Report-level evaluation of ATT&CK technique extraction on MITRE TRAM (151 reports, human-gold spans).
 * Scored on TRAM's 77 labelled techniques only: predictions of other techniques are neither right nor
 * wrong there (TRAM's annotators labelled only those). Reports are split train/test by a hash of their
 * file name; tuning looks at train only.
 */
import { readFileSync } from 'node:fs';
import type { ExtractedEntity, Span } from '@vigil/core';
import { scoreReports, type Score } from './report-score.ts';

export interface TramReport {
  readonly source_file: string;
  readonly title: string;
  readonly text: string;
  readonly annotations: readonly { technique_id: string | null }[];
}

export function readTram(path: string): TramReport[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TramReport);
}

/** FNV-1a: a stable split that does not depend on file order. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const splitOf = (report: TramReport): 'train' | 'test' =>
  fnv(report.source_file) % 2 === 0 ? 'train' : 'test';

/** Literal technique ids replaced by same-length filler, so only prose can be matched. */
export const maskIds = (text: string): string =>
  text.replace(/\bT\d{4}(?:\.\d{3})?\b/gu, (id) => 'X'.repeat(id.length));

export type Extractor = (text: string, sentences: readonly Span[]) => readonly ExtractedEntity[];

export function evaluateTram(
  reports: readonly TramReport[],
  extract: Extractor,
  split: (text: string) => Span[],
  options: { mask?: boolean } = {},
): Score {
  const labelled = new Set(
    reports.flatMap((r) =>
      r.annotations.map((a) => a.technique_id).filter((t): t is string => !!t),
    ),
  );
  return scoreReports(
    reports.map((report) => {
      const text = options.mask ? maskIds(report.text) : report.text;
      return {
        gold: new Set(
          report.annotations.map((a) => a.technique_id).filter((t): t is string => !!t),
        ),
        predicted: new Set(
          extract(text, split(text))
            .filter(
              (e) => e.type === 'attack-pattern' && e.externalId && labelled.has(e.externalId),
            )
            .map((e) => e.externalId!),
        ),
      };
    }),
  );
}
