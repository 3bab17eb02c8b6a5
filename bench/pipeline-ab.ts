/**
 * The full pipeline of this checkout against another one's, in one process, passes alternated: a shared
 * machine's speed drifts by 20% within minutes, so two bench runs minutes apart compare the machine as
 * much as the code. Both read the same knowledge entries and warning lists; each prepares its own index.
 *   git worktree add /tmp/old <commit> && ln -s "$PWD/node_modules" /tmp/old/node_modules
 *   VIGIL_DATA_DIR=../shared/data npx tsx bench/pipeline-ab.ts --old /tmp/old [--passes 8] [--ioc]
 * `--ioc` compares extractIndicators alone instead of the whole analyzeReport.
 * The other core's own imports (tldts, uuid, ...) resolve through that link; its `@vigil/*` imports,
 * if any, would reach this checkout's packages, so compare commits whose core imports none.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as current from '@vigil/core';
import { loadWarningLists } from '@vigil/store';
import { requiredDataPath } from '../test-support/data.ts';
import { loadKnowledgeFromData } from '../test-support/knowledge.ts';
import { reportCorpus } from './report-corpus.ts';

const { values } = parseArgs({
  options: {
    old: { type: 'string' },
    passes: { type: 'string', default: '8' },
    ioc: { type: 'boolean', default: false },
  },
});
if (!values.old) throw new Error('--old <path of another checkout> is required');
const passes = Number(values.passes);
const other = (await import(
  pathToFileURL(resolve(values.old, 'packages/core/src/index.ts')).href
)) as typeof current;

const warningLists = loadWarningLists(requiredDataPath('misp-warninglists'));
const entries = loadKnowledgeFromData().entries;
const texts = reportCorpus();
const megabytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0) / 1e6;

/** One pass of `core` over the corpus: extractIndicators alone (--ioc), or the whole analyzeReport. */
function passOf(core: typeof current): () => void {
  if (values.ioc) {
    return () => {
      for (const text of texts) core.extractIndicators(text, { warningLists });
    };
  }
  const options = {
    knowledge: core.prepareKnowledge(entries),
    warningLists,
    techniques: core.extractTechniques,
  };
  return () => {
    for (const text of texts) core.analyzeReport(text, options);
  };
}
const runs = [
  { name: 'this checkout', pass: passOf(current), cpu: [] as number[] },
  { name: values.old, pass: passOf(other), cpu: [] as number[] },
];

for (let p = 0; p < passes; p++) {
  for (const side of p % 2 === 0 ? runs : [...runs].reverse()) {
    const before = process.cpuUsage();
    side.pass();
    const used = process.cpuUsage(before);
    side.cpu.push((used.user + used.system) / 1e6);
  }
}
console.log(
  `${values.ioc ? 'extractIndicators' : 'analyzeReport'}: ${texts.length} reports, ${megabytes.toFixed(2)} MB, ${passes} passes each, alternated`,
);
for (const { name, cpu } of runs) {
  const best = Math.min(...cpu);
  console.log(
    `  ${name}: best ${best.toFixed(2)} s CPU (${(megabytes / best).toFixed(2)} MB/s); all ${cpu.map((c) => c.toFixed(2)).join(' ')}`,
  );
}
