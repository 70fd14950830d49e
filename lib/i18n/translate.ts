// t() and rich(): a message by key, its {placeholders} filled, its plural form chosen by `n`,
// and (rich only) its <tag>…</tag> spans turned into markup. Written by hand: the message
// syntax needed here is three rules, and a typed key/placeholder check matters more than ICU
// MessageFormat's breadth.
import { createElement, Fragment, type ReactNode } from "react";
import { formatters, type Formatters } from "./format";
import { en, type Messages, type PluralMessage } from "./messages/en";
import { es } from "./messages/es";
import { type Locale } from "./locales";

const DICTIONARIES: Record<Locale, Messages> = { en, es };

export type MessageKey = keyof typeof en;

// ── Types: which values a message takes, read from the English text ─────────────────────────
type Source<K extends MessageKey> = (typeof en)[K];
type Texts<K extends MessageKey> = Source<K> extends string ? Source<K> : Source<K>[keyof Source<K>] & string;
type PlaceholdersIn<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | PlaceholdersIn<Rest> : never;
type TagsIn<S> = S extends `${string}<${infer T}>${infer Rest}`
  ? (T extends `/${string}` ? never : T) | TagsIn<Rest>
  : never;
type Placeholders<K extends MessageKey> = PlaceholdersIn<Texts<K>>;
type Tags<K extends MessageKey> = TagsIn<Texts<K>>;
type IsPlural<K extends MessageKey> = Source<K> extends string ? false : true;
type Count<K extends MessageKey> = IsPlural<K> extends true ? { n: number } : unknown;

/** The values t() needs for a message: one per {placeholder}, and `n` (a number) for plural messages. */
export type MessageValues<K extends MessageKey> = { [P in Placeholders<K>]: string | number } & Count<K>;
/** rich() values: placeholders may be markup, and each <tag> is a function wrapping its text. */
export type RichValues<K extends MessageKey> = { [P in Placeholders<K>]: ReactNode } & {
  [T in Tags<K>]: (chunks: ReactNode) => ReactNode;
} & Count<K>;

/** Keys of messages that take no values (no placeholders, not plural): t(key) alone. */
export type PlainMessageKey = {
  [K in MessageKey]: [Placeholders<K>] extends [never] ? (IsPlural<K> extends true ? never : K) : never;
}[MessageKey];

type ValuesArg<V> = keyof V extends never ? [values?: Record<string, never>] : [values: V];

export interface I18n extends Formatters {
  locale: Locale;
  /** A message as plain text; <tag>s are dropped, their text kept. */
  t<K extends MessageKey>(key: K, ...values: ValuesArg<MessageValues<K>>): string;
  /** A message as React nodes, with markup for its <tag>s and placeholders. */
  rich<K extends MessageKey>(key: K, ...values: ValuesArg<RichValues<K>>): ReactNode;
}

// ── Parsing: "{name}", "<tag>", "</tag>"; anything else is text ──────────────────────────────
type Part = string | { param: string } | { tag: string; children: Part[] };

const TOKEN = /\{(\w+)\}|<(\w+)>|<\/(\w+)>/g;

function parse(text: string): Part[] {
  const root: Part[] = [];
  const stack: { tag: string; children: Part[] }[] = [];
  const current = () => stack.at(-1)?.children ?? root;
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) current().push(text.slice(last, match.index));
    last = match.index + match[0].length;
    const [token, param, open, close] = match;
    if (param) current().push({ param });
    else if (open) stack.push({ tag: open, children: [] });
    else if (close && stack.at(-1)?.tag === close) {
      const done = stack.pop()!;
      current().push(done);
    } else current().push(token); // a stray closing tag stays as text
  }
  if (last < text.length) current().push(text.slice(last));
  // Unclosed tags: keep their text.
  while (stack.length > 0) {
    const open = stack.pop()!;
    current().push(`<${open.tag}>`, ...open.children);
  }
  return root;
}

const parsed = new Map<string, Part[]>();
function parts(text: string): Part[] {
  let p = parsed.get(text);
  if (!p) parsed.set(text, (p = parse(text)));
  return p;
}

// ── Rendering ────────────────────────────────────────────────────────────────────────────────
function messageText(locale: Locale, key: MessageKey, n: unknown): string {
  const message: string | PluralMessage | undefined = DICTIONARIES[locale][key] ?? en[key];
  if (message === undefined) return key; // only reachable with an unchecked key
  if (typeof message === "string") return message;
  const count = typeof n === "number" ? n : Number.NaN;
  if (count === 0 && message.zero !== undefined) return message.zero;
  return message[Number.isFinite(count) ? formatters(locale).plural(count) : "other"] ?? message.other;
}

function create(locale: Locale): I18n {
  const f = formatters(locale);
  const value = (v: unknown) => (typeof v === "number" ? f.count(v) : v);

  function t(key: MessageKey, values: Record<string, unknown> = {}): string {
    const render = (list: Part[]): string =>
      list
        .map((p) => {
          if (typeof p === "string") return p;
          if ("param" in p) return p.param in values ? String(value(values[p.param])) : `{${p.param}}`;
          return render(p.children);
        })
        .join("");
    return render(parts(messageText(locale, key, values.n)));
  }

  function rich(key: MessageKey, values: Record<string, unknown> = {}): ReactNode {
    const render = (list: Part[]): ReactNode[] =>
      list.map((p) => {
        if (typeof p === "string") return p;
        if ("param" in p) return p.param in values ? (value(values[p.param]) as ReactNode) : `{${p.param}}`;
        const wrap = values[p.tag];
        const children = createElement(Fragment, null, ...render(p.children));
        return typeof wrap === "function" ? (wrap as (c: ReactNode) => ReactNode)(children) : children;
      });
    return createElement(Fragment, null, ...render(parts(messageText(locale, key, values.n))));
  }

  return {
    ...f,
    locale,
    t: t as I18n["t"],
    rich: rich as I18n["rich"],
  };
}

const instances = new Map<Locale, I18n>();

/** The translator and formatters of a locale (synchronous; usable in server and client components). */
export function i18nFor(locale: Locale): I18n {
  let i = instances.get(locale);
  if (!i) instances.set(locale, (i = create(locale)));
  return i;
}

/** The dictionaries, for tests and tooling. */
export const dictionaries: Readonly<Record<Locale, Messages>> = DICTIONARIES;
