// Tells CSV from JSON by the first meaningful character, so the right reader is
// chosen from the file itself rather than its name. Leading whitespace (and a
// BOM) is skipped however long it is, up to a sane limit.
import { open } from "node:fs/promises";

export type FileKind = "csv" | "json";

const CHUNK = 64 * 1024;
const MAX_LEADING = 16 * 1024 * 1024;

export async function detectFileKind(path: string): Promise<FileKind> {
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (let position = 0; position < MAX_LEADING; position += CHUNK) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
      if (bytesRead === 0) break;
      const text = buffer.subarray(0, bytesRead).toString("latin1").replace(/^\xEF\xBB\xBF/, "");
      const first = text.search(/\S/);
      if (first !== -1) return text[first] === "{" || text[first] === "[" ? "json" : "csv";
    }
    return "csv";
  } finally {
    await handle.close();
  }
}
