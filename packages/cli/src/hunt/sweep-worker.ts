/** Worker thread: builds its own index from the specs, then sweeps the files the pool sends it. */
import { parentPort, workerData } from 'node:worker_threads';
import { IndicatorIndex } from '@vigil/core';
import { FileSweeper } from './sweep-file.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './sweep-protocol.ts';

const port = parentPort;
if (!port) throw new Error('sweep-worker must run in a worker thread');
const post = (message: FromWorker) => port.postMessage(message);

try {
  const setup = workerData as WorkerSetup;
  const index = new IndicatorIndex(setup.specs);
  const sweeper = new FileSweeper(index, {
    ...(setup.allowSpecs ? { allow: new IndicatorIndex(setup.allowSpecs) } : {}),
    ...(setup.since === undefined ? {} : { since: setup.since }),
    syslogYear: setup.syslogYear,
    ...(setup.maxLine ? { maxLine: setup.maxLine } : {}),
  });
  let pendingBytes = 0;
  port.on('message', (message: ToWorker) => {
    if (message.type === 'stop') {
      port.close();
      return;
    }
    void sweeper
      .sweep(
        message.file,
        (hits) => post({ type: 'hits', hits }),
        (bytes) => {
          pendingBytes += bytes;
          if (pendingBytes >= 8 * 1024 * 1024) {
            post({ type: 'bytes', bytes: pendingBytes });
            pendingBytes = 0;
          }
        },
      )
      .then((report) => {
        if (pendingBytes > 0) post({ type: 'bytes', bytes: pendingBytes });
        pendingBytes = 0;
        post({ type: 'report', report });
      });
  });
  post({ type: 'ready', unsupported: index.unsupported });
} catch (error) {
  post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
}
