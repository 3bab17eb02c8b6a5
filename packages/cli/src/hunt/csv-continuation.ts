/**
 * RFC 4180 lets a quoted CSV field hold line breaks, so one record may span lines. A line with an odd
 * number of `"` opens such a record (quotes inside a field are doubled, so a whole record always has an
 * even count) and the next line with an odd count closes it. Bounded: a record still open after
 * MAX_RECORD_LINES lines or MAX_RECORD_BYTES bytes (a stray quote) is given up, and its lines are
 * scanned as text by the caller.
 */
export const MAX_RECORD_LINES = 64;
export const MAX_RECORD_BYTES = 1024 * 1024;

/** Whether block[start, end) holds an odd number of double quotes. */
export function oddQuotes(block: Buffer, start: number, end: number): boolean {
  let odd = false;
  for (let i = block.indexOf(34, start); i >= 0 && i < end; i = block.indexOf(34, i + 1))
    odd = !odd;
  return odd;
}

export interface HeldLine {
  readonly buf: Buffer;
  readonly line: number;
}

/** The lines of one CSV record still open (copied: the read block is reused). */
export class CsvContinuation {
  private held: HeldLine[] = [];
  private bytes = 0;

  get open(): boolean {
    return this.held.length > 0;
  }

  /** Past the bounds: the record is given up. */
  get overlong(): boolean {
    return this.held.length > MAX_RECORD_LINES || this.bytes > MAX_RECORD_BYTES;
  }

  /** The line number the record starts on. */
  get line(): number {
    return this.held[0]?.line ?? 0;
  }

  add(block: Buffer, start: number, end: number, line: number): void {
    this.held.push({ buf: Buffer.from(block.subarray(start, end)), line });
    this.bytes += end - start + 1;
  }

  /** The whole record, its lines joined by the newline the split removed; the holder is emptied. */
  take(): string {
    const record = this.held.map((h) => h.buf.toString('utf8')).join('\n');
    this.clear();
    return record;
  }

  /** The held lines, for a record given up; the holder is emptied. */
  drain(): HeldLine[] {
    const held = this.held;
    this.clear();
    return held;
  }

  private clear(): void {
    this.held = [];
    this.bytes = 0;
  }
}
