/**
 * Where IOC extraction spends its time: CPU milliseconds (best of 5) of each stage of
 * extractIndicators over the 551 real report texts, each stage run alone on the same input it gets
 * in the pipeline. CPU time rather than wall time so the figures survive a shared, loaded machine.
 * Run: `VIGIL_DATA_DIR=<data> npx tsx bench/ioc-stages.ts`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractIndicators } from '@vigil/core';
import { splitSentences } from '../packages/core/src/extract/sentences.ts';
import { findHashes } from '../packages/core/src/extract/ioc/hashes.ts';
import { findDigitLedIndicators } from '../packages/core/src/extract/ioc/digit-led.ts';
import { refang } from '../packages/core/src/extract/ioc/refang.ts';
import { findRegistryKeys } from '../packages/core/src/extract/ioc/registry.ts';
import { findTokenIndicators } from '../packages/core/src/extract/ioc/tokens.ts';
import { dataPath } from '../test-support/data.ts';

function loadTexts(): string[] {
  const tram = dataPath('mitre-tram', 'tram2_annotated_reports.jsonl');
  const annoctr = dataPath('annoctr', 'text');
  if (!tram || !annoctr) throw new Error('needs VIGIL_DATA_DIR with mitre-tram/ and annoctr/text/');
  const texts: string[] = [];
  for (const line of readFileSync(tram, 'utf8').split('\n')) {
    if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  for (const file of readdirSync(annoctr).sort()) {
    if (file.endsWith('.txt')) texts.push(readFileSync(join(annoctr, file), 'utf8'));
  }
  return texts;
}

const texts = loadTexts();
const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
const plains = texts.map((t) => refang(t).text);
const sentences = texts.map((t) => splitSentences(t));
// Warm-up (JIT, tldts tables): the first passes still run partly unoptimized code.
for (let pass = 0; pass < 3; pass++) for (const t of texts) extractIndicators(t);
const ignore = (): void => {};
const notDefanged = (): boolean => false;

function cpuMs(fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < 5; i++) {
    const before = process.cpuUsage();
    fn();
    const used = process.cpuUsage(before);
    min = Math.min(min, (used.user + used.system) / 1000);
  }
  return min;
}

const stages: [string, () => void][] = [
  [
    'extractIndicators (whole, sentences computed)',
    () => texts.forEach((t) => extractIndicators(t)),
  ],
  [
    'extractIndicators (sentences given, as in analysis)',
    () => texts.forEach((t, i) => extractIndicators(t, { sentences: sentences[i] })),
  ],
  ['  splitSentences', () => texts.forEach((t) => splitSentences(t))],
  ['  refang', () => texts.forEach((t) => refang(t))],
  [
    '  tokens (hosts, URLs, e-mails, IPs, files, hashes)',
    () => plains.forEach((t) => findTokenIndicators(t, ignore, notDefanged)),
  ],
  ['    of which hashes', () => plains.forEach((t) => findHashes(t, 0, t.length, ignore))],
  [
    '  digit-led (CVE, ATT&CK, ASN, bitcoin, Ethereum)',
    () => plains.forEach((t) => findDigitLedIndicators(t, ignore)),
  ],
  ['  registry keys', () => plains.forEach((t) => findRegistryKeys(t, ignore))],
];

console.log(
  `IOC extraction stages over ${texts.length} reports, ${megabytes.toFixed(2)} MB; CPU ms, best of 5`,
);
for (const [label, fn] of stages) {
  const ms = cpuMs(fn);
  console.log(
    `${label.padEnd(62)} ${ms.toFixed(1).padStart(7)} ms ${(megabytes / (ms / 1000)).toFixed(1).padStart(7)} MB/s`,
  );
}
