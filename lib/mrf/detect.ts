// Tells CSV from JSON by the first meaningful byte, and reads the version, so
// the right reader is chosen from the file itself rather than its name.
import { open } from "node:fs/promises";

export type FileKind = "csv" | "json";

export async function detectFileKind(path: string): Promise<FileKind> {
  const handle = await open(path, "r");
  try {
    // Enough to get past any leading whitespace a JSON file may start with.
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const head = buffer.subarray(0, bytesRead).toString("utf8").replace(/^\uFEFF/, "").trimStart();
    return head.startsWith("{") || head.startsWith("[") ? "json" : "csv";
  } finally {
    await handle.close();
  }
}
