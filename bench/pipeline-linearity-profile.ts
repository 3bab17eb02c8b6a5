/**
 * Which functions make one long text cost more than its parts: a sampling CPU profile of one pass over ten
 * copies of about 1 MB of real reports (one text) against ten passes over the 1 MB text, per function's own
 * time, sorted by the difference. A function that grows faster than its input shows on top. Figures only.
 * Run: `VIGIL_DATA_DIR=<data> npx tsx bench/pipeline-linearity-profile.ts [--top 30]`.
 */
import { parseArgs } from 'node:util';
import { analyzeReport } from '@vigil/core';
import { ownCpuTime, type OwnCpuTime } from './own-cpu-time.ts';
import { corpusAnalyzeOptions } from './pipeline-options.ts';
import { joinedCorpusText, reportCorpus } from './report-corpus.ts';

const { values } = parseArgs({ options: { top: { type: 'string', default: '30' } } });
const MB = 1024 * 1024;
const options = corpusAnalyzeOptions();
const texts = reportCorpus();
const one = joinedCorpusText(texts, MB);
const ten = Array.from({ length: 10 }, () => one).join('\n\n');
analyzeReport(one, options); // warm-up

const profile = (text: string, passes: number): Promise<OwnCpuTime> =>
  ownCpuTime(() => {
    for (let i = 0; i < passes; i++) analyzeReport(text, options);
  });

const parts = await profile(one, 10);
const whole = await profile(ten, 1);
const ms = (micros: number): string => (micros / 1000).toFixed(0);
console.log(`ten 1 MB passes ${ms(parts.total)} ms CPU, one 10 MB pass ${ms(whole.total)} ms CPU`);
const rows = [...whole.own]
  .map(([where, micros]) => ({ where, micros, parts: parts.own.get(where) ?? 0 }))
  .sort((a, b) => b.micros - b.parts - (a.micros - a.parts))
  .slice(0, Number(values.top));
for (const r of rows) {
  console.log(
    `${ms(r.micros - r.parts).padStart(7)} ms more  (10 MB ${ms(r.micros)}, 10 x 1 MB ${ms(r.parts)})  ${r.where}`,
  );
}
