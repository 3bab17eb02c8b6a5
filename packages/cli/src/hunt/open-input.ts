/**
 * Opens one log input as a stream of byte chunks: a file or stdin, gzip transparently (by magic bytes,
 * not name) with a decompression-bomb limit on both the expansion ratio and the absolute size.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
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

async function* raw(path: string): AsyncGenerator<Buffer> {
  const stream: Readable =
    path === '-' ? process.stdin : createReadStream(path, { highWaterMark: CHUNK });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw new InputError('unreadable', `cannot read ${path}: ${(error as Error).message}`, {
      cause: error,
    });
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
  const source = raw(path);
  const first = await source.next();
  if (first.done) return;
  const head = first.value;
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    yield* gunzip(source, head, path, limits);
  } else {
    yield head;
    yield* source;
  }
}

/** NUL bytes in the first block mean a binary file (or UTF-16 text), which the sweep skips. */
export function looksBinary(head: Buffer): boolean {
  return head.subarray(0, 8192).includes(0);
}
