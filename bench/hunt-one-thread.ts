/**
 * Single-thread hunting micro-bench: index build and FileSweeper over one file of each kind, in CPU time
 * (process.cpuUsage), so figures mean something on a shared machine. Uses the hunt bench's data
 * (`npx tsx bench/hunt.bench.ts` generates it). Run:
 * `npx tsx bench/hunt-one-thread.ts [--sets 1000,100000] [--files proxy-0.log,dns-0.log,ecs-0.jsonl] [--rounds 2]`.
 * The native token scanner runs when it loads; `VIGIL_HUNT_SCANNER=js` runs the JavaScript one.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { IndicatorIndex, specsFromIocList } from '@vigil/core';
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

const cpuSeconds = (since: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const data = generateBenchData(join(process.cwd(), '.bench-data', 'hunt'), 300);
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
const scanner = chooseScanner();
console.log(`token scanner: ${scanner.name}${scanner.fallback ? ` (${scanner.fallback})` : ''}`);
for (const count of sets) {
  const specs = specsFromIocList(readFileSync(data.iocFile(count), 'utf8')).specs;
  const cpu = process.cpuUsage();
  const wall = performance.now();
  const index = new IndicatorIndex(specs);
  console.log(
    `${count} indicators: index ${cpuSeconds(cpu).toFixed(2)} s CPU, ${((performance.now() - wall) / 1e3).toFixed(2)} s wall, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
  );
  const sweeper = new FileSweeper(index, { now: Date.UTC(2026, 10, 28), ...nativeOption() });
  for (let round = 1; round <= rounds; round++) {
    for (const name of names) {
      const file = data.files.find((f) => f.endsWith(name))!;
      let hits = 0;
      const started = process.cpuUsage();
      const wallStart = performance.now();
      const report = await sweeper.sweep(file, (h) => (hits += h.length));
      const seconds = cpuSeconds(started);
      const wallSeconds = (performance.now() - wallStart) / 1e3;
      console.log(
        `  round ${round} ${name}: ${(report.bytes / 1e6 / seconds).toFixed(1)} MB/s CPU (${seconds.toFixed(2)} s CPU, ${wallSeconds.toFixed(2)} s wall), ${hits} hits`,
      );
    }
  }
}
