/**
 * Two figures the pipeline bench does not give: the CPU time of the relation stage alone (extractRelations
 * over the 551 analyses, best of 8), and the memory one pass of analyzeReport over the 551 reports allocates
 * (the sampling heap profiler, counting what minor and major GCs collected too). Figures only.
 * Run: `VIGIL_DATA_DIR=<data> npx tsx bench/pipeline-profile.ts`.
 */
import { Session } from 'node:inspector/promises';
import { analyzeReport } from '@vigil/core';
import { extractRelations } from '../packages/core/src/extract/relations/extract-relations.ts';
import { corpusAnalyzeOptions } from './pipeline-options.ts';
import { reportCorpus } from './report-corpus.ts';

const options = corpusAnalyzeOptions();
const texts = reportCorpus();
const analyses = texts.map((t) => analyzeReport(t, options)); // also the warm-up

let relationCpu = Infinity;
for (let run = 0; run < 8; run++) {
  const before = process.cpuUsage();
  for (const a of analyses) extractRelations(a.text, a.sentences, a.entities);
  const used = process.cpuUsage(before);
  relationCpu = Math.min(relationCpu, (used.user + used.system) / 1000);
}
console.log(`relation stage (extractRelations alone), best of 8: ${relationCpu.toFixed(0)} ms CPU`);

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (const t of texts) analyzeReport(t, options);
const { profile } = await session.post('HeapProfiler.stopSampling');
interface SampledNode {
  readonly selfSize: number;
  readonly children: readonly SampledNode[];
}
const allocated = (node: SampledNode): number =>
  node.selfSize + node.children.reduce((sum, child) => sum + allocated(child), 0);
console.log(
  `one pass of analyzeReport over ${texts.length} reports allocates ${(allocated(profile.head) / 1e6).toFixed(0)} MB (sampled)`,
);
session.disconnect();
