import { describe, expect, it } from "vitest";
import { CopyBuffer } from "../../../lib/ingest/copy-buffer";

describe("CopyBuffer", () => {
  it("returns each batch's bytes intact while later batches reuse recycled buffers", () => {
    const buffer = new CopyBuffer(16);
    const sent: { bytes: Buffer; text: string }[] = [];
    for (let batch = 0; batch < 20; batch++) {
      // Batches of different lengths, some larger than the buffer (it grows), with non-ASCII text.
      const text = Array.from({ length: (batch % 5) * 700 + 1 }, (_, i) => `${batch}:${i}:é\n`).join("");
      buffer.write(text);
      const bytes = buffer.take();
      sent.push({ bytes, text });
      // Two batches stay "in flight" (not recycled) while the next ones are built.
      if (sent.length > 2) {
        const done = sent.shift()!;
        expect(done.bytes.toString("utf8")).toBe(done.text);
        buffer.recycle(done.bytes);
      }
    }
    for (const s of sent) expect(s.bytes.toString("utf8")).toBe(s.text);
  });

  it("gives an empty batch when nothing was written", () => {
    const buffer = new CopyBuffer();
    expect(buffer.take().length).toBe(0);
  });
});
