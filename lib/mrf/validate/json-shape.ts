// Tiny helpers for checking parsed JSON values the way JSON Schema does:
// "required" means the key is present (whatever its value), types are JSON types.

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function has(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** A number > 0 (JSON Schema "type": "number", "exclusiveMinimum": 0). */
export function isPositiveNumber(value: unknown): boolean {
  return typeof value === "number" && value > 0;
}

/** The JSON type name of a value, for messages ("a string", "an array", …). */
export function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list (array)";
  if (typeof value === "object") return "an object";
  if (typeof value === "string") return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  return `${typeof value === "number" ? "the number" : typeof value === "boolean" ? "the boolean" : typeof value} ${String(value)}`;
}

/** Path of a child: $.a + b → $.a.b; $.a + 0 → $.a[0]. */
export function child(path: string, key: string | number): string {
  return typeof key === "number" ? `${path}[${key}]` : /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}
