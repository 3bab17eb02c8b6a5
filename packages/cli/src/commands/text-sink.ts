/**
 * Writes many small strings to a stream in large chunks, waiting when the stream asks to (backpressure),
 * so a bundle of any size passes through a bounded buffer.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

const CHUNK = 1 << 20;

export interface TextSink {
  readonly write: (piece: string) => Promise<void> | void;
  /** Writes what is buffered. */
  readonly flush: () => Promise<void>;
}

export function textSink(stream: Writable): TextSink {
  let pieces: string[] = [];
  let size = 0;
  const flush = async () => {
    if (size === 0) return;
    const chunk = pieces.join('');
    pieces = [];
    size = 0;
    // events.once rejects if the stream errors while we wait.
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  return {
    write: (piece) => {
      pieces.push(piece);
      size += piece.length;
      return size >= CHUNK ? flush() : undefined;
    },
    flush,
  };
}
