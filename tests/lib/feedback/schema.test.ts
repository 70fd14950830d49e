// The feedback forms' validation: messages in English and Spanish, clean-up and bounds, the
// optional email, and the same-site page check.
import { describe, expect, it } from "vitest";
import {
  HELPFUL_FIELDS,
  WRONG_PRICE_FIELDS,
  cleanLine,
  cleanText,
  fieldErrors,
  helpfulSchema,
  sameSitePath,
  wrongPriceSchema,
  type HelpfulInput,
  type WrongPriceInput,
} from "@/lib/feedback/schema";
import { FEEDBACK_LIMITS } from "@/lib/feedback/types";
import { dictionaries } from "@/lib/i18n/translate";

const helpful = (over: Partial<HelpfulInput> = {}): HelpfulInput => ({
  helpful: "yes",
  comment: "",
  page: "/hospitals/general",
  query: "",
  hospitalSlug: "",
  service: "",
  ...over,
});

const report = (over: Partial<WrongPriceInput> = {}): WrongPriceInput => ({
  page: "/hospitals/general",
  query: "",
  hospitalSlug: "general",
  service: "CPT:70551",
  shownPrice: "$1,250.00",
  message: "The cash price is $950 on the hospital's own list.",
  email: "",
  ...over,
});

function errorsOf(result: ReturnType<ReturnType<typeof wrongPriceSchema>["safeParse"]>, visible: readonly string[]) {
  expect(result.success).toBe(false);
  return result.success ? {} : fieldErrors(result.error, visible);
}

describe("helpfulSchema", () => {
  it("turns yes / no into the stored kinds and keeps an optional comment, trimmed", () => {
    expect(helpfulSchema("en").parse(helpful())).toEqual({
      kind: "helpful",
      page: "/hospitals/general",
      query: undefined,
      hospitalSlug: undefined,
      service: undefined,
      message: undefined,
    });
    const no = helpfulSchema("en").parse(helpful({ helpful: "no", comment: "  No prices for my plan.\r\nPlease add them.  ", hospitalSlug: "general", query: " mri " }));
    expect(no).toMatchObject({ kind: "not_helpful", message: "No prices for my plan.\nPlease add them.", hospitalSlug: "general", query: "mri" });
  });

  it("asks for a choice, in the visitor's language", () => {
    for (const value of ["", "maybe"]) {
      const en = helpfulSchema("en").safeParse(helpful({ helpful: value }));
      const es = helpfulSchema("es").safeParse(helpful({ helpful: value }));
      expect(en.success || fieldErrors(en.error, HELPFUL_FIELDS)).toEqual({ helpful: "Choose “Yes” or “Not really”." });
      expect(es.success || fieldErrors(es.error, HELPFUL_FIELDS)).toEqual({ helpful: "Elija “Sí” o “No mucho”." });
    }
  });

  it("bounds the comment at 1000 characters after trimming", () => {
    expect(helpfulSchema("en").safeParse(helpful({ comment: ` ${"a".repeat(FEEDBACK_LIMITS.comment)} ` })).success).toBe(true);
    const long = helpfulSchema("es").safeParse(helpful({ comment: "a".repeat(FEEDBACK_LIMITS.comment + 1) }));
    expect(long.success || fieldErrors(long.error, HELPFUL_FIELDS)).toEqual({ comment: "Use 1,000 caracteres como máximo." });
    const longEn = helpfulSchema("en").safeParse(helpful({ comment: "a".repeat(FEEDBACK_LIMITS.comment + 1) }));
    expect(longEn.success || fieldErrors(longEn.error, HELPFUL_FIELDS)).toEqual({ comment: "Use 1,000 characters or fewer." });
  });

  it("reports a bad hidden field (page, hospital) as a problem with the form", () => {
    const result = helpfulSchema("en").safeParse(helpful({ page: "https://evil.example/x", hospitalSlug: "../etc" }));
    expect(result.success || fieldErrors(result.error, HELPFUL_FIELDS)).toEqual({ form: dictionaries.en["feedback.error.form"] });
  });
});

