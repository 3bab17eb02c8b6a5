/**
 * Spreads the inputs over worker threads (one per core by default, largest files first; a big text or
 * JSON-lines file in parts, split-inputs.ts, put back together by part-assembler.ts). The main thread
 * builds the index once, while the workers start, and hands it to them as shared memory; then it only
 * prints. One input too small to split, stdin, or --jobs 1 runs inline.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { IndicatorIndex, type UnsupportedIndicator } from '@vigil/core';
import { sweeperFor } from './sweeper-for.ts';
import { PartAssembler } from './part-assembler.ts';
import type { FileReport, SweepHit } from './sweep-file.ts';
import { splitInputs, splitOptionsFor, type SweepTask } from './split-inputs.ts';
import type { FromWorker, SweepSetup, ToWorker, WorkerSetup } from './sweep-protocol.ts';

export interface SweepEvents {
  readonly onHits: (hits: readonly SweepHit[]) => void;
  readonly onReport: (report: FileReport) => void;
  readonly onBytes: (bytes: number) => void;
  /** Indicators the index could not take (reported once). */
  readonly onUnsupported: (unsupported: readonly UnsupportedIndicator[]) => void;
  /** Indexes are built: the sweep proper starts now. */
  readonly onStart?: () => void;
}

/** The indexes of a hunt, built once (main thread). */
function indexes(setup: SweepSetup, events: SweepEvents): WorkerSetup {
  const index = new IndicatorIndex(setup.specs);
  events.onUnsupported(index.unsupported);
  return {
    index: index.data(),
    ...(setup.allowSpecs ? { allow: new IndicatorIndex(setup.allowSpecs).data() } : {}),
    ...(setup.since === undefined ? {} : { since: setup.since }),
    now: setup.now,
    ...(setup.maxLine ? { maxLine: setup.maxLine } : {}),
  };
}

async function sweepInline(
  files: readonly string[],
  setup: SweepSetup,
  events: SweepEvents,
): Promise<void> {
  const sweeper = sweeperFor(indexes(setup, events));
  events.onStart?.();
  for (const file of files)
    events.onReport(await sweeper.sweep(file, events.onHits, events.onBytes));
}

/**
 * Worker threads start outside the tsx loader the CLI runs under: a tiny ES module (a data: URL)
 * registers tsx's ESM hooks, then imports the TypeScript worker through them.
 */
function bootstrapUrl(): URL {
  const require = createRequire(import.meta.url);
  const packageJson = require.resolve('tsx/package.json');
  const manifest = require('tsx/package.json') as {
    exports: Record<string, { import: { default: string } }>;
  };
  const api = pathToFileURL(
    join(dirname(packageJson), manifest.exports['./esm/api']!.import.default),
  );
  const worker = new URL('./sweep-worker.ts', import.meta.url);
  const code = `import { register } from ${JSON.stringify(api.href)};
register();
await import(${JSON.stringify(worker.href)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(code)}`);
}

interface PoolWorker {
  readonly setUp: (setup: WorkerSetup) => void;
  readonly ready: Promise<void>;
  readonly done: Promise<void>;
  readonly start: () => void;
}

function startWorker(queue: SweepTask[], events: SweepEvents, parts: PartAssembler): PoolWorker {
  const worker = new Worker(bootstrapUrl());
  const send = (message: ToWorker) => worker.postMessage(message);
  let task: SweepTask | undefined;
  const next = () => {
    task = queue.shift();
    send(
      task === undefined
        ? { type: 'stop' }
        : { type: 'sweep', file: task.file, ...(task.part ? { part: task.part } : {}) },
    );
  };
  let onReady: () => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    onReady = resolve;
    fail = reject;
  });
  const done = new Promise<void>((resolve, reject) => {
    const failed = (error: Error) => {
      fail(error);
      reject(error);
      void worker.terminate();
    };
    worker.on('message', (message: FromWorker) => {
      switch (message.type) {
        case 'ready':
          return onReady();
        case 'hits':
          return parts.hits(task!, message.hits);
        case 'bytes':
          return events.onBytes(message.bytes);
        case 'report':
          parts.report(task!, message.report);
          return next();
        case 'failed':
          return failed(new Error(`sweep worker failed: ${message.message}`));
      }
    });
    worker.on('error', failed);
    worker.on('exit', () => resolve());
  });
  return { setUp: (setup) => send({ type: 'setup', setup }), ready, done, start: next };
}

/** Sweeps `files` (ordered largest first by the caller) with up to `jobs` workers. */
export async function sweepAll(
  files: readonly string[],
  setup: SweepSetup,
  jobs: number,
  events: SweepEvents,
): Promise<void> {
  if (jobs <= 1 || files.includes('-')) return sweepInline(files, setup, events);
  const queue = await splitInputs(files, splitOptionsFor(jobs, setup.minPartBytes));
  const workers = Math.min(jobs, queue.length);
  if (workers <= 1) return sweepInline(files, setup, events);
  const parts = new PartAssembler(events.onHits, events.onReport);
  // Workers load their modules while this thread builds the index.
  const pool = Array.from({ length: workers }, () => startWorker(queue, events, parts));
  const built = indexes(setup, events);
  for (const w of pool) w.setUp(built);
  // The sweep starts when every worker is ready, so the timing is the sweep's.
  await Promise.all(pool.map((w) => w.ready));
  events.onStart?.();
  for (const w of pool) w.start();
  await Promise.all(pool.map((w) => w.done));
}
