// Every download or extraction gets its own directory under the temp root, so
// the file inside can keep the name the hospital gave it (ingest reports use
// the basename) and removing the directory removes everything, whatever stage
// a failure happened at.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export const TEMP_PREFIX = "priceline-";

export interface TempDir {
  readonly dir: string;
  /** Path of a file called `name` (made safe) inside the directory. */
  file(name: string): string;
  /** Removes the directory and everything in it; safe to call more than once. */
  remove(): Promise<void>;
}

export async function createTempDir(root: string = os.tmpdir()): Promise<TempDir> {
  const dir = await mkdtemp(path.join(root, TEMP_PREFIX));
  let removed: Promise<void> | undefined;
  return {
    dir,
    file: (name) => path.join(dir, safeFileName(name)),
    remove: () => (removed ??= rm(dir, { recursive: true, force: true })),
  };
}

/**
 * A file name taken from a URL, a Content-Disposition header or a zip entry,
 * reduced to something that cannot escape the temp directory or confuse a
 * shell: no separators, no leading dots, printable ASCII, bounded length.
 */
export function safeFileName(name: string, fallback = "download"): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .replace(/^[._]+/, "")
    .slice(-120);
  return cleaned || fallback;
}
