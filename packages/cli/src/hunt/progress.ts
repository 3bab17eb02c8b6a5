/** A one-line progress display with throughput on stderr, only when stderr is a terminal. */
export class Progress {
  private bytes = 0;
  private hits = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private readonly enabled: boolean;

  constructor(
    private readonly totalBytes: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = stream.isTTY === true;
  }

  add(bytes: number, hits = 0): void {
    this.bytes += bytes;
    this.hits += hits;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 200) return;
    this.lastDraw = now;
    const mb = this.bytes / 1e6;
    const rate = mb / Math.max((now - this.started) / 1000, 0.001);
    const of = this.totalBytes > 0 ? ` of ${(this.totalBytes / 1e6).toFixed(0)} MB (on disk)` : '';
    this.stream.write(
      `\r\x1b[Kswept ${mb.toFixed(0)} MB${of}, ${rate.toFixed(0)} MB/s, ${this.hits} hit(s)`,
    );
  }

  done(): void {
    if (this.enabled && this.lastDraw > 0) this.stream.write('\r\x1b[K');
  }
}
