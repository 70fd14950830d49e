import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { i18nFor } from "@/lib/i18n";

const html = (node: ReactNode) => renderToStaticMarkup(createElement("p", null, node));

describe("t()", () => {
  const en = i18nFor("en");
  const es = i18nFor("es");

  it("returns messages in the locale", () => {
    expect(en.t("search.form.submit")).toBe("Search");
    expect(es.t("search.form.submit")).toBe("Buscar");
    expect(es.t("price.discountedCash")).toBe("Precio en efectivo con descuento");
  });

  it("fills placeholders, formatting numbers for the locale", () => {
    expect(en.t("search.titleQuery", { q: "70551" })).toBe("Prices for “70551”");
    expect(es.t("search.titleQuery", { q: "70551" })).toBe("Precios de “70551”");
    expect(en.t("search.invalid.tooLong", { max: 1200 })).toBe("The search text must be at most 1,200 characters.");
    expect(en.t("hospital.services.compare", { type: "CPT", code: "70551" })).toBe("Compare CPT 70551 across hospitals");
  });

  it("leaves a placeholder without a value visible rather than failing", () => {
    // @ts-expect-error: the values are type-checked; this checks the runtime behaviour.
    expect(en.t("search.titleQuery", {})).toBe("Prices for “{q}”");
  });

  it("chooses plural forms by n", () => {
    expect(en.t("search.summary.byCode", { n: 1 })).toBe("1 service found by billing code");
    expect(en.t("search.summary.byCode", { n: 0 })).toBe("0 services found by billing code");
    expect(en.t("search.summary.byCode", { n: 12345 })).toBe("12,345 services found by billing code");
    expect(es.t("search.summary.byCode", { n: 1 })).toBe("Se encontró 1 servicio por código de facturación");
    expect(es.t("search.summary.byCode", { n: 2 })).toBe("Se encontraron 2 servicios por código de facturación");
    // Spanish's CLDR "many" (1,000,000) falls back to "other" when the message has no such form.
    expect(es.t("search.service.listedBy", { n: 1_000_000 })).toBe("Lo ofrecen 1,000,000 hospitales");
    expect(es.t("rates.summary", { hospital: "Lakeside", n: 1 })).toBe("Lakeside: 1 tarifa de aseguradora");
    expect(es.t("rates.summary", { hospital: "Lakeside", n: 3 })).toBe("Lakeside: 3 tarifas de aseguradoras");
  });

  it("drops tags, keeping their text", () => {
    expect(en.t("site.footer.demo")).toBe(
      "Hospitals marked Demo data are fictional and their prices are made up, for demonstration only.",
    );
  });

  it("is type-checked: unknown keys and missing values do not compile", () => {
    // @ts-expect-error: no such key
    expect(en.t("search.nope")).toBe("search.nope");
    // @ts-expect-error: plural messages need n
    en.t("search.summary.byCode");
    // @ts-expect-error: q is required
    en.t("search.titleQuery");
  });
});

describe("rich()", () => {
  it("wraps tagged text and fills placeholders with markup", () => {
    const { rich } = i18nFor("es");
    expect(html(rich("site.footer.demo", { strong: (c) => createElement("strong", null, c) }))).toBe(
      "<p>Los hospitales marcados como <strong>Datos de demostración</strong> son ficticios y sus precios son inventados; se incluyen solo como demostración.</p>",
    );
    expect(
      html(
        i18nFor("en").rich("notFound.links", {
          home: (c) => createElement("a", { href: "/" }, c),
          search: (c) => createElement("a", { href: "/search" }, c),
        }),
      ),
    ).toBe('<p><a href="/">Go to the home page</a> or <a href="/search">search prices</a>.</p>');
    expect(
      html(
        i18nFor("en").rich("search.form.hint", {
          code1: createElement("code", null, "70551"),
          code2: "470",
          words: "knee replacement",
        }),
      ),
    ).toBe("<p>For example <code>70551</code>, 470 or “knee replacement”.</p>");
  });

  it("keeps the text of a tag given no function", () => {
    // @ts-expect-error: the tag's function is required by the types; this checks the runtime fallback.
    expect(html(i18nFor("en").rich("search.results.json", {}))).toBe("<p>Developers: these results as JSON.</p>");
  });
});

describe("formatters", () => {
  it("formats US dollars, counts, percentages, dates and lists per locale", () => {
    const en = i18nFor("en");
    const es = i18nFor("es");
    expect(en.money(1650.25)).toBe("$1,650.25");
    expect(es.money(1234567.5)).toBe("$1,234,567.50");
    expect(en.count(12345)).toBe("12,345");
    expect(en.percent(55.5)).toBe("55.5%");
    expect(en.date("2026-01-15")).toBe("January 15, 2026");
    expect(es.date("2026-01-15")).toBe("15 de enero de 2026");
    expect(en.date("not a date")).toBe("not a date");
    expect(en.list(["$10.00", "5% of charges"], "or")).toBe("$10.00 or 5% of charges");
    expect(es.list(["$10.00", "5% de los cargos"], "or")).toBe("$10.00 o 5% de los cargos");
  });
});
