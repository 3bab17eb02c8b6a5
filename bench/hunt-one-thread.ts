/**
 * Single-thread hunting micro-bench: index build and FileSweeper over one file of each kind, in CPU time
 * (process.cpuUsage), so figures mean something on a shared machine. Uses the hunt bench's data
 * (`npx tsx bench/hunt.bench.ts` generates it). Run:
 * `npx tsx bench/hunt-one-thread.ts [--sets 1000,100000] [--files proxy-0.log,dns-0.log,ecs-0.jsonl] [--rounds 2]
 * [--specs packed|objects]`. `--specs packed` (the default) holds the indicators as `vigil hunt` does
 * (PackedSpecs, the spec objects dropped once packed); `objects` keeps the array of spec objects alive
 * through the sweeps, as hunts did before PackedSpecs, so the GC cost of a million of them shows.
 * The native token scanner runs when it loads; `VIGIL_HUNT_SCANNER=js` runs the JavaScript one.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { IndicatorIndex, PackedSpecs, specsFromIocList, type IndicatorSpecList } from '@vigil/core';
import { FileSweeper } from '../packages/cli/src/hunt/sweep-file.ts';
import { chooseScanner, nativeOption } from '../packages/cli/src/hunt/scanner-choice.ts';
import { generateBenchData } from './hunt-log-generator.ts';

const arg = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1]! : fallback;
};
const sets = arg('--sets', '1000,100000').split(',').map(Number);
const names = arg('--files', 'proxy-0.log,dns-0.log,ecs-0.jsonl').split(',');
const rounds = Number(arg('--rounds', '2'));
const packed = arg('--specs', 'packed') === 'packed';

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

/** The set's specs, packed in a function of their own so the array of spec objects dies, or kept whole. */
function loadSpecs(path: string): { specs: IndicatorSpecList; packSeconds: number } {
  const specs = specsFromIocList(readFileSync(path, 'utf8')).specs;
  if (!packed) return { specs, packSeconds: 0 };
  const cpu = process.cpuUsage();
  return { specs: PackedSpecs.of(specs), packSeconds: cpuSeconds(cpu) };
}

const data = generateBenchData(join(process.cwd(), '.bench-data', 'hunt'), 300);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const scanner = chooseScanner();
console.log(`token scanner: ${scanner.name}${scanner.fallback ? ` (${scanner.fallback})` : ''}`);
for (const count of sets) {
  const { specs, packSeconds } = loadSpecs(data.iocFile(count));
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const index = new IndicatorIndex(specs);
  console.log(
    `${count} indicators (${packed ? `packed in ${packSeconds.toFixed(2)} s CPU` : 'spec objects kept'}): index ${cpuSeconds(cpu).toFixed(2)} s CPU, ${((performance.now() - wall) / 1e3).toFixed(2)} s wall, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
  );
  const sweeper = new FileSweeper(index, { now: Date.UTC(2026, 10, 28), ...nativeOption() });
  for (let round = 1; round <= rounds; round++) {
    const roundCpu = process.cpuUsage();
    let roundBytes = 0;
    for (const name of names) {
      const file = data.files.find((f) => f.endsWith(name))!;
      let hits = 0;
      const started = process.cpuUsage();
      const wallStart = performance.now();
      const report = await sweeper.sweep(file, (h) => (hits += h.length));
      roundBytes += report.bytes;
      const seconds = cpuSeconds(started);
      const wallSeconds = (performance.now() - wallStart) / 1e3;
      console.log(
        `  round ${round} ${name}: ${(report.bytes / 1e6 / seconds).toFixed(1)} MB/s CPU (${seconds.toFixed(2)} s CPU, ${wallSeconds.toFixed(2)} s wall), ${hits} hits`,
      );
    }
    console.log(
      `  round ${round}, all ${names.length} files: ${(roundBytes / 1e6).toFixed(0)} MB in ${cpuSeconds(roundCpu).toFixed(2)} s CPU`,
    );
  }
}
