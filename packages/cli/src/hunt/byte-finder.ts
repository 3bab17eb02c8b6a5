/**
 * "Does bytes[start, end) hold byte B?" for consecutive lines of one block, in time linear in the block:
 * the next position of B is found once with a native search and reused until a line passes it (a search
 * per line bounded to the line would need a subarray object per line).
 */
export class ByteFinder {
  private block: Uint8Array | undefined;
  /** Next position of the byte at or after the last asked start, or -1 when the block has no more. */
  private next = -1;

  constructor(private readonly byte: number) {}

  /** Ranges must be asked in increasing order within a block. */
  within(block: Uint8Array, start: number, end: number): boolean {
    if (block !== this.block || (this.next >= 0 && this.next < start)) {
      this.block = block;
      this.next = block.indexOf(this.byte, start);
    }
    return this.next >= 0 && this.next < end;
  }
}
