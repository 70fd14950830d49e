// A JSON document as an editable tree that can say things JSON.stringify cannot:
// duplicated keys, "__proto__" as a plain key, and raw tokens such as 1e999 or
// a 100,000-level nesting (kept as text, so serializing never recurses deeply).

export class Raw {
  constructor(readonly text: string) {}
}

export class Obj {
  constructor(readonly entries: [string, Node][] = []) {}
}

export type Node = null | boolean | number | string | Raw | Obj | Node[];

/** Converts parsed JSON (own keys only, so a parsed "__proto__" key survives). */
export function toTree(value: unknown): Node {
  if (value === null || typeof value === "boolean" || typeof value === "number" || typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(toTree);
  if (typeof value === "object") {
    return new Obj(Object.keys(value as object).map((k) => [k, toTree((value as Record<string, unknown>)[k])]));
  }
  return null;
}

export function serialize(node: Node, indent = false, depth = 0): string {
  if (node instanceof Raw) return node.text;
  if (node instanceof Obj) {
    if (node.entries.length === 0) return "{}";
    const pad = indent ? `\n${"  ".repeat(depth + 1)}` : "";
    const end = indent ? `\n${"  ".repeat(depth)}` : "";
    const parts = node.entries.map(([k, v]) => `${pad}${JSON.stringify(k)}:${indent ? " " : ""}${serialize(v, indent, depth + 1)}`);
    return `{${parts.join(",")}${end}}`;
  }
  if (Array.isArray(node)) {
    if (node.length === 0) return "[]";
    const pad = indent ? `\n${"  ".repeat(depth + 1)}` : "";
    const end = indent ? `\n${"  ".repeat(depth)}` : "";
    return `[${node.map((v) => `${pad}${serialize(v, indent, depth + 1)}`).join(",")}${end}]`;
  }
  // JSON.stringify of NaN/Infinity gives "null"; numbers here come from parsed JSON, so they are finite.
  return JSON.stringify(node);
}

/** A place in the tree that can be read and replaced. */
export interface Slot {
  path: string;
  get(): Node;
  set(value: Node): void;
  /** The object or array holding the slot. */
  parent: Obj | Node[];
}

/** Every slot below the root, in document order. */
export function slots(root: Node): Slot[] {
  const out: Slot[] = [];
  const stack: { node: Node; path: string }[] = [{ node: root, path: "$" }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (node instanceof Obj) {
      node.entries.forEach((entry, i) => {
        const p = `${path}.${entry[0]}`;
        out.push({ path: p, parent: node, get: () => node.entries[i]![1], set: (v) => void (node.entries[i]![1] = v) });
        stack.push({ node: entry[1], path: p });
      });
    } else if (Array.isArray(node)) {
      node.forEach((child, i) => {
        const p = `${path}[${i}]`;
        out.push({ path: p, parent: node, get: () => node[i]!, set: (v) => void (node[i] = v) });
        stack.push({ node: child, path: p });
      });
    }
  }
  return out;
}

export function objects(root: Node): Obj[] {
  const out: Obj[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node instanceof Obj) {
      out.push(node);
      for (const [, v] of node.entries) stack.push(v);
    } else if (Array.isArray(node)) {
      stack.push(...node);
    }
  }
  return out;
}

/** Nesting `depth` levels deep, as text (closed, or left open to end the file mid-structure). */
export function nested(depth: number, kind: "array" | "object" | "mixed", closed: boolean): Raw {
  const open = kind === "array" ? "[" : kind === "object" ? '{"a":' : '[{"a":';
  const close = kind === "array" ? "]" : kind === "object" ? "}" : "}]";
  const levels = kind === "mixed" ? Math.ceil(depth / 2) : depth;
  return new Raw(open.repeat(levels) + (closed ? (kind === "array" ? "" : "1") + close.repeat(levels) : ""));
}
