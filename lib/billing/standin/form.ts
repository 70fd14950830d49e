// Stripe's request encoding (application/x-www-form-urlencoded with bracketed keys:
// `items[0][price]=…`, `metadata[organization_id]=…`, `lookup_keys[0]=…`) back into objects.
// Hand-written because the stand-in needs only this one shape and no dependency does just it.
type Node = { [key: string]: Node | string };

export type FormValue = string | FormValue[] | { [key: string]: FormValue };

function arrays(node: Node | string): FormValue {
  if (typeof node === "string") return node;
  const keys = Object.keys(node);
  const values = Object.fromEntries(keys.map((k) => [k, arrays(node[k]!)]));
  if (keys.length > 0 && keys.every((k) => /^\d+$/.test(k))) return keys.sort((a, b) => Number(a) - Number(b)).map((k) => values[k]!);
  return values;
}

export function parseForm(body: string): Record<string, FormValue> {
  const root: Node = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const parts = [...rawKey.matchAll(/[^[\]]+|\[\]/g)].map((m) => m[0]);
    let node = root;
    parts.forEach((part, i) => {
      const key = part === "[]" ? String(Object.keys(node).length) : part;
      if (i === parts.length - 1) node[key] = value;
      else node = (node[key] = typeof node[key] === "object" ? node[key] : {}) as Node;
    });
  }
  return arrays(root) as Record<string, FormValue>;
}
