// Accumulates COPY text as UTF-8 bytes. Rows are joined into a short string
// (a few dozen rows) and encoded together: one encoding call per row costs
// about as much again as the encoding itself. The string stays small, so its rows still die
// young; keeping a whole batch as strings until it is sent would promote
// millions of them to the old generation and make GC the bottleneck.
const PENDING_CHARS = 16 * 1024;
/** Buffers kept for reuse: one per COPY batch that can be in flight, and one more. */
const MAX_SPARE = 6;

export class CopyBuffer {
  private buffer: Buffer;
  /** Buffers PostgreSQL has finished with (see recycle). */
  private spare: Buffer[] = [];
  private pending = "";
  private length = 0;

  constructor(private readonly initialSize = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(initialSize);
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= PENDING_CHARS) this.encode();
  }

  private encode(): void {
    const text = this.pending;
    this.pending = "";
    // UTF-8 needs at most 3 bytes per UTF-16 unit.
    const needed = this.length + text.length * 3;
    if (needed > this.buffer.length) {
      const grown = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length, "utf8");
  }

  /** The bytes so far; the buffer starts empty again (another one, as the old may still be in flight). */
  take(): Buffer {
    if (this.pending.length > 0) this.encode();
    const bytes = this.buffer.subarray(0, this.length);
    this.buffer = this.spare.pop() ?? Buffer.allocUnsafe(Math.max(this.initialSize, this.length));
    this.length = 0;
    return bytes;
  }

  /**
   * Hands back bytes `take()` returned, once they are sent: later batches reuse
   * the buffer. Allocating one per batch instead left dead megabytes for the
   * collector, which it frees late (they are outside V8's heap): about 50 MB of
   * peak RSS on files with an item per row.
   */
  recycle(bytes: Buffer): void {
    if (this.spare.length < MAX_SPARE) this.spare.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.buffer.byteLength - bytes.byteOffset));
  }
}
