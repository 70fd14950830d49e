import { describe, expect, it } from "vitest";
import { LOCALES, MAX_QUERY_LENGTH, SHOPPABLE_SERVICES, matchShoppable, type Locale } from "@/lib/shoppable";
import { normalizeWords } from "@/lib/shoppable/match";

const slugs = (text: string, locale: Locale = "en", limit?: number) =>
  matchShoppable(text, locale, limit === undefined ? {} : { limit }).map((s) => s.slug);
const first = (text: string, locale: Locale = "en") => slugs(text, locale)[0];

describe("normalizeWords", () => {
  it("lowercases, folds accents, splits on punctuation and drops filler words", () => {
    expect(normalizeWords("Mamografía de diagnóstico")).toEqual(["mamografia", "diagnostico"]);
    expect(normalizeWords("How much is an MRI of the brain?")).toEqual(["mri", "brain"]);
    expect(normalizeWords("X-ray, lower-back")).toEqual(["x", "ray", "lower", "back"]);
    expect(normalizeWords("extirpación — niño")).toEqual(["extirpacion", "nino"]);
  });

  it("folds plurals the same way on both sides", () => {
    expect(normalizeWords("mammograms")).toEqual(normalizeWords("mammogram"));
    expect(normalizeWords("pólipos")).toEqual(normalizeWords("pólipo"));
    expect(normalizeWords("colonoscopies")).toEqual(normalizeWords("colonoscopy"));
    expect(normalizeWords("glass")).toEqual(["glass"]);
  });
});

