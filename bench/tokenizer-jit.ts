/**
 * The word tokenizer alone over the 551 report texts, best of 5 (CPU), for the JIT lead BENCHMARKS.md
 * records: run several times, with and without `--after-knowledge` (the knowledge prepared first, as
 * analyzeReport's callers do, which tokenizes every alias), to see whether the order changes the speed.
 * Figures only. Run: `VIGIL_DATA_DIR=../shared/data npx tsx bench/tokenizer-jit.ts [--after-knowledge]`.
 */
import { parseArgs } from 'node:util';
import { normalizeReportText } from '../packages/core/src/analyze/report-identity.ts';
import { tokenize } from '../packages/core/src/extract/entities/tokens.ts';
import { corpusAnalyzeOptions } from './pipeline-options.ts';
import { reportCorpus } from './report-corpus.ts';

const { values } = parseArgs({
  options: { 'after-knowledge': { type: 'boolean', default: false } },
});
const texts = reportCorpus().map(normalizeReportText);
if (values['after-knowledge']) corpusAnalyzeOptions();

let best = Infinity;
for (let run = 0; run < 5; run++) {
  const before = process.cpuUsage();
  for (const text of texts) tokenize(text);
  const used = process.cpuUsage(before);
  best = Math.min(best, (used.user + used.system) / 1000);
}
console.log(
  `tokenize over ${texts.length} reports${values['after-knowledge'] ? ', knowledge prepared first' : ''}: best of 5 ${best.toFixed(0)} ms CPU`,
);
