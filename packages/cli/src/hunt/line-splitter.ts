/**
 * Cuts a byte stream into lines without decoding it: each line is handed to `onLine` as a range of a
 * block of whole lines (the scanner works on bytes). Memory stays bounded: a line longer than `maxLine`
 * bytes is handed over in pieces cut at whitespace where possible. What it keeps across pushes (the
 * start of a line cut by the chunk's end) it copies: the reader reuses its chunks' memory.
 */
export type LineSink = (block: Buffer, start: number, end: number, piece: boolean) => void;

export class LineSplitter {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** 1-based number of the line being read. */
  line = 1;
  oversizedLines = 0;
  private inOversized = false;

  constructor(
    private readonly onLine: LineSink,
    private readonly maxLine = 1024 * 1024,
  ) {}

  push(chunk: Buffer): void {
    const lastNewline = chunk.lastIndexOf(10);
    if (lastNewline < 0) {
      this.pending.push(Buffer.from(chunk));
      this.pendingBytes += chunk.length;
      if (this.pendingBytes > this.maxLine) this.flushPiece();
      return;
    }
    let start = 0;
    if (this.pending.length > 0) {
      // Only the line cut by the previous chunk is copied; the chunk's own lines are read in place.
      const firstNewline = chunk.indexOf(10);
      const first = Buffer.concat([...this.pending, chunk.subarray(0, firstNewline + 1)]);
      this.lines(first, 0, first.length);
      start = firstNewline + 1;
    }
    this.pending =
      lastNewline + 1 < chunk.length ? [Buffer.from(chunk.subarray(lastNewline + 1))] : [];
    this.pendingBytes = chunk.length - lastNewline - 1;
    this.lines(chunk, start, lastNewline + 1);
  }

  end(): void {
    if (this.pendingBytes === 0) return;
    const block = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    this.emit(block, 0, block.length, this.inOversized);
    this.line++;
  }

  /**
   * Takes whole lines a block at a time from now on: `onBlock(block, start, end)` gets runs of whole
   * lines (each ending with a newline), so a consumer that scans many lines at once saves a call per
   * line; `lineAt` numbers the lines it reports. Over-long lines still come to `onLine` in pieces.
   */
  onBlock: LineSink | undefined;
  /** Positions of the newlines of the block being handed to onBlock (found once, for lineAt). */
  private newlines = new Int32Array(16384);
  private newlineCount = 0;

  /** While in onBlock: the positions of the block's newlines, one per line (valid until it returns). */
  blockNewlines(): Int32Array {
    return this.newlines.subarray(0, this.newlineCount);
  }

  /** While in onBlock: the 1-based number of the line holding block position `pos`. */
  lineAt(pos: number): number {
    let low = 0;
    let high = this.newlineCount;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.newlines[mid]! < pos) low = mid + 1;
      else high = mid;
    }
    return this.line + low;
  }

  /** The lines of block[start, end), which ends with a newline. */
  private lines(block: Buffer, start: number, end: number): void {
    while (start < end) {
      if (this.onBlock && !this.inOversized) {
        let count = 0;
        for (
          let nl = block.indexOf(10, start);
          nl >= 0 && nl < end;
          nl = block.indexOf(10, nl + 1)
        ) {
          if (count === this.newlines.length) {
            const grown = new Int32Array(count * 2);
            grown.set(this.newlines);
            this.newlines = grown;
          }
          this.newlines[count++] = nl;
        }
        this.newlineCount = count;
        this.onBlock(block, start, end, false);
        this.line += count;
        this.newlineCount = 0;
        return;
      }
      const nl = block.indexOf(10, start);
      this.emit(block, start, nl, this.inOversized);
      this.inOversized = false;
      this.line++;
      start = nl + 1;
    }
  }

  private emit(block: Buffer, start: number, end: number, piece: boolean): void {
    if (end > start && block[end - 1] === 13) end--;
    this.onLine(block, start, end, piece);
  }

  /** Hands over the first part of an over-long line, cut at the last blank so no token is split. */
  private flushPiece(): void {
    const block = Buffer.concat(this.pending);
    let cut = block.length;
    for (let i = block.length - 1; i > block.length / 2; i--) {
      if (block[i] === 32 || block[i] === 9 || block[i] === 44) {
        cut = i + 1;
        break;
      }
    }
    if (!this.inOversized) this.oversizedLines++;
    const piece = block.subarray(0, cut);
    this.emit(piece, 0, piece.length, true);
    this.inOversized = true;
    this.pending = cut < block.length ? [block.subarray(cut)] : [];
    this.pendingBytes = block.length - cut;
  }
}
