/**
 * Entity and relation extraction speed: knowledge index build (ATT&CK + MISP galaxies), throughput over
 * the 551 real report texts (151 TRAM + 400 AnnoCTR), and linearity (time for 1x vs 10x input, real text
 * concatenated), in CPU seconds. Figures only, never assertions. Run: `npx tsx bench/entity-extract.bench.ts`.
 */
import {
  buildKnowledgeIndex,
  extractEntities,
  extractRelations,
  splitSentences,
} from '@vigil/core';
import { loadKnowledgeFromData } from '../test-support/knowledge.ts';
import { reportCorpus } from './report-corpus.ts';

const MB = 1e6;

/** CPU seconds of fn (user + system): the machine is shared, so wall time would measure the neighbours. */
const seconds = (fn: () => void): number => {
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
};

const entries = loadKnowledgeFromData().entries;
let index = buildKnowledgeIndex([]);
const buildSeconds = seconds(() => {
  index = buildKnowledgeIndex(entries);
});
console.log(
  `knowledge index: ${entries.length} entries (${index.entryCount} named), ${index.trie.size} alias keys, built in ${buildSeconds.toFixed(2)} s`,
);

const texts = reportCorpus();
const size = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const analyze = (text: string): void => {
  const sentences = splitSentences(text);
  extractRelations(text, sentences, extractEntities(text, sentences, index));
};
analyze(texts[0] ?? ''); // warm up
const all = seconds(() => texts.forEach(analyze));
console.log(
  `${texts.length} reports, ${(size / MB).toFixed(2)} MB: sentences+entities+relations ${all.toFixed(2)} s = ${(size / MB / all).toFixed(2)} MB/s`,
);

const one = texts.slice(0, 40).join('\n\n');
const ten = Array.from({ length: 10 }, () => one).join('\n\n');
const t1 = seconds(() => analyze(one));
const t10 = seconds(() => analyze(ten));
console.log(
  `linearity: ${(one.length / MB).toFixed(2)} MB in ${t1.toFixed(3)} s, 10x in ${t10.toFixed(3)} s (ratio ${(t10 / t1).toFixed(1)}; 10 = linear)`,
);
