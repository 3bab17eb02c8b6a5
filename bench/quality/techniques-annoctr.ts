/**
 * `npx tsx bench/quality/techniques-annoctr.ts [--errors dev]`: ATT&CK technique extraction on AnnoCTR's
 * linking gold (dev 16 reports, test 33), report level. AnnoCTR's annotators linked every technique a
 * report describes, explicitly or implicitly, to ATT&CK, at the level of the parent technique: so
 * predictions are compared as parent techniques (T1574.002 counts as T1574), over all of ATT&CK, not
 * a list of labelled techniques as on TRAM. Tuning looks at dev only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { prepareKnowledge, splitSentences, type PreparedKnowledge } from '@vigil/core';
import { dataPath } from '../../test-support/data.ts';
import { loadKnowledgeFromData } from '../../test-support/knowledge.ts';
import { scoreReports, type Score } from '../../test-support/report-score.ts';
import { maskIds } from '../../test-support/tram.ts';
import { pipelineTechniques } from './pipeline-techniques.ts';

const SPLITS = ['dev', 'test'] as const;
type Split = (typeof SPLITS)[number];

interface GoldReport {
  readonly name: string;
  readonly text: string;
  /** Parent technique id -> the annotated mentions. */
  readonly gold: Map<string, string[]>;
}

const root = dataPath('annoctr');
if (!root) {
  console.log('AnnoCTR data absent (set VIGIL_DATA_DIR): nothing measured');
  process.exit(0);
}
const errorsArg = process.argv.indexOf('--errors');
const errorsSplit = errorsArg > 0 ? process.argv[errorsArg + 1] : undefined;

const parent = (id: string): string => id.split('.')[0]!.toUpperCase();
const TECHNIQUE_LINK = /\/techniques\/(T\d{4})/u;

function readSplit(split: Split): GoldReport[] {
  const reports = new Map<string, GoldReport>();
  const lines = readFileSync(join(root!, 'linking_mitre_only', `${split}.jsonl`), 'utf8').split(
    '\n',
  );
  for (const line of lines) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as {
      mention: string;
      label_link: string;
      entity_type: string;
      document: string;
    };
    if (row.entity_type !== 'TECHNIQUE') continue;
    const id = TECHNIQUE_LINK.exec(row.label_link)?.[1];
    if (!id) continue;
    let report = reports.get(row.document);
    if (!report) {
      const text = readFileSync(join(root!, 'text', `${row.document}.txt`), 'utf8');
      report = { name: row.document, text, gold: new Map() };
      reports.set(row.document, report);
    }
    report.gold.set(id, [...(report.gold.get(id) ?? []), row.mention]);
  }
  return [...reports.values()];
}

const knowledge: PreparedKnowledge = prepareKnowledge(loadKnowledgeFromData().entries);
const names = new Map(
  knowledge.entries
    .filter((e) => e.type === 'attack-pattern' && e.externalId)
    .map((e) => [e.externalId!.toUpperCase(), e.name]),
);

/** Predicted parent technique -> the phrases that gave it. */
function predict(text: string, k: PreparedKnowledge | undefined): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const entity of pipelineTechniques(text, splitSentences(text), k)) {
    if (entity.type !== 'attack-pattern' || !entity.externalId) continue;
    const id = parent(entity.externalId);
    found.set(id, [...(found.get(id) ?? []), ...entity.mentions.map((m) => m.text)]);
  }
  return found;
}

const fmt = (s: Score) =>
  `P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, ${s.reports} reports)`;

const phrases = (list: readonly string[]): string =>
  [...new Set(list.map((p) => p.toLowerCase()))].slice(0, 6).join(' | ');

console.log('AnnoCTR report-level technique extraction, parent techniques, all of ATT&CK');
for (const split of SPLITS) {
  const reports = readSplit(split);
  for (const mask of [false, true]) {
    for (const [label, k] of [
      ['ATT&CK loaded', knowledge],
      ['no knowledge', undefined],
    ] as const) {
      const runs = reports.map((r) => {
        const predicted = predict(mask ? maskIds(r.text) : r.text, k);
        return { report: r, predicted };
      });
      const score = scoreReports(
        runs.map(({ report, predicted }) => ({
          gold: new Set(report.gold.keys()),
          predicted: new Set(predicted.keys()),
        })),
      );
      console.log(
        `${split.padEnd(4)} ${mask ? 'ids masked ' : 'ids kept   '} ${label.padEnd(13)} ${fmt(score)}`,
      );
      if (split !== errorsSplit || mask || k !== knowledge) continue;
      for (const { report, predicted } of runs) {
        console.log(`\n## ${report.name}`);
        for (const [id, found] of predicted) {
          if (!report.gold.has(id))
            console.log(`fp ${id} ${names.get(id) ?? ''}: ${phrases(found)}`);
        }
        for (const [id, mentions] of report.gold) {
          if (!predicted.has(id))
            console.log(`fn ${id} ${names.get(id) ?? ''}: ${phrases(mentions)}`);
        }
      }
    }
  }
}
