/**
 * IOC extraction throughput over the 551 real report texts (151 TRAM + 400 AnnoCTR), side by side with
 * the npm peer ioc-extractor (measured per report in a worker with a time limit; hangs are counted),
 * plus linearity: time for 1x vs 10x input, real text and a generated adversarial file (the AnnoCTR
 * file-extension list that hangs ioc-extractor, repeated to 50 MB; written under .bench-data/, never
 * committed). Run: `npm run bench` or `npx tsx bench/ioc-extract.bench.ts [--peer-timeout-ms 10000]`.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractIndicators } from '@vigil/core';
import { dataPath } from '../test-support/data.ts';

const timeoutArg = process.argv.indexOf('--peer-timeout-ms');
const PEER_TIMEOUT_MS = timeoutArg > 0 ? Number(process.argv[timeoutArg + 1]) : 10_000;
const MB = 1e6;

interface Report {
  readonly name: string;
  readonly text: string;
}

function loadCorpus(): Report[] {
  const tram = dataPath('mitre-tram', 'tram2_annotated_reports.jsonl');
  const annoctr = dataPath('annoctr', 'text');
  if (!tram || !annoctr) throw new Error('needs VIGIL_DATA_DIR with mitre-tram/ and annoctr/text/');
  const reports: Report[] = [];
  for (const line of readFileSync(tram, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { title: string; text: string };
    reports.push({ name: `tram:${r.title.trim()}`, text: r.text });
  }
  for (const file of readdirSync(annoctr).sort()) {
    if (file.endsWith('.txt'))
      reports.push({ name: `annoctr:${file}`, text: readFileSync(join(annoctr, file), 'utf8') });
  }
  return reports;
}

const bytes = (texts: readonly string[]): number =>
  texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

/**
 * Least CPU seconds of any run of the last `best` call (the peer's worker is idle meanwhile). On a
 * shared machine the fastest wall-clock run is not the one with the least CPU time, so both minima
 * are reported.
 */
let bestCpuSeconds = 0;

/** Best of `runs` wall-clock seconds for fn (the least CPU seconds of any run go to bestCpuSeconds). */
function best(runs: number, fn: () => void): number {
  let min = Infinity;
  bestCpuSeconds = Infinity;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    fn();
    const wall = Number(process.hrtime.bigint() - started) / 1e9;
    const used = process.cpuUsage(cpu);
    min = Math.min(min, wall);
    bestCpuSeconds = Math.min(bestCpuSeconds, (used.user + used.system) / 1e6);
  }
  return min;
}

