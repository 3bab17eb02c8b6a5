/**
 * Opens one log input as a stream of byte chunks: a file or stdin, gzip transparently (by magic bytes,
 * not name) with a decompression-bomb limit on both the expansion ratio and the absolute size.
 */
import { type FileHandle, open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';

export interface DecompressionLimits {
  /** Largest decompressed size of one input, in bytes. */
  readonly maxBytes: number;
  /** Largest decompressed/compressed ratio, checked once the output passes `ratioGraceBytes`. */
  readonly maxRatio: number;
  readonly ratioGraceBytes: number;
}

export const DEFAULT_LIMITS: DecompressionLimits = {
  maxBytes: 64 * 1024 ** 3,
  maxRatio: 1000,
  ratioGraceBytes: 64 * 1024 ** 2,
};

export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: 'unreadable' | 'decompression_limit' | 'corrupt_gzip',
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

const CHUNK = 1024 * 1024;

/** Waits for room in the gunzip buffer, or for its end when the reader stopped (bomb limit, error). */
function drained(
  gz: NodeJS.WritableStream & { once(event: string, listener: () => void): unknown },
): Promise<void> {
  return new Promise((resolve) => {
    gz.once('drain', resolve);
    gz.once('close', resolve);
  });
}

const unreadable = (path: string, error: unknown) =>
  new InputError('unreadable', `cannot read ${path}: ${(error as Error).message}`, {
    cause: error,
  });

async function openFile(path: string): Promise<FileHandle> {
  try {
    return await open(path, 'r');
  } catch (error) {
    throw unreadable(path, error);
  }
}

async function* stdin(): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of process.stdin) yield chunk as Buffer;
  } catch (error) {
    throw unreadable('-', error);
  }
}

/**
 * Reads into `target` (its first `length` bytes) at `position`, or at the file's current position when
 * null; the number of bytes read (0 at the end).
 */
async function readInto(
  file: FileHandle,
  path: string,
  target: Buffer,
  position: number | null = null,
  length = target.length,
): Promise<number> {
  try {
    return (await file.read(target, 0, length, position)).bytesRead;
  } catch (error) {
    throw unreadable(path, error);
  }
}

/**
 * A plain file read into two buffers used in turn: a fresh 1 MiB buffer per chunk cost the first sweep
 * of a process page faults on new memory (about a third of a second of system time per 100 MB), and
 * reused memory stays in the CPU caches. Each chunk is a new Buffer object over that memory, so
 * consumers that cache a search per block (by identity) start afresh; a chunk is valid until the next
 * but one is read, so whoever keeps bytes longer copies them (LineSplitter's pending line does). Reads
 * from `from` (null: the file's current position) up to `end`.
 */
async function* reusing(
  file: FileHandle,
  path: string,
  from: number | null,
  end = Number.POSITIVE_INFINITY,
): AsyncGenerator<Buffer> {
  const memory = [Buffer.allocUnsafeSlow(CHUNK), Buffer.allocUnsafeSlow(CHUNK)];
  for (let position = from ?? 0, turn = 0; position < end; turn++) {
    const target = memory[turn & 1]!;
    const length = Math.min(CHUNK, end - position);
    const bytesRead = await readInto(file, path, target, from === null ? null : position, length);
    if (bytesRead === 0) return;
    position += bytesRead;
    yield Buffer.from(target.buffer, target.byteOffset, bytesRead);
  }
}

/** The rest of a file after `first`, in fresh buffers (gunzip keeps what it is given for a while). */
async function* fresh(file: FileHandle, path: string): AsyncGenerator<Buffer> {
  for (;;) {
    const chunk = Buffer.allocUnsafe(CHUNK);
    const bytesRead = await readInto(file, path, chunk);
    if (bytesRead === 0) return;
    yield chunk.subarray(0, bytesRead);
  }
}

async function* gunzip(
  source: AsyncGenerator<Buffer>,
  first: Buffer,
  path: string,
  limits: DecompressionLimits,
): AsyncGenerator<Buffer> {
  const gz = createGunzip({ chunkSize: 256 * 1024 });
  let compressed = 0;
  let expanded = 0;
  const feed = (async () => {
    try {
      compressed += first.length;
      if (!gz.write(first)) await drained(gz);
      for await (const chunk of source) {
        compressed += chunk.length;
        if (gz.destroyed) return;
        if (!gz.write(chunk)) await drained(gz);
      }
      gz.end();
    } catch (error) {
      gz.destroy(error as Error);
    }
  })();
  try {
    for await (const chunk of gz) {
      const out = chunk as Buffer;
      expanded += out.length;
      if (expanded > limits.maxBytes) {
        throw new InputError(
          'decompression_limit',
          `${path}: decompresses beyond ${limits.maxBytes} bytes (bomb limit)`,
        );
      }
      if (expanded > limits.ratioGraceBytes && expanded > compressed * limits.maxRatio) {
        throw new InputError(
          'decompression_limit',
          `${path}: expands more than ${limits.maxRatio}:1 (bomb limit)`,
        );
      }
      yield out;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('corrupt_gzip', `${path}: bad gzip data: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    gz.destroy();
    await feed;
  }
}

/** The input's bytes, decompressed when it starts with the gzip magic number (RFC 1952 §2.3.1). */
export async function* openInput(
  path: string,
  limits: DecompressionLimits = DEFAULT_LIMITS,
): AsyncGenerator<Buffer> {
  if (path === '-') {
    const source = stdin();
    const first = await source.next();
    if (first.done) return;
    yield* decoded(first.value, source, path, limits);
    return;
  }
  const file = await openFile(path);
  try {
    const head = Buffer.allocUnsafe(CHUNK);
    const bytesRead = await readInto(file, path, head);
    if (bytesRead === 0) return;
    const first = head.subarray(0, bytesRead);
    if (isGzip(first)) yield* gunzip(fresh(file, path), first, path, limits);
    else {
      yield first;
      yield* reusing(file, path, null);
    }
  } finally {
    await file.close();
  }
}

/**
 * Bytes [start, end) of a plain file: one part of a big file that several workers sweep
 * (split-inputs.ts, which splits only files that are not gzip), in the same two reused buffers.
 */
export async function* openRange(path: string, start: number, end: number): AsyncGenerator<Buffer> {
  const file = await openFile(path);
  try {
    yield* reusing(file, path, start, end);
  } finally {
    await file.close();
  }
}

export const isGzip = (head: Buffer) => head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;

function decoded(
  first: Buffer,
  source: AsyncGenerator<Buffer>,
  path: string,
  limits: DecompressionLimits,
): AsyncGenerator<Buffer> {
  if (isGzip(first)) return gunzip(source, first, path, limits);
  return (async function* () {
    yield first;
    yield* source;
  })();
}

/** NUL bytes in the first block mean a binary file (or UTF-16 text), which the sweep skips. */
export function looksBinary(head: Buffer): boolean {
  return head.subarray(0, 8192).includes(0);
}
