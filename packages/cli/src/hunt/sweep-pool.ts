/**
 * Spreads the inputs over worker threads (one per core by default, largest files first); each worker
 * keeps its own index, so the main thread only prints. One input, stdin, or --jobs 1 runs inline.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { IndicatorIndex, type UnsupportedIndicator } from '@vigil/core';
import { FileSweeper } from './sweep-file.ts';
import type { FileReport, SweepHit } from './sweep-file.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './sweep-protocol.ts';

export interface SweepEvents {
  readonly onHits: (hits: readonly SweepHit[]) => void;
  readonly onReport: (report: FileReport) => void;
  readonly onBytes: (bytes: number) => void;
  /** Indicators the index could not take (reported once). */
  readonly onUnsupported: (unsupported: readonly UnsupportedIndicator[]) => void;
  /** Indexes are built: the sweep proper starts now. */
  readonly onStart?: () => void;
}

async function sweepInline(
  files: readonly string[],
  setup: WorkerSetup,
  events: SweepEvents,
): Promise<void> {
  const index = new IndicatorIndex(setup.specs);
  events.onUnsupported(index.unsupported);
  events.onStart?.();
  const sweeper = new FileSweeper(index, {
    ...(setup.allowSpecs ? { allow: new IndicatorIndex(setup.allowSpecs) } : {}),
    ...(setup.since === undefined ? {} : { since: setup.since }),
    syslogYear: setup.syslogYear,
    ...(setup.maxLine ? { maxLine: setup.maxLine } : {}),
  });
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
  readonly ready: Promise<void>;
  readonly done: Promise<void>;
  readonly start: () => void;
}

function startWorker(
  queue: string[],
  setup: WorkerSetup,
  events: SweepEvents,
  first: boolean,
): PoolWorker {
  const worker = new Worker(bootstrapUrl());
  const send = (message: ToWorker) => worker.postMessage(message);
  const next = () => {
    const file = queue.shift();
    send(file === undefined ? { type: 'stop' } : { type: 'sweep', file });
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
          if (first) events.onUnsupported(message.unsupported);
          return onReady();
        case 'hits':
          return events.onHits(message.hits);
        case 'bytes':
          return events.onBytes(message.bytes);
        case 'report':
          events.onReport(message.report);
          return next();
        case 'failed':
          return failed(new Error(`sweep worker failed: ${message.message}`));
      }
    });
    worker.on('error', failed);
    worker.on('exit', () => resolve());
  });
  send({ type: 'setup', setup });
  return { ready, done, start: next };
}

/**
 * When every indicator is a bare value named by itself (plain IOC lists), the workers get one
 * newline-joined string instead of the spec objects: structured-cloning a million objects into each
 * worker was the largest transient at 1M indicators. Hits name specs by position, which both forms keep.
 */
function asPlainValues(setup: WorkerSetup): WorkerSetup {
  const plain =
    setup.specs.length > 0 &&
    setup.specs.every(
      (s) =>
        s.pattern === undefined &&
        s.value !== undefined &&
        s.ref === s.value &&
        !s.value.includes('\n'),
    );
  return plain
    ? { ...setup, specs: [], values: setup.specs.map((s) => s.value).join('\n') }
    : setup;
}

/** Sweeps `files` (ordered largest first by the caller) with up to `jobs` workers. */
export async function sweepAll(
  files: readonly string[],
  setup: WorkerSetup,
  jobs: number,
  events: SweepEvents,
): Promise<void> {
  const workers = Math.min(jobs, files.length);
  if (workers <= 1 || files.includes('-')) return sweepInline(files, setup, events);
  const queue = [...files];
  const workerSetup = asPlainValues(setup);
  const pool = Array.from({ length: workers }, (_, i) =>
    startWorker(queue, workerSetup, events, i === 0),
  );
  // Every worker indexes first; the sweep starts when all are ready, so the timing is the sweep's.
  await Promise.all(pool.map((w) => w.ready));
  events.onStart?.();
  for (const w of pool) w.start();
  await Promise.all(pool.map((w) => w.done));
}
