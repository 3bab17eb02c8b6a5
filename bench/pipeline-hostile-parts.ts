/**
 * Each phrase given on the command line alone, repeated as sentences to `--chars` characters (1x) and four
 * times that (4x), through the full pipeline: to tell which part of a hostile kind (pipeline-hostile.bench.ts)
 * a high ratio comes from. A ratio near 4 is linear. Figures only.
 * Run: `VIGIL_DATA_DIR=../shared/data npx tsx bench/pipeline-hostile-parts.ts [--chars 200000] [--one-sentence]
 * "<phrase>" …`
 */
import { parseArgs } from 'node:util';
import { analysisToStix, analyzeReport } from '@vigil/core';
import { corpusAnalyzeOptions } from './pipeline-options.ts';

const { values, positionals } = parseArgs({
  options: {
    chars: { type: 'string', default: '200000' },
    'one-sentence': { type: 'boolean', default: false },
  },
  allowPositionals: true,
});
const chars = Number(values.chars);
const options = { ...corpusAnalyzeOptions(), author: 'Contoso' };
const time = (text: string): number => {
  const started = performance.now();
  analysisToStix(analyzeReport(text, options), { ingested: '2026-11-30T00:00:00.000Z' });
  return performance.now() - started;
};
/** Least of two runs: one slow run on a shared machine is not super-linearity. */
const least = (text: string): number => Math.min(time(text), time(text));

for (const phrase of positionals) {
  // As sentences, or (--one-sentence) joined by commas into one sentence, as the bench's first form.
  const oneSentence = values['one-sentence'];
  const unit = oneSentence ? `${phrase}, ` : `${phrase}. `;
  const text = (n: number): string =>
    `Title\n${unit.repeat(Math.ceil(n / unit.length))}${oneSentence ? '.' : ''}`;
  const once = least(text(chars));
  const four = least(text(4 * chars));
  console.log(
    `ratio ${(four / once).toFixed(1)}  1x ${once.toFixed(0)} ms  4x ${four.toFixed(0)} ms  ${phrase}`,
  );
}