describe("matchShoppable", () => {
  it("finds colonoscopies, the exam-only one first", () => {
    const found = slugs("colonoscopy");
    expect(found[0]).toBe("colonoscopy");
    expect(found).toEqual(
      expect.arrayContaining(["colonoscopy-with-biopsy", "colonoscopy-polyp-removal", "colonoscopy-endoscopic-ultrasound"]),
    );
  });

  it("understands Spanish, with or without accents", () => {
    expect(first("colonoscopia", "es")).toBe("colonoscopy");
    expect(first("colonoscopía", "es")).toBe("colonoscopy");
    expect(first("colonoscopia con extirpación de pólipos", "es")).toBe("colonoscopy-polyp-removal");
    expect(first("reemplazo de rodilla", "es")).toBe("hip-knee-replacement");
    expect(first("resonancia de rodilla", "es")).toBe("mri-leg-joint-without-contrast");
  });

  it("finds a Spanish query on the English site and the other way round", () => {
    expect(first("colonoscopia", "en")).toBe("colonoscopy");
    expect(first("knee replacement", "es")).toBe("hip-knee-replacement");
  });

  it("finds knee replacement", () => {
    expect(slugs("knee replacement")).toEqual(["hip-knee-replacement"]);
    expect(first("how much does a knee replacement cost")).toBe("hip-knee-replacement");
    expect(first("total hip")).toBe("hip-knee-replacement");
  });

  it("finds mammograms typed without the accent, screening first", () => {
    const found = slugs("mamografia", "es");
    expect(found[0]).toBe("mammogram-screening");
    expect(found).toEqual(
      expect.arrayContaining(["mammogram-diagnostic-one-breast", "mammogram-diagnostic-both-breasts"]),
    );
    expect(first("mammogram")).toBe("mammogram-screening");
    expect(first("mammograms")).toBe("mammogram-screening");
    expect(first("diagnostic mammogram both breasts")).toBe("mammogram-diagnostic-both-breasts");
  });

  it("finds a brain MRI, and only that", () => {
    expect(slugs("mri brain")).toEqual(["mri-brain-with-and-without-contrast"]);
    expect(first("brain MRI")).toBe("mri-brain-with-and-without-contrast");
    expect(first("resonancia magnética del cerebro", "es")).toBe("mri-brain-with-and-without-contrast");
  });

  it("matches words by prefix while the visitor is typing", () => {
    expect(first("colonosc")).toBe("colonoscopy");
    expect(first("knee repl")).toBe("hip-knee-replacement");
    expect(first("mamog", "es")).toBe("mammogram-screening");
  });

  it("finds the words patients type", () => {
    expect(first("EKG")).toBe("electrocardiogram");
    expect(first("electrocardiograma", "es")).toBe("electrocardiogram");
    expect(slugs("checkup")).toEqual(["preventive-checkup-18-39", "preventive-checkup-40-64"]);
    expect(slugs("chequeo", "es")).toEqual(["preventive-checkup-18-39", "preventive-checkup-40-64"]);
    expect(first("c-section")).toBe("cesarean-delivery-with-care");
    expect(first("cesárea", "es")).toBe("cesarean-delivery-with-care");
    expect(first("gallbladder")).toBe("gallbladder-removal-laparoscopic");
    expect(first("cholesterol")).toBe("lipid-panel");
    expect(first("sleep apnea")).toBe("sleep-study");
    expect(first("cataract surgery")).toBe("cataract-surgery");
    expect(first("tonsillectomy")).toBe("tonsil-adenoid-removal-under-12");
    expect(first("hysterectomy")).toBe("uterus-ovary-surgery-non-cancer");
    expect(first("PSA")).toBe("psa-test");
    expect(first("thyroid")).toBe("thyroid-tsh-test");
    expect(first("physical therapy")).toBe("physical-therapy-exercise");
    expect(first("terapia física", "es")).toBe("physical-therapy-exercise");
  });

  it("tells close services apart", () => {
    expect(first("colonoscopy with biopsy")).toBe("colonoscopy-with-biopsy");
    expect(slugs("cbc without differential")).toEqual(["cbc-without-differential"]);
    expect(first("ct head without contrast")).toBe("ct-head-without-contrast");
    expect(first("ct abdomen pelvis")).toBe("ct-abdomen-pelvis-with-contrast");
    expect(first("family therapy with the patient")).toBe("family-therapy-with-patient");
    expect(first("neck fusion")).toBe("spinal-fusion-neck");
  });

  it("finds a service by billing code", () => {
    expect(slugs("45385")).toEqual(["colonoscopy-polyp-removal"]);
    expect(slugs("470")).toEqual(["hip-knee-replacement"]);
    expect(slugs("81003")).toEqual(["urinalysis-dipstick"]);
  });

  it("ranks every service first for its own name, in both languages", () => {
    for (const s of SHOPPABLE_SERVICES) {
      for (const locale of LOCALES) expect(first(s.name[locale], locale), `${s.slug} (${locale})`).toBe(s.slug);
    }
  });

  it("finds every service by each of its keywords", () => {
    for (const s of SHOPPABLE_SERVICES) {
      for (const locale of LOCALES) {
        for (const k of s.keywords[locale]) expect(slugs(k, locale, 70), `${k} (${locale})`).toContain(s.slug);
      }
    }
  });

  it("returns nothing for unknown or empty queries", () => {
    expect(matchShoppable("zzz", "en")).toEqual([]);
    expect(matchShoppable("zzz", "es")).toEqual([]);
    expect(matchShoppable("", "en")).toEqual([]);
    expect(matchShoppable("   ", "en")).toEqual([]);
    expect(matchShoppable("the of de la", "es")).toEqual([]);
    expect(matchShoppable("!!!", "en")).toEqual([]);
  });

  it("falls back to English for an unknown locale from an untyped caller", () => {
    expect(matchShoppable("colonoscopy", "fr" as Locale)[0]?.slug).toBe("colonoscopy");
  });

  it("is deterministic and honours the limit", () => {
    expect(slugs("mri")).toEqual(slugs("mri"));
    expect(slugs("mri", "en", 2)).toHaveLength(2);
    expect(slugs("mri", "en", 0)).toEqual([]);
    expect(slugs("test").length).toBeLessThanOrEqual(10);
  });

  it("stays bounded on very long input", () => {
    const long = `colonoscopy ${"zzz ".repeat(10_000)}`;
    expect(long.length).toBeGreaterThan(MAX_QUERY_LENGTH);
    expect(first(long)).toBe("colonoscopy");
  });
});

describe("matchShoppable complete", () => {
  it("keeps only services that match every word", () => {
    expect(matchShoppable("knee replacement", "en", { complete: true })[0]?.codes).toEqual(expect.arrayContaining([{ type: "MS-DRG", code: "470" }]));
    expect(matchShoppable("knee pain", "en", { complete: true })).toEqual([]);
  });
});
