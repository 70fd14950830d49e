// Dictionary completeness: every language has every English key, no empty text, the same
// placeholders and tags as English, and plural forms CLDR knows for the language.
import { describe, expect, it } from "vitest";
import { INTL_LOCALES, LOCALES, type Messages } from "@/lib/i18n";
import { dictionaries } from "@/lib/i18n/translate";

const en = dictionaries.en;
const texts = (message: Messages[keyof Messages]): string[] => (typeof message === "string" ? [message] : Object.values(message));
const tokens = (message: Messages[keyof Messages], pattern: RegExp) =>
  [...new Set(texts(message).flatMap((text) => [...text.matchAll(pattern)].map((m) => m[0])))].sort();
const PLACEHOLDER = /\{\w+\}/g;
const TAG = /<\/?\w+>/g;

describe.each(LOCALES)("the %s dictionary", (locale) => {
  const dictionary = dictionaries[locale];

  it("has exactly the English keys", () => {
    expect(Object.keys(dictionary).sort()).toEqual(Object.keys(en).sort());
  });

  it("has no empty or untrimmed text", () => {
    for (const [key, message] of Object.entries(dictionary)) {
      for (const text of texts(message)) {
        expect(text.trim(), key).not.toBe("");
        expect(text, key).toBe(text.trim());
      }
    }
  });

  it("uses the same placeholders and tags as English, and the same kind of message", () => {
    for (const key of Object.keys(en) as (keyof Messages)[]) {
      expect(typeof dictionary[key], key).toBe(typeof en[key]);
      expect(tokens(dictionary[key], PLACEHOLDER), key).toEqual(tokens(en[key], PLACEHOLDER));
      expect(tokens(dictionary[key], TAG), key).toEqual(tokens(en[key], TAG));
    }
  });

  it("gives plural messages an `other` form and only forms the language has", () => {
    const categories = new Set<string>([...new Intl.PluralRules(INTL_LOCALES[locale]).resolvedOptions().pluralCategories, "zero"]);
    for (const [key, message] of Object.entries(dictionary)) {
      if (typeof message === "string") continue;
      expect(message.other, key).toBeDefined();
      for (const form of Object.keys(message)) expect(categories.has(form), `${key}.${form}`).toBe(true);
    }
  });

  it("balances its tags", () => {
    for (const [key, message] of Object.entries(dictionary)) {
      for (const text of texts(message)) {
        const open = [...text.matchAll(/<(\w+)>/g)].map((m) => m[1]);
        const close = [...text.matchAll(/<\/(\w+)>/g)].map((m) => m[1]);
        expect(close, key).toEqual(open);
      }
    }
  });
});

it("translates the Spanish text rather than copying the English", () => {
  const same = (Object.keys(en) as (keyof Messages)[]).filter((key) => JSON.stringify(en[key]) === JSON.stringify(dictionaries.es[key]));
  // Names, formats and punctuation legitimately read the same in both languages.
  expect(same.sort()).toEqual([
    "common.siteName",
    "compare.table.hospital",
    "fileFormat.json",
    "hospital.compliance.kind.error",
    "og.compareLine",
    "rates.plan",
    "search.filters.plan",
    "search.service.hospital",
    "search.summary.end",
  ]);
});
