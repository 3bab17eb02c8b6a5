/**
 * Worker thread: receives the specs in a message (not workerData, so they can be freed once indexed),
 * builds its own index, then sweeps the files the pool sends it.
 */
import { parentPort } from 'node:worker_threads';
import { IndicatorIndex } from '@vigil/core';
import { FileSweeper } from './sweep-file.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './sweep-protocol.ts';

const port = parentPort;
if (!port) throw new Error('sweep-worker must run in a worker thread');
const post = (message: FromWorker) => port.postMessage(message);

let sweeper: FileSweeper | undefined;
let pendingBytes = 0;

function setUp(setup: WorkerSetup): void {
  const index = new IndicatorIndex(
    setup.values === undefined ? setup.specs : setup.values.split('\n'),
  );
  sweeper = new FileSweeper(index, {
    ...(setup.allowSpecs ? { allow: new IndicatorIndex(setup.allowSpecs) } : {}),
    ...(setup.since === undefined ? {} : { since: setup.since }),
    syslogYear: setup.syslogYear,
    ...(setup.maxLine ? { maxLine: setup.maxLine } : {}),
  });
  post({ type: 'ready', unsupported: index.unsupported });
}

async function sweep(file: string): Promise<void> {
  const report = await sweeper!.sweep(
    file,
    (hits) => post({ type: 'hits', hits }),
    (bytes) => {
      pendingBytes += bytes;
      if (pendingBytes >= 8 * 1024 * 1024) {
        post({ type: 'bytes', bytes: pendingBytes });
        pendingBytes = 0;
      }
    },
  );
  if (pendingBytes > 0) post({ type: 'bytes', bytes: pendingBytes });
  pendingBytes = 0;
  post({ type: 'report', report });
}

port.on('message', (message: ToWorker) => {
  try {
    switch (message.type) {
      case 'setup':
        return setUp(message.setup);
      case 'sweep':
        return void sweep(message.file).catch((error: unknown) =>
          post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
        );
      case 'stop':
        return port.close();
    }
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
