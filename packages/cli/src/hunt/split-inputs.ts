/**
 * The sweep's work list: one task per input, except that a big plain file of text or JSON lines is cut
 * into parts of whole lines, so one 20 GB proxy log keeps every worker busy instead of one. Other
 * formats stay whole: gzip streams cannot be entered in the middle, a CSV record may span lines and
 * needs its header, Zeek its header lines, a JSON document its whole text.
 */
import { type FileHandle, open, stat } from 'node:fs/promises';
import { isGzip, looksBinary } from './open-input.ts';
import { detectFormat, type FilePart, startsWithBom } from './sweep-file.ts';

export interface SweepTask {
  readonly file: string;
  /** Absent: the whole input. */
  readonly part?: FilePart;
  /** Which part of how many (parts are numbered from 0 in file order). */
  readonly index?: number;
  readonly parts?: number;
}

export interface SplitOptions {
  readonly workers: number;
  /** Parts are at least this big (and the file twice this to be cut at all). */
  readonly minPartBytes: number;
  /** At most this many parts per file (a few per worker, so workers that finish early take more). */
  readonly maxParts: number;
}

export const splitOptionsFor = (workers: number, minPartBytes = 16 * 1024 ** 2): SplitOptions => ({
  workers,
  minPartBytes,
  maxParts: 4 * workers,
});

/**
 * How big a part is: half a worker's fair share of all the bytes, so only a file that would keep one
 * worker busy while the others idle is cut. Each part costs a little (an open, a message, fresh read
 * buffers): the hunt bench's six equal 50 MB files, which keep two workers busy whole, swept a few
 * percent slower when each was cut in three.
 */
const partBytes = (total: number, options: SplitOptions): number =>
  Math.max(options.minPartBytes, total / (2 * options.workers));

/**
 * Enough of the head for the first line's format (sweep-file.ts reads 64 KiB of it too); the same
 * buffer then reads ahead for the line starts where parts begin.
 */
const HEAD_BYTES = 64 * 1024;

/** The tasks for `files` (kept in their order; parts of a file in file order). */
export async function splitInputs(
  files: readonly string[],
  options: SplitOptions,
): Promise<SweepTask[]> {
  const sizes = await Promise.all(files.map(sizeOf));
  const target = partBytes(
    sizes.reduce((a, b) => a + b, 0),
    options,
  );
  const tasks: SweepTask[] = [];
  for (const [k, file] of files.entries()) {
    const size = sizes[k]!;
    const parts = size < 2 * target ? undefined : await partsOf(file, size, target, options);
    if (!parts || parts.length < 2) tasks.push({ file });
    else parts.forEach((part, index) => tasks.push({ file, part, index, parts: parts.length }));
  }
  return tasks;
}

/** A file's size; 0 for stdin and what cannot be read (the sweep reports it). */
async function sizeOf(file: string): Promise<number> {
  if (file === '-') return 0;
  try {
    return (await stat(file)).size;
  } catch {
    return 0;
  }
}

/** The parts of one file, or undefined to sweep it whole (unreadable files are reported by the sweep). */
async function partsOf(
  file: string,
  size: number,
  target: number,
  options: SplitOptions,
): Promise<FilePart[] | undefined> {
  let handle: FileHandle;
  try {
    handle = await open(file, 'r');
  } catch {
    return undefined;
  }
  try {
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const first = head.subarray(0, bytesRead);
    if (isGzip(first) || looksBinary(first)) return undefined;
    const newline = first.indexOf(10);
    if (newline < 0) return undefined;
    const bom = startsWithBom(first) ? 3 : 0;
    const format = detectFormat(file, first.toString('utf8', bom, newline));
    if (format !== 'text' && format !== 'jsonl') return undefined;
    const count = Math.min(options.maxParts, Math.floor(size / target));
    const starts = [0];
    for (let k = 1; k < count; k++) {
      const start = await lineStartFrom(handle, head, Math.floor((size * k) / count), size);
      if (start > starts.at(-1)! && start < size) starts.push(start);
    }
    // The last part reads to the end of the file, as a whole-file sweep does: a log still being written
    // is swept as far as it has grown, not only as far as it had when the parts were planned.
    return starts.map((start, k) => ({
      start,
      end: starts[k + 1] ?? Number.POSITIVE_INFINITY,
      format,
    }));
  } catch {
    return undefined;
  } finally {
    await handle.close();
  }
}

/**
 * Where the first line starting at or after `position` starts (a line starts after a newline), read
 * through `probe` a buffer at a time.
 */
async function lineStartFrom(
  handle: FileHandle,
  probe: Buffer,
  position: number,
  size: number,
): Promise<number> {
  for (let at = position - 1; at < size; at += probe.length) {
    const { bytesRead } = await handle.read(probe, 0, probe.length, at);
    if (bytesRead === 0) break;
    const newline = probe.subarray(0, bytesRead).indexOf(10);
    if (newline >= 0) return at + newline + 1;
  }
  return size;
}
