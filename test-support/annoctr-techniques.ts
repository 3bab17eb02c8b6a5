/**
 * AnnoCTR's technique links as report-level gold (linking_mitre_only/{dev,test}.jsonl): every technique the
 * annotators linked in a report, as a parent technique id, with the mentions they linked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedEntity } from '@vigil/core';

export interface TechniqueGoldReport {
  readonly name: string;
  readonly text: string;
  /** Parent technique id -> the annotated mentions. */
  readonly gold: ReadonlyMap<string, readonly string[]>;
}

const TECHNIQUE_LINK = /\/techniques\/(T\d{4})/u;

/** The parent of a technique id: T1574.002 -> T1574. */
export const parentTechnique = (id: string): string => id.split('.')[0]!.toUpperCase();

/** Reports of a split with at least one linked technique, read from the AnnoCTR folder. */
export function readTechniqueGold(annoctr: string, split: 'dev' | 'test'): TechniqueGoldReport[] {
  const reports = new Map<string, { text: string; gold: Map<string, string[]> }>();
  const lines = readFileSync(join(annoctr, 'linking_mitre_only', `${split}.jsonl`), 'utf8');
  for (const line of lines.split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as {
      mention: string;
      label_link: string;
      entity_type: string;
      document: string;
    };
    const id =
      row.entity_type === 'TECHNIQUE' ? TECHNIQUE_LINK.exec(row.label_link)?.[1] : undefined;
    if (!id) continue;
    let report = reports.get(row.document);
    if (!report) {
      const text = readFileSync(join(annoctr, 'text', `${row.document}.txt`), 'utf8');
      report = { text, gold: new Map() };
      reports.set(row.document, report);
    }
    report.gold.set(id, [...(report.gold.get(id) ?? []), row.mention]);
  }
  return [...reports].map(([name, r]) => ({ name, ...r }));
}

/** Predicted parent technique -> the phrases that gave it. */
export function predictedParents(entities: readonly ExtractedEntity[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const entity of entities) {
    if (entity.type !== 'attack-pattern' || !entity.externalId) continue;
    const id = parentTechnique(entity.externalId);
    found.set(id, [...(found.get(id) ?? []), ...entity.mentions.map((m) => m.text)]);
  }
  return found;
}
