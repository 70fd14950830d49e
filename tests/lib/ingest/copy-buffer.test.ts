import { describe, expect, it } from "vitest";
import { CopyBuffer } from "../../../lib/ingest/copy-buffer";
import { copyField } from "../../../lib/ingest/copy-text";

/** Deterministic strings of tricky characters: COPY specials, NUL, accents, emoji, lone surrogates. */
function strings(): string[] {
  const alphabet = ["a", "Z", "7", " ", ",", '"', "\t", "\n", "\r", "\\", "\0", "é", "ñ", "€", "😀", "\uD800", "\uDFFF", "|"];
  let seed = 42;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const out = ["", "plain", "x".repeat(31), "x".repeat(32), "y".repeat(200) + "\t", "MRI of brain\\n (no contrast)"];
  for (let i = 0; i < 300; i++) {
    const length = next() % 70;
    out.push(Array.from({ length }, () => alphabet[next() % alphabet.length]).join(""));
  }
  return out;
}

describe("CopyBuffer", () => {
  it("writes each text value exactly as copyField's COPY text, encoded as UTF-8", () => {
    const buffer = new CopyBuffer(16);
    let expected = "";
    for (const s of strings()) {
      buffer.field(s);
      buffer.textCell(s);
      buffer.rawCell(copyField(s));
      buffer.newline();
      expected += `${copyField(s)}\t${copyField(s)}\t${copyField(s)}\n`;
    }
    buffer.field(null);
    buffer.textCell(null);
    expected += "\\N\t\\N";
    expect(buffer.take().equals(Buffer.from(expected, "utf8"))).toBe(true);
  });

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
