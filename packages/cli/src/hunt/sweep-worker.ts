/**
 * Worker thread: receives the index the main thread built (shared memory, no copy and no rebuild), then
 * sweeps the files (or parts of files) the pool sends it.
 */
import { parentPort } from 'node:worker_threads';
import type { FilePart, FileSweeper } from './sweep-file.ts';
import { sweeperFor } from './sweeper-for.ts';
import type { FromWorker, ToWorker, WorkerSetup } from './sweep-protocol.ts';

const port = parentPort;
if (!port) throw new Error('sweep-worker must run in a worker thread');
const post = (message: FromWorker) => port.postMessage(message);

let sweeper: FileSweeper | undefined;
let pendingBytes = 0;

function setUp(setup: WorkerSetup): void {
  sweeper = sweeperFor(setup);
  post({ type: 'ready' });
}

async function sweep(file: string, part: FilePart | undefined): Promise<void> {
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
    part,
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
        return void sweep(message.file, message.part).catch((error: unknown) =>
          post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
        );
      case 'stop':
        return port.close();
    }
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
