/**
 * `npx tsx bench/quality/techniques-annoctr.ts [--errors dev]`: ATT&CK technique extraction on AnnoCTR's
 * linking gold (dev 16 reports, test 33), report level. AnnoCTR's annotators linked every technique a
 * report describes, explicitly or implicitly, to ATT&CK, at the level of the parent technique: so
 * predictions are compared as parent techniques (T1574.002 counts as T1574), over all of ATT&CK, not
 * a list of labelled techniques as on TRAM. Tuning looks at dev only.
 */
import { prepareKnowledge, splitSentences, type PreparedKnowledge } from '@vigil/core';
import { predictedParents, readTechniqueGold } from '../../test-support/annoctr-techniques.ts';
import { dataPath } from '../../test-support/data.ts';
import { loadKnowledgeFromData } from '../../test-support/knowledge.ts';
import { formatScore, scoreReports } from '../../test-support/report-score.ts';
import { maskIds } from '../../test-support/tram.ts';
import { pipelineTechniques } from './pipeline-techniques.ts';

const root = dataPath('annoctr');
if (!root) {
  console.log('AnnoCTR data absent (set VIGIL_DATA_DIR): nothing measured');
  process.exit(0);
}
const errorsArg = process.argv.indexOf('--errors');
const errorsSplit = errorsArg > 0 ? process.argv[errorsArg + 1] : undefined;

const knowledge: PreparedKnowledge = prepareKnowledge(loadKnowledgeFromData().entries);
const names = new Map(
  knowledge.entries
    .filter((e) => e.type === 'attack-pattern' && e.externalId)
    .map((e) => [e.externalId!.toUpperCase(), e.name]),
);

const phrases = (list: readonly string[]): string =>
  [...new Set(list.map((p) => p.toLowerCase()))].slice(0, 6).join(' | ');

console.log('AnnoCTR report-level technique extraction, parent techniques, all of ATT&CK');
for (const split of ['dev', 'test'] as const) {
  const reports = readTechniqueGold(root, split);
  for (const mask of [false, true]) {
    for (const [label, k] of [
      ['ATT&CK loaded', knowledge],
      ['no knowledge', undefined],
    ] as const) {
      const runs = reports.map((report) => {
        const text = mask ? maskIds(report.text) : report.text;
        return {
          report,
          predicted: predictedParents(pipelineTechniques(text, splitSentences(text), k)),
        };
      });
      const score = scoreReports(
        runs.map(({ report, predicted }) => ({
          gold: new Set(report.gold.keys()),
          predicted: new Set(predicted.keys()),
        })),
      );
      console.log(
        `${split.padEnd(4)} ${mask ? 'ids masked ' : 'ids kept   '} ${label.padEnd(13)} ${formatScore(score)}`,
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
