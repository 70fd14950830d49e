// Streaming text sink over fs.createWriteStream.
//
// Writers call write() for every line. Text is batched into ~64 KiB chunks (so
// a 700,000-row file is not 700,000 tiny stream writes), and when the stream's
// buffer is full we wait for 'drain' before continuing, so memory stays flat no
// matter how large the file is. The file is written under a temporary name and
// renamed when complete, so a reader never sees a half-written MRF.

import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { dirname } from "node:path";
import { finished } from "node:stream/promises";

const BATCH_CHARS = 64 * 1024;

export class FileSink {
  private stream: WriteStream;
  private pending: string[] = [];
  private pendingChars = 0;
  private byteCount = 0;
  private failure: Error | undefined;

  private constructor(
    readonly path: string,
    private readonly tmpPath: string,
  ) {
    this.stream = createWriteStream(tmpPath, { encoding: "utf8" });
    // Remember the first error; the next write/close rethrows it.
    this.stream.on("error", (err) => {
      this.failure ??= err;
    });
  }

  static async open(path: string): Promise<FileSink> {
    await mkdir(dirname(path), { recursive: true });
    // pid in the temporary name so two processes writing the same target do not collide.
    return new FileSink(path, `${path}.${process.pid}.tmp`);
  }

  /** Bytes written so far (UTF-8). */
  get bytes(): number {
    return this.byteCount;
  }

  /**
   * Queues text; returns a promise only when a flush had to wait for 'drain'.
   * Callers should `await` the result (awaiting undefined is cheap).
   */
  write(text: string): Promise<void> | undefined {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= BATCH_CHARS) return this.flush();
    return undefined;
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.pending.length === 0) return;
    const chunk = this.pending.join("");
    this.pending = [];
    this.pendingChars = 0;
    this.byteCount += Buffer.byteLength(chunk, "utf8");
    if (!this.stream.write(chunk)) {
      // Back-pressure: the OS is slower than we generate. once() also rejects on 'error'.
      await once(this.stream, "drain");
    }
    if (this.failure) throw this.failure;
  }

  /** Flushes, closes and moves the file into place. Returns the total byte count. */
  async close(): Promise<number> {
    try {
      await this.flush();
      this.stream.end();
      await finished(this.stream);
      if (this.failure) throw this.failure;
      await rename(this.tmpPath, this.path);
      return this.byteCount;
    } catch (err) {
      await this.abort();
      throw err;
    }
  }

  /** Discards the partial file (used when generation fails). */
  async abort(): Promise<void> {
    if (!this.stream.destroyed) this.stream.destroy();
    await rm(this.tmpPath, { force: true });
  }
}
