// Accumulates COPY text as UTF-8 bytes. Each row's string is written out at
// once and can die young; keeping rows as strings until a batch is sent would
// promote millions of them to the old generation and make GC the bottleneck.
export class CopyBuffer {
  private buffer: Buffer;
  length = 0;

  constructor(private readonly initialSize = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(initialSize);
  }

  write(text: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 unit.
    const needed = this.length + text.length * 3;
    if (needed > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length, "utf8");
  }

  /** The bytes so far; the buffer starts empty again (a new one, as the old may still be in flight). */
  take(): Buffer {
    const bytes = this.buffer.subarray(0, this.length);
    this.buffer = Buffer.allocUnsafe(Math.max(this.initialSize, this.length));
    this.length = 0;
    return bytes;
  }
}
