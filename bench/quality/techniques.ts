/**
 * `npx tsx bench/quality/techniques.ts`: ATT&CK technique extraction on TRAM, report level, per split,
 * with and without literal technique ids in the text, with the ATT&CK knowledge loaded and without.
 */
import { prepareKnowledge, splitSentences, type PreparedKnowledge } from '@vigil/core';
import { dataPath } from '../../test-support/data.ts';
import { loadKnowledgeFromData } from '../../test-support/knowledge.ts';
import { pipelineTechniques } from './pipeline-techniques.ts';
import { formatScore } from '../../test-support/report-score.ts';
import { evaluateTram, readTram, splitOf } from '../../test-support/tram.ts';

const file = dataPath('mitre-tram', 'tram2_annotated_reports.jsonl');
if (!file) {
  console.log('TRAM data absent (set VIGIL_DATA_DIR): nothing measured');
  process.exit(0);
}
const reports = readTram(file);
const knowledge: PreparedKnowledge = prepareKnowledge(loadKnowledgeFromData().entries);
console.log('TRAM report-level technique extraction, scored on its 77 labelled techniques');
for (const split of ['train', 'test', 'all'] as const) {
  const subset = split === 'all' ? reports : reports.filter((r) => splitOf(r) === split);
  for (const mask of [false, true]) {
    for (const [label, k] of [
      ['ATT&CK loaded', knowledge],
      ['no knowledge', undefined],
    ] as const) {
      const score = evaluateTram(
        subset,
        (text, sentences) => pipelineTechniques(text, sentences, k),
        splitSentences,
        { mask },
      );
      console.log(
        `${split.padEnd(5)} ${mask ? 'ids masked ' : 'ids kept   '} ${label.padEnd(13)} ${formatScore(score)}`,
      );
    }
  }
}
