/**
 * `npx tsx bench/quality/techniques.ts [--errors train]`: ATT&CK technique extraction on TRAM, report level,
 * per split, with and without literal technique ids in the text, with the ATT&CK knowledge loaded and
 * without. `--errors <split>` also lists that split's false positives (ids kept, ATT&CK loaded), each with
 * the words that gave it, for reading: tune on train only.
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
const errorsArg = process.argv.indexOf('--errors');
const errorsSplit = errorsArg > 0 ? process.argv[errorsArg + 1] : undefined;
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

if (errorsSplit) {
  const labelled = new Set(reports.flatMap((r) => r.annotations.map((a) => a.technique_id)));
  console.log(
    `\nFalse positives on ${errorsSplit} (ids kept, ATT&CK loaded): report, technique, its words`,
  );
  for (const [index, report] of reports.entries()) {
    if (splitOf(report) !== errorsSplit) continue;
    const gold = new Set(report.annotations.map((a) => a.technique_id));
    // A technique named in prose and by its id is two findings of one false positive.
    const wordsOf = new Map<string, string[]>();
    for (const e of pipelineTechniques(report.text, splitSentences(report.text), knowledge)) {
      if (!e.externalId || !labelled.has(e.externalId) || gold.has(e.externalId)) continue;
      const words = wordsOf.get(e.externalId) ?? [];
      words.push(...e.mentions.map((m) => JSON.stringify(report.text.slice(m.start, m.end))));
      wordsOf.set(e.externalId, words);
    }
    for (const [id, words] of wordsOf)
      console.log(`${index}\t${id}\t${words.slice(0, 6).join(' ')}`);
  }
}
