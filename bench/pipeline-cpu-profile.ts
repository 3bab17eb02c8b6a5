/**
 * Where a pass of analyzeReport over the 551 reports spends its CPU: a sampling CPU profile of three passes
 * (after one warm-up pass), summed per function's own time and printed with its share. An optional pattern
 * keeps the functions whose file or name it matches. Figures only.
 * Run: `VIGIL_DATA_DIR=<data> npx tsx bench/pipeline-cpu-profile.ts [pattern] [--top 25]`.
 */
import { parseArgs } from 'node:util';
import { analyzeReport } from '@vigil/core';
import { ownCpuTime } from './own-cpu-time.ts';
import { corpusAnalyzeOptions } from './pipeline-options.ts';
import { reportCorpus } from './report-corpus.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});
const pattern = positionals[0] ? new RegExp(positionals[0], 'u') : undefined;
const options = corpusAnalyzeOptions();
const texts = reportCorpus();
for (const t of texts) analyzeReport(t, options);

const { own: selfTime, total } = await ownCpuTime(() => {
  for (let pass = 0; pass < 3; pass++) for (const t of texts) analyzeReport(t, options);
});
console.log(
  `CPU profile of 3 passes over ${texts.length} reports: ${(total / 1000).toFixed(0)} ms`,
);
const rows = [...selfTime]
  .filter(([where]) => !pattern || pattern.test(where))
  .sort((a, b) => b[1] - a[1])
  .slice(0, Number(values.top));
for (const [where, micros] of rows) {
  const share = ((100 * micros) / total).toFixed(2);
  console.log(`${(micros / 1000).toFixed(0).padStart(7)} ms ${share.padStart(6)}%  ${where}`);
}