// The peer runs in a worker so a hung report can be killed; the worker reports each report's time.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const { extractIOC } = await import(workerData.module);
  parentPort.on('message', ({ index, text }) => {
    const started = process.hrtime.bigint();
    extractIOC(text);
    parentPort.postMessage({ index, seconds: Number(process.hrtime.bigint() - started) / 1e9 });
  });
  parentPort.postMessage({ ready: true });
})();
`;

interface PeerRun {
  readonly seconds: number;
  readonly bytes: number;
  readonly hung: string[];
}

async function runPeer(reports: readonly Report[]): Promise<PeerRun> {
  const module = pathToFileURL(createRequire(import.meta.url).resolve('ioc-extractor')).href;
  let seconds = 0;
  let doneBytes = 0;
  const hung: string[] = [];
  let next = 0;
  while (next < reports.length) {
    const worker = new Worker(WORKER, { eval: true, workerData: { module } });
    await new Promise<void>((resolve) => worker.once('message', () => resolve()));
    while (next < reports.length) {
      const index = next++;
      const report = reports[index]!;
      const result = await new Promise<number | undefined>((resolve) => {
        const timer = setTimeout(() => resolve(undefined), PEER_TIMEOUT_MS);
        worker.once('message', (m: { seconds: number }) => {
          clearTimeout(timer);
          resolve(m.seconds);
        });
        worker.postMessage({ index, text: report.text });
      });
      if (result === undefined) {
        hung.push(report.name);
        await worker.terminate();
        break; // a fresh worker takes the remaining reports
      }
      seconds += result;
      doneBytes += Buffer.byteLength(report.text);
    }
    if (next >= reports.length) await worker.terminate();
  }
  return { seconds, bytes: doneBytes, hung };
}

/**
 * Time for 1x and 10x the input. The two sizes are timed in alternation, three rounds, and the least
 * time of each is kept: timed one after the other, a burst of other work on a shared machine, or the
 * collection of the previous measurement's garbage, lands in one size only and reads as
 * non-linearity (a ratio of 14 on the adversarial list was seen that way; alternated, it is 10).
 * Forcing a full collection before each run is no cure: it slows the next 1x run more than a 10x one.
 */
function linearity(label: string, unit: string): { x1: number; x10: number } {
  const big = unit.repeat(10);
  extractIndicators(unit); // warm-up
  extractIndicators(big);
  const x1 = { wall: Infinity, cpu: Infinity };
  const x10 = { wall: Infinity, cpu: Infinity };
  for (let round = 0; round < 3; round++) {
    x1.wall = Math.min(
      x1.wall,
      best(1, () => extractIndicators(unit)),
    );
    x1.cpu = Math.min(x1.cpu, bestCpuSeconds);
    x10.wall = Math.min(
      x10.wall,
      best(1, () => extractIndicators(big)),
    );
    x10.cpu = Math.min(x10.cpu, bestCpuSeconds);
  }
  const mb1 = Buffer.byteLength(unit) / MB;
  console.log(
    `${label}: 1x ${mb1.toFixed(1)} MB ${x1.wall.toFixed(3)} s wall, ${x1.cpu.toFixed(3)} s CPU | 10x ${(mb1 * 10).toFixed(1)} MB ${x10.wall.toFixed(3)} s wall, ${x10.cpu.toFixed(3)} s CPU | ratio ${(x10.wall / x1.wall).toFixed(1)} wall, ${(x10.cpu / x1.cpu).toFixed(1)} CPU (10 = linear; least of 3 alternated runs each)`,
  );
  return { x1: x1.wall, x10: x10.wall };
}

async function main(): Promise<void> {
  const reports = loadCorpus();
  const texts = reports.map((r) => r.text);
  const total = bytes(texts);
  console.log(
    `IOC extraction: ${reports.length} reports, ${(total / MB).toFixed(2)} MB (UTF-8); ${availableParallelism()} CPUs, load average ${loadavg()[0]!.toFixed(1)}`,
  );

  // Warm-up: the first passes run partly unoptimized code while the JIT compiles (on other threads,
  // which process CPU time counts); three passes reach steady state.
  for (let pass = 0; pass < 3; pass++) for (const t of texts) extractIndicators(t);
  let indicators = 0;
  const vigil = best(5, () => {
    indicators = 0;
    for (const t of texts) indicators += extractIndicators(t).length;
  });
  console.log(
    `  Vigil extractIndicators (best of 5 after 3 warm-up passes): ${(total / MB / vigil).toFixed(1)} MB/s wall (${vigil.toFixed(3)} s), ${(total / MB / bestCpuSeconds).toFixed(1)} MB/s CPU time (${bestCpuSeconds.toFixed(3)} s); ${indicators} indicators`,
  );

  const peer = await runPeer(reports);
  console.log(
    `  ioc-extractor 8.2.0 (per report, ${PEER_TIMEOUT_MS / 1000} s limit): ${(peer.bytes / MB / peer.seconds).toFixed(1)} MB/s over ${reports.length - peer.hung.length} reports; hung: ${peer.hung.length}${peer.hung.length ? ` (${peer.hung.join(', ')})` : ''}`,
  );

  // Linearity on real text: the whole corpus once, then ten times.
  linearity('  Linearity, real corpus', texts.join('\n\n'));

  // Adversarial: the file-extension line of the AnnoCTR Petya report, repeated to 5 MB and 50 MB.
  const petya = dataPath(
    'annoctr',
    'text',
    'zscaler_2017-06-27_update-petya-ransomware-outbreak.txt',
  );
  const line = petya
    ? readFileSync(petya, 'utf8')
        .split('\n')
        .find((l) => l.includes('.3ds.7z.accdb'))
    : undefined;
  if (!line) throw new Error('adversarial seed line not found in the AnnoCTR Petya report');
  const unit = `${line}\n`.repeat(Math.ceil((5 * MB) / (line.length + 1)));
  const dir = join(process.cwd().endsWith('bench') ? '..' : '.', '.bench-data', 'ioc');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'adversarial-50mb.txt');
  writeFileSync(file, unit.repeat(10));
  const fifty = readFileSync(file, 'utf8');
  const adversarial = linearity('  Linearity, adversarial extension list', unit);
  const fiftySeconds = best(1, () => extractIndicators(fifty));
  console.log(
    `  50 MB adversarial file (${file}): ${fiftySeconds.toFixed(2)} s wall, ${bestCpuSeconds.toFixed(2)} s CPU, ${(Buffer.byteLength(fifty) / MB / fiftySeconds).toFixed(1)} MB/s wall (10x run above: ${adversarial.x10.toFixed(2)} s)`,
  );
}

await main();
