/**
 * Entity extraction of two checkouts, alternated in one process over the 551 real report texts: on a
 * machine whose speed drifts by tens of percent between minutes, only runs side by side compare code.
 * Each checkout's own modules are loaded (its own module graph); the knowledge is the same. CPU time
 * per round, median of the rounds. Run from the repository, with the other checkout beside it made by
 * `git worktree add ../vigil-before <commit>` and `ln -s "$PWD/node_modules" ../vigil-before/node_modules`:
 *   VIGIL_DATA_DIR=../shared/data npx tsx bench/entities-ab.ts ../vigil-before . [--rounds 6]
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadKnowledgeFromData } from '../test-support/knowledge.ts';
import { reportCorpus } from './report-corpus.ts';

type Extract = (text: string, sentences: unknown, index: unknown) => readonly unknown[];

interface Checkout {
  readonly root: string;
  readonly extract: Extract;
  readonly index: unknown;
  readonly sentences: readonly unknown[];
}

const texts = reportCorpus();
const entries = loadKnowledgeFromData().entries;

async function load(root: string): Promise<Checkout> {
  const module = async (path: string): Promise<Record<string, unknown>> =>
    (await import(pathToFileURL(resolve(root, 'packages/core/src', path)).href)) as Record<
      string,
      unknown
    >;
  const entities = await module('extract/entities/extract-entities.ts');
  const knowledge = await module('extract/entities/knowledge-index.ts');
  const split = (await module('extract/sentences.ts'))['splitSentences'] as (t: string) => unknown;
  const build = knowledge['buildKnowledgeIndex'] as (e: typeof entries) => unknown;
  return {
    root,
    extract: entities['extractEntities'] as Extract,
    index: build(entries),
    sentences: texts.map(split),
  };
}

function round(checkout: Checkout): { ms: number; found: number } {
  const before = process.cpuUsage();
  let found = 0;
  texts.forEach((text, i) => {
    found += checkout.extract(text, checkout.sentences[i], checkout.index).length;
  });
  const used = process.cpuUsage(before);
  return { ms: (used.user + used.system) / 1000, found };
}

const [first, second] = process.argv.slice(2, 4);
if (!first || !second)
  throw new Error('usage: entities-ab.ts <checkout A> <checkout B> [--rounds N]');
const at = process.argv.indexOf('--rounds');
const rounds = at > 0 ? Number(process.argv[at + 1]) : 6;
const checkouts = [await load(first), await load(second)];
const times: number[][] = [[], []];
const found = [0, 0];
for (let r = 0; r < rounds; r++) {
  checkouts.forEach((checkout, k) => {
    const result = round(checkout);
    times[k]!.push(result.ms);
    found[k] = result.found;
  });
}
const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const size = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
checkouts.forEach((checkout, k) => {
  const ms = times[k]!;
  console.log(
    `${checkout.root}: median ${median(ms).toFixed(0)} ms CPU (${(size / (median(ms) / 1000)).toFixed(2)} MB/s), rounds ${ms.map((t) => t.toFixed(0)).join(' ')}; ${found[k]} entities`,
  );
});
console.log(
  `${texts.length} reports, ${size.toFixed(2)} MB; the first round of each includes warm-up`,
);