describe("wrongPriceSchema", () => {
  it("accepts a full report and keeps the email only when given", () => {
    expect(wrongPriceSchema("en").parse(report())).toEqual({
      kind: "wrong_price",
      page: "/hospitals/general",
      query: undefined,
      hospitalSlug: "general",
      service: "CPT:70551",
      shownPrice: "$1,250.00",
      message: "The cash price is $950 on the hospital's own list.",
      contactEmail: undefined,
    });
    expect(wrongPriceSchema("en").parse(report({ email: "  Ana.Lopez@example.org " })).contactEmail).toBe("Ana.Lopez@example.org");
    expect(wrongPriceSchema("en").parse(report({ shownPrice: "   " })).shownPrice).toBeUndefined();
  });

  it("explains every field problem in English and in Spanish", () => {
    const bad = report({ service: "  ", message: "\n \t", email: "not-an-email", shownPrice: "9".repeat(FEEDBACK_LIMITS.shownPrice + 1) });
    expect(errorsOf(wrongPriceSchema("en").safeParse(bad), WRONG_PRICE_FIELDS)).toEqual({
      service: "Enter the service or its billing code.",
      shownPrice: "Use 100 characters or fewer.",
      message: "Tell us what is wrong, or what the right price is.",
      email: "Enter an email address like name@example.com, or leave it empty.",
    });
    expect(errorsOf(wrongPriceSchema("es").safeParse(bad), WRONG_PRICE_FIELDS)).toEqual({
      service: "Escriba el servicio o su código de facturación.",
      shownPrice: "Use 100 caracteres como máximo.",
      message: "Díganos qué está mal o cuál es el precio correcto.",
      email: "Escriba un correo electrónico como nombre@ejemplo.com o deje el campo vacío.",
    });
  });

  it("bounds the message at 2000 characters and the service at 200", () => {
    expect(wrongPriceSchema("en").safeParse(report({ message: "x".repeat(FEEDBACK_LIMITS.message) })).success).toBe(true);
    expect(errorsOf(wrongPriceSchema("en").safeParse(report({ message: "x".repeat(2001), service: "s".repeat(201) })), WRONG_PRICE_FIELDS)).toEqual({
      message: "Use 2,000 characters or fewer.",
      service: "Use 200 characters or fewer.",
    });
  });

  it("refuses overlong or malformed emails", () => {
    for (const email of ["a@b", "two@@example.org", "a b@example.org", `${"a".repeat(250)}@example.org`]) {
      expect(errorsOf(wrongPriceSchema("en").safeParse(report({ email })), WRONG_PRICE_FIELDS), email).toHaveProperty("email");
    }
  });

  it("needs the hospital, as a valid slug", () => {
    for (const hospitalSlug of ["", "Not a slug!", "-x", "a".repeat(121)]) {
      expect(errorsOf(wrongPriceSchema("en").safeParse(report({ hospitalSlug })), WRONG_PRICE_FIELDS), hospitalSlug).toEqual({
        form: dictionaries.en["feedback.error.form"],
      });
    }
  });

  it("strips control characters (PostgreSQL refuses NUL) and folds lines in one-line fields", () => {
    const parsed = wrongPriceSchema("en").parse(report({ service: "CPT:\u000070551\n", message: "a\u0000b\r\nc\u0007", shownPrice: "$1\t250" }));
    expect(parsed.service).toBe("CPT: 70551");
    expect(parsed.message).toBe("ab\nc");
    expect(parsed.shownPrice).toBe("$1 250");
  });
});

describe("cleanLine and cleanText", () => {
  it("trim and remove control characters", () => {
    expect(cleanLine("  a\u0085b\u2028c  ")).toBe("a b c");
    expect(cleanText(" line 1\rline 2\u2029line 3 \u001b")).toBe("line 1\nline 2\nline 3");
    expect(cleanLine("e\u0301")).toBe("é"); // NFC
  });
});

describe("sameSitePath", () => {
  it("keeps same-site paths with their query string, without the fragment", () => {
    expect(sameSitePath("/hospitals/general")).toBe("/hospitals/general");
    expect(sameSitePath(" /search?q=70551&lang=es#results ")).toBe("/search?q=70551&lang=es");
    expect(sameSitePath("/a/../hospitals/x")).toBe("/hospitals/x");
  });

  it("accepts an absolute URL only on the request's own host, and stores its path", () => {
    expect(sameSitePath("https://priceline.example/search?q=1", "priceline.example")).toBe("/search?q=1");
    expect(sameSitePath("http://localhost:3100/hospitals/x", "localhost:3100")).toBe("/hospitals/x");
    expect(sameSitePath("https://PRICELINE.example/", "priceline.example")).toBe("/");
    expect(sameSitePath("https://evil.example/search", "priceline.example")).toBeNull();
    expect(sameSitePath("https://priceline.example.evil.example/", "priceline.example")).toBeNull();
    expect(sameSitePath("https://priceline.example/")).toBeNull(); // no host to compare with
    expect(sameSitePath("https://user:pw@priceline.example/", "priceline.example")).toBeNull();
  });

  it("refuses other hosts in disguise and anything that is not a path", () => {
    for (const value of [
      "",
      "//evil.example/x",
      "/\\evil.example",
      "\\\\evil.example",
      "/\t/evil.example",
      "javascript:alert(1)",
      "data:text/html,hi",
      "ftp://priceline.example/x",
      "search?q=1",
      "hospitals/x",
      `/${"a".repeat(FEEDBACK_LIMITS.page)}`,
    ]) {
      expect(sameSitePath(value, "priceline.example"), value).toBeNull();
    }
  });
});
