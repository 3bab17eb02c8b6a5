/**
 * extractIndicators of another checkout (a git worktree of an older commit) against this one, in one
 * process and in alternation: CPU milliseconds over the 551 real reports, least of N rounds each. On
 * a shared machine two separate benchmark runs minutes apart differ by more than most speed-ups;
 * alternating within one process exposes both versions to the same load.
 * Run: `git worktree add /tmp/ioc-old <commit>` (with node_modules: `cp -al node_modules
 * /tmp/ioc-old/`), then `VIGIL_DATA_DIR=<data> npx tsx bench/ioc-old-vs-new.ts /tmp/ioc-old [rounds]`.
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractIndicators } from '../packages/core/src/extract/ioc/extract.ts';
import { splitSentences } from '../packages/core/src/extract/sentences.ts';
import { reportCorpus } from './report-corpus.ts';

type Extract = typeof extractIndicators;

const [oldRoot, roundsArg] = process.argv.slice(2);
if (!oldRoot) throw new Error('usage: ioc-old-vs-new.ts <old checkout> [rounds]');
const rounds = Number(roundsArg ?? 12);
const oldModule = pathToFileURL(
  join(resolve(oldRoot), 'packages/core/src/extract/ioc/extract.ts'),
).href;
const oldExtract = ((await import(oldModule)) as { extractIndicators: Extract }).extractIndicators;

const texts = reportCorpus();
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const sentences = texts.map((t) => splitSentences(t));

/** Each variant runs over the whole corpus once per round. */
const variants: [string, () => void][] = [
  ['old', () => texts.forEach((t) => oldExtract(t))],
  ['new', () => texts.forEach((t) => extractIndicators(t))],
  [
    'old, sentences given',
    () => texts.forEach((t, i) => oldExtract(t, { sentences: sentences[i] })),
  ],
  [
    'new, sentences given',
    () => texts.forEach((t, i) => extractIndicators(t, { sentences: sentences[i] })),
  ],
];

for (let pass = 0; pass < 3; pass++) for (const [, run] of variants) run(); // warm-up
const least = new Map(variants.map(([label]) => [label, Infinity]));
for (let round = 0; round < rounds; round++) {
  // Alternate the order too, so neither version always runs right after the other's garbage.
  const order = round % 2 === 0 ? variants : [...variants].reverse();
  for (const [label, run] of order) {
    const before = process.cpuUsage();
    run();
    const { user, system } = process.cpuUsage(before);
    least.set(label, Math.min(least.get(label)!, (user + system) / 1000));
  }
}
console.log(
  `extractIndicators over ${texts.length} reports, ${megabytes.toFixed(2)} MB; CPU ms, least of ${rounds} alternated rounds`,
);
for (const [label, ms] of least) {
  console.log(
    `${label.padEnd(22)} ${ms.toFixed(1).padStart(7)} ms ${(megabytes / (ms / 1000)).toFixed(1).padStart(6)} MB/s`,
  );
}
const ratio = (a: string, b: string): string => (least.get(a)! / least.get(b)!).toFixed(3);
console.log(
  `old/new CPU time: ${ratio('old', 'new')} (sentences computed), ${ratio('old, sentences given', 'new, sentences given')} (given)`,
);
