import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, localeSwitchHref, matchLocale, parseAcceptLanguage, resolveLocale } from "@/lib/i18n";

describe("parseAcceptLanguage", () => {
  it("orders ranges by q-value, keeping the header's order for equal weights", () => {
    expect(parseAcceptLanguage("fr-CH, fr;q=0.9, es;q=0.8, en;q=0.9, *;q=0.5")).toEqual([
      { tag: "fr-CH", q: 1 },
      { tag: "fr", q: 0.9 },
      { tag: "en", q: 0.9 },
      { tag: "es", q: 0.8 },
      { tag: "*", q: 0.5 },
    ]);
  });

  it("accepts spacing, case and extra parameters", () => {
    expect(parseAcceptLanguage("  ES-mx ;  Q=0.700 ; foo=bar ,en-US")).toEqual([
      { tag: "en-US", q: 1 },
      { tag: "ES-mx", q: 0.7 },
    ]);
  });

  it("skips malformed ranges and malformed q-values", () => {
    expect(
      parseAcceptLanguage("es;q=1.5, es;q=abc, es;q=, es;q=0.1234, es;q=-1, en_US, 12, <script>, ;q=1, ,, fr;q=0.5=1, de;q=0.3"),
    ).toEqual([{ tag: "de", q: 0.3 }]);
  });

  it("returns nothing for an empty or missing header", () => {
    expect(parseAcceptLanguage("")).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
    expect(parseAcceptLanguage(undefined)).toEqual([]);
  });

  it("bounds the work on a huge header", () => {
    const huge = Array.from({ length: 10_000 }, (_, i) => `x${i % 10}`).join(",");
    expect(parseAcceptLanguage(`${huge},es`).length).toBeLessThanOrEqual(32);
  });
});

describe("localeFromAcceptLanguage", () => {
  it("picks the highest-weighted supported language", () => {
    expect(localeFromAcceptLanguage("es")).toBe("es");
    expect(localeFromAcceptLanguage("es-MX,es;q=0.9,en;q=0.8")).toBe("es");
    expect(localeFromAcceptLanguage("en;q=0.5, es;q=0.8")).toBe("es");
    expect(localeFromAcceptLanguage("fr-CH, fr;q=0.9, es;q=0.8, en;q=0.7")).toBe("es");
    expect(localeFromAcceptLanguage("de, en-GB;q=0.3")).toBe("en");
  });

  it("returns null when no supported language is acceptable", () => {
    expect(localeFromAcceptLanguage("fr, de;q=0.5")).toBeNull();
    expect(localeFromAcceptLanguage("es;q=0")).toBeNull();
    expect(localeFromAcceptLanguage("garbage;;;,,,")).toBeNull();
    expect(localeFromAcceptLanguage(null)).toBeNull();
  });

  it("honours q=0 refusals and wildcards", () => {
    expect(localeFromAcceptLanguage("fr, *;q=0.1")).toBe("en");
    expect(localeFromAcceptLanguage("en;q=0, *")).toBe("es");
    expect(localeFromAcceptLanguage("es;q=0, *;q=0.5")).toBe("en");
    expect(localeFromAcceptLanguage("es-MX;q=0, es;q=0.5")).toBe("es");
  });
});

describe("resolveLocale", () => {
  it("prefers ?lang=, then the cookie, then Accept-Language, then English", () => {
    expect(resolveLocale({ searchParam: "es", cookie: "en", acceptLanguage: "en" })).toBe("es");
    expect(resolveLocale({ searchParam: "en", cookie: "es", acceptLanguage: "es" })).toBe("en");
    expect(resolveLocale({ cookie: "es", acceptLanguage: "en" })).toBe("es");
    expect(resolveLocale({ acceptLanguage: "es-US,es;q=0.9" })).toBe("es");
    expect(resolveLocale({})).toBe("en");
  });

  it("ignores unsupported or malformed values at each step", () => {
    expect(resolveLocale({ searchParam: "fr", cookie: "es" })).toBe("es");
    expect(resolveLocale({ searchParam: "", cookie: "de", acceptLanguage: "es" })).toBe("es");
    expect(resolveLocale({ searchParam: "es;drop table", cookie: "../../es", acceptLanguage: "zz" })).toBe("en");
  });

  it("matches language tags by their primary language, case-insensitively", () => {
    expect(resolveLocale({ searchParam: "ES" })).toBe("es");
    expect(resolveLocale({ searchParam: "es-419" })).toBe("es");
    expect(resolveLocale({ searchParam: ["es", "en"] })).toBe("es");
    expect(matchLocale(" en-US ")).toBe("en");
    expect(matchLocale("english")).toBeNull();
  });
});

describe("localeSwitchHref", () => {
  it("keeps the path and query string and sets lang", () => {
    expect(localeSwitchHref("/search", "q=knee+replacement&limit=5", "es")).toBe("/search?q=knee+replacement&limit=5&lang=es");
    expect(localeSwitchHref("/search", new URLSearchParams("lang=es&q=70551"), "en")).toBe("/search?lang=en&q=70551");
    expect(localeSwitchHref("/hospitals/x", "", "es")).toBe("/hospitals/x?lang=es");
  });

  it("replaces a repeated lang", () => {
    expect(localeSwitchHref("/", "lang=en&lang=fr&q=1", "es")).toBe("/?lang=es&q=1");
  });
});
