// PostgreSQL COPY text format: tab-separated, \N for NULL, backslash escapes.
// NUL cannot be stored in a PostgreSQL text value at all, so it becomes U+FFFD
// (as undecodable bytes already do) rather than aborting the whole load.
const ESCAPES: Record<string, string> = { "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\uFFFD" };
const SPECIAL = /[\\\n\r\t\0]/;
const SPECIAL_ALL = /[\\\n\r\t\0]/g;

export type CopyValue = string | number | bigint | boolean | null | undefined;

export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value !== "string") return String(value);
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c]!) : value;
}
