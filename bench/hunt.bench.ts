/**
 * Hunting speed: Vigil's sweep vs `rg -F -f` and `grep -F -f` over the same generated logs, with 1k,
 * 100k and 1M indicators. Planted hits and decoys are checked for every run before anything is printed.
 * Run: `npm run bench` (all benches) or
 * `npx tsx bench/hunt.bench.ts [--mb 300] [--vigil-only] [--rounds 3] [--sets 1000,100000,1000000]`. The sweep runs
 * the native token scanner when it loads; `VIGIL_HUNT_SCANNER=js` runs the JavaScript one.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { type IndicatorSpecList, PackedSpecs, specsFromIocList } from '@vigil/core';
import { chooseScanner } from '../packages/cli/src/hunt/scanner-choice.ts';
import { sweepAll } from '../packages/cli/src/hunt/sweep-pool.ts';
import { generateBenchData } from './hunt-log-generator.ts';

const mbArg = process.argv.indexOf('--mb');
const totalMb = mbArg > 0 ? Number(process.argv[mbArg + 1]) : 300;
const setsArg = process.argv.indexOf('--sets');
/** `--sets 1000,1000000`: only these indicator-set sizes (of 1k, 100k, 1M). */
const SETS =
  setsArg > 0 ? process.argv[setsArg + 1]!.split(',').map(Number) : [1000, 100_000, 1_000_000];
/** `--vigil-only`: skip rg and grep (a quick rerun of Vigil's own figures). */
const vigilOnly = process.argv.includes('--vigil-only');
const roundsArg = process.argv.indexOf('--rounds');
/**
 * `--rounds N` (default 3): timed sweeps per set, each with its own index build as in `vigil hunt`; the
 * median is reported with every round listed. One sweep of 300 MB lasts about 0.3 s on a fast phase of
 * the machine, so one main-thread major GC after a million-indicator index build (80 ms, seen with
 * `--trace-gc`) moves a single figure by 10-25 %.
 */
const ROUNDS = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 3;
const TIMEOUT_MS = 180_000;
const say = (text: string) => process.stderr.write(`hunt bench: ${text}\n`);

interface PeerResult {
  readonly mbps?: number;
  readonly lines?: number;
  readonly note?: string;
}

function peer(command: string, args: string[], bytes: number): PeerResult {
  const started = process.hrtime.bigint();
  const run = spawnSync(command, args, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: TIMEOUT_MS,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.error && (run.error as NodeJS.ErrnoException).code === 'ENOENT')
    return {
      note: `${command} not installed (Debian: apt-get install ${command === 'rg' ? 'ripgrep' : command})`,
    };
  if (run.signal) return { note: `killed after ${TIMEOUT_MS / 1000}s` };
  // -c prints `file:count` per file (matching lines).
  const lines = run.stdout
    .split('\n')
    .filter(Boolean)
    .reduce((sum, l) => sum + Number(l.slice(l.lastIndexOf(':') + 1)), 0);
  return { mbps: bytes / 1e6 / seconds, lines };
}

interface TimedSweep {
  readonly seconds: number;
  /** CPU time of every thread of the process (getrusage), during the sweep proper. */
  readonly cpuSeconds: number;
  /** Worker start and index build, before the sweep proper. */
  readonly setupSeconds: number;
  readonly peakRss: number;
  readonly load: number;
  /** `file:line` of every hit line -> the indicators that fired there. */
  readonly found: ReadonlyMap<string, ReadonlySet<string>>;
  readonly failures: readonly string[];
}

async function timedSweep(
  files: readonly string[],
  specs: IndicatorSpecList,
  jobs: number,
): Promise<TimedSweep> {
  let peakRss = process.memoryUsage.rss();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
  }, 50);
  const found = new Map<string, Set<string>>();
  const failures: string[] = [];
  const launched = process.hrtime.bigint();
  let started = launched;
  let cpuAtStart = process.cpuUsage();
  const load = loadavg()[0]!;
  await sweepAll(files, { specs, now: Date.UTC(2026, 10, 28) }, jobs, {
    onHits: (hits) => {
      for (const h of hits) {
        const key = `${h.file}:${h.line}`;
        let refs = found.get(key);
        if (!refs) found.set(key, (refs = new Set()));
        refs.add(specs.at(h.spec)!.ref);
      }
    },
    onBytes: () => undefined,
    onStart: () => {
      started = process.hrtime.bigint();
      cpuAtStart = process.cpuUsage();
    },
    onReport: (r) => {
      if (r.error) failures.push(r.error);
    },
    onUnsupported: (u) => {
      if (u.length > 0) failures.push(`${u.length} unsupported indicators`);
    },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuAtStart);
  clearInterval(sampler);
  return {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    setupSeconds: Number(started - launched) / 1e9,
    peakRss: Math.max(peakRss, process.memoryUsage.rss()),
    load,
    found,
    failures,
  };
}

