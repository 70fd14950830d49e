// Accumulates COPY text as UTF-8 bytes, written field by field straight into a
// buffer. Building each row as one string instead (a template literal of two
// dozen parts) made a rope of cons-strings that was flattened again when
// encoded: about a tenth of the reader's time went to that flattening and to
// collecting the millions of short-lived rope nodes.
import { copyField } from "./copy-text";

/** Buffers kept for reuse: one per COPY batch that can be in flight, and one more. */
const MAX_SPARE = 6;
/** Strings shorter than this are encoded by a JavaScript loop (a native call costs more for them); longer ones natively. */
const NATIVE_FROM = 32;

const TAB = 9;
const LF = 10;

export class CopyBuffer {
  private buffer: Buffer;
  /** Buffers PostgreSQL has finished with (see recycle). */
  private spare: Buffer[] = [];
  private length = 0;

  constructor(private readonly initialSize = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(initialSize);
  }

  /** Room for `units` more UTF-16 units (3 UTF-8 bytes each at most) and a separator. */
  private reserve(units: number): void {
    const needed = this.length + units * 3 + 1;
    if (needed <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(needed, this.buffer.length * 2));
    this.buffer.copy(grown, 0, 0, this.length);
    this.buffer = grown;
  }

  /** COPY text as it is: already escaped, or made of characters that need no escaping. */
  write(text: string): void {
    const n = text.length;
    this.reserve(n);
    if (n >= NATIVE_FROM) {
      this.length += this.buffer.write(text, this.length, "utf8");
      return;
    }
    const b = this.buffer;
    let p = this.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        p += b.write(text.slice(i), p, "utf8");
        break;
      }
      b[p++] = c;
    }
    this.length = p;
  }

  /** A field separator, then `text` as it is (see write). */
  rawCell(text: string): void {
    this.tab();
    this.write(text);
  }

  /** A field separator, then a text value as a COPY field. */
  textCell(value: string | null): void {
    this.tab();
    this.field(value);
  }

  /** A text value as a COPY field: \N for null, backslashes and control characters escaped. */
  field(value: string | null): void {
    this.write(copyField(value));
  }

  /** The field separator. */
  private tab(): void {
    this.reserve(1);
    this.buffer[this.length++] = TAB;
  }

  /** The row terminator. */
  newline(): void {
    this.reserve(1);
    this.buffer[this.length++] = LF;
  }

  /** The bytes so far; the buffer starts empty again (another one, as the old may still be in flight). */
  take(): Buffer {
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