/** The round with the median sweep time (the upper middle one for an even count). */
const median = (sweeps: readonly TimedSweep[]): TimedSweep =>
  [...sweeps].sort((a, b) => a.seconds - b.seconds)[Math.floor(sweeps.length / 2)]!;

/** Which token scanner the sweep workers run (they choose as this process does, from the same env). */
function scannerNote(): string {
  const choice = chooseScanner();
  return choice.fallback ? `${choice.name} (${choice.fallback})` : choice.name;
}

async function main(): Promise<void> {
  const data = generateBenchData(
    join(process.cwd().endsWith('bench') ? '..' : '.', '.bench-data', 'hunt'),
    totalMb,
  );
  const jobs = availableParallelism();
  const rows: string[] = [];
  const failures: string[] = [];
  // One untimed sweep first: the first sweep of a process paid first-touch costs (the files' pages, the
  // loader's compile cache) that later ones did not, so the first set measured 40 % slower than the same
  // set measured again. The peers run after Vigil, on the same warm page cache.
  say('warm-up sweep (untimed)');
  await timedSweep(
    data.files,
    specsFromIocList(readFileSync(data.iocFile(SETS[0]!), 'utf8')).specs,
    jobs,
  );
  const expectedLines = new Set(data.planted.map((p) => `${p.file}:${p.line}`));
  for (const count of SETS) {
    const iocPath = data.iocFile(count);
    // Packed as `vigil hunt` packs them (load-indicators.ts): no object per indicator while sweeping.
    const specs = PackedSpecs.of(specsFromIocList(readFileSync(iocPath, 'utf8')).specs);
    const sweeps: TimedSweep[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const sweep = await timedSweep(data.files, specs, jobs);
      sweeps.push(sweep);
      // Correctness first, every round: every planted hit, no decoy, nothing else (background never matches).
      const missing = data.planted.filter(
        (p) => !sweep.found.get(`${p.file}:${p.line}`)?.has(p.indicator),
      );
      const falsePositives = data.decoys.filter((d) => sweep.found.has(`${d.file}:${d.line}`));
      const unexpected = [...sweep.found.keys()].filter((k) => !expectedLines.has(k));
      if (missing.length > 0)
        failures.push(
          `${count}: ${missing.length} planted hit(s) missed, e.g. ${JSON.stringify(missing[0])}`,
        );
      if (falsePositives.length > 0)
        failures.push(`${count}: ${falsePositives.length} decoy line(s) hit`);
      if (unexpected.length > 0)
        failures.push(
          `${count}: ${unexpected.length} unexpected hit line(s), e.g. ${unexpected[0]}`,
        );
      failures.push(...sweep.failures);
    }
    const typical = median(sweeps);
    const { seconds, cpuSeconds, setupSeconds, load } = typical;
    const peakRss = Math.max(...sweeps.map((s) => s.peakRss));
    const mbps = (s: TimedSweep) => (data.bytes / 1e6 / s.seconds).toFixed(1);
    say(
      `${count} indicators: Vigil ${sweeps.map((s) => `${s.seconds.toFixed(2)} s`).join(', ')}; running rg and grep`,
    );
    const rg: PeerResult = vigilOnly
      ? { note: 'skipped (--vigil-only)' }
      : peer('rg', ['-F', '-c', '--no-messages', '-f', iocPath, ...data.files], data.bytes);
    const grep: PeerResult = vigilOnly
      ? { note: 'skipped (--vigil-only)' }
      : peer('grep', ['-F', '-c', '-f', iocPath, ...data.files], data.bytes);
    const fmt = (p: PeerResult) =>
      p.mbps === undefined ? p.note! : `${p.mbps.toFixed(1)} MB/s, ${p.lines} lines`;
    rows.push(
      `| ${count.toLocaleString('en')} | ${(data.bytes / 1e6 / seconds).toFixed(1)} MB/s, ${typical.found.size} lines (median of ${sweeps.map(mbps).join(', ')}; its sweep ${seconds.toFixed(2)} s, ${cpuSeconds.toFixed(2)} s CPU = ${(data.bytes / 1e6 / cpuSeconds).toFixed(0)} MB per CPU-second; workers+index ${setupSeconds.toFixed(1)} s; load ${load.toFixed(1)}) | ${fmt(rg)} | ${fmt(grep)} | ${(peakRss / 1024 ** 2).toFixed(0)} MB |`,
    );
  }
  if (failures.length > 0) {
    process.stderr.write(`hunt bench: correctness check failed:\n  ${failures.join('\n  ')}\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(
    [
      `hunt: ${(data.bytes / 1e6).toFixed(0)} MB in ${data.files.length} files (proxy, DNS, ECS JSON lines), ${data.planted.length} planted hits and ${data.decoys.length} decoys all checked; ${jobs} worker(s); ${scannerNote()} token scanner`,
      '| indicators | Vigil (all planted, 0 decoys) | rg -F -f (matching lines) | grep -F -f (matching lines) | Vigil peak RSS |',
      '|---|---|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
}

await main();
