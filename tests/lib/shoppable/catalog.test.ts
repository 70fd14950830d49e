import { describe, expect, it } from "vitest";
import {
  CATEGORIES,
  LOCALES,
  SHOPPABLE_SERVICES,
  shoppableBySlug,
  shoppableForCode,
  shoppableInCategory,
  type ShoppableCategoryId,
} from "@/lib/shoppable";

// CMS's groups of shoppable services and how many of the 70 fall in each.
const EXPECTED_COUNTS: Record<ShoppableCategoryId, number> = {
  "evaluation-management": 13,
  "laboratory-pathology": 14,
  radiology: 13,
  "medicine-surgery": 25,
  "inpatient-drg": 5,
};

// Every code CMS lists, by category; services grouping several codes list them together.
const EXPECTED_CODES: Record<ShoppableCategoryId, string[]> = {
  "evaluation-management": [
    "99203", "99204", "99205", "99243", "99244", "99385", "99386",
    "90832", "90834", "90837", "90846", "90847", "90853",
  ],
  "laboratory-pathology": [
    "80048", "80053", "80055", "80061", "80069", "80076", "81000", "81002+81003",
    "84153+84154", "84443", "85025", "85027", "85610", "85730",
  ],
  radiology: [
    "70450", "70553", "72110", "72148", "72193", "73721", "74177",
    "76700", "76805", "76830", "77065", "77066", "77067",
  ],
  "medicine-surgery": [
    "19120", "29826", "29881", "42820", "43235", "43239", "45378", "45380", "45385", "45391",
    "47562", "49505", "55700", "55866", "59400", "59510", "59610", "62322+62323", "64483",
    "66821", "66984", "93000", "93452", "95810", "97110",
  ],
  "inpatient-drg": ["216", "460", "470", "473", "743"],
};

const CODE_FORMAT = { CPT: /^\d{5}$/, HCPCS: /^[A-V]\d{4}$/, "MS-DRG": /^\d{3}$/ } as const;

/** Sentences in a text: a full stop, question or exclamation mark followed by a capital or the end. */
const sentences = (text: string) => text.match(/[.!?](?=\s+[A-ZÁÉÍÓÚÑ¿¡]|\s*$)/g)?.length ?? 0;

describe("SHOPPABLE_SERVICES", () => {
  it("has exactly the 70 CMS services", () => {
    expect(SHOPPABLE_SERVICES).toHaveLength(70);
  });

  it("has CMS's count in each category, and only known categories", () => {
    const ids = CATEGORIES.map((c) => c.id);
    expect(ids).toEqual(Object.keys(EXPECTED_COUNTS));
    for (const s of SHOPPABLE_SERVICES) expect(ids).toContain(s.category);
    for (const [id, n] of Object.entries(EXPECTED_COUNTS)) {
      expect(shoppableInCategory(id as ShoppableCategoryId), id).toHaveLength(n);
    }
  });

  it("lists CMS's codes, in CMS's order, in each category", () => {
    for (const [id, codes] of Object.entries(EXPECTED_CODES)) {
      const actual = shoppableInCategory(id as ShoppableCategoryId).map((s) => s.codes.map((c) => c.code).join("+"));
      expect(actual, id).toEqual(codes);
    }
  });

  it("keeps services of one category together", () => {
    const order = SHOPPABLE_SERVICES.map((s) => s.category).filter((c, i, all) => c !== all[i - 1]);
    expect(order).toEqual(CATEGORIES.map((c) => c.id));
  });

  it("has unique, URL-safe slugs", () => {
    const slugs = SHOPPABLE_SERVICES.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(slug.length).toBeLessThanOrEqual(60);
      expect(encodeURIComponent(slug)).toBe(slug);
    }
  });

  it("puts no code in two services (CPT and HCPCS share one namespace)", () => {
    const seen = new Map<string, string>();
    for (const s of SHOPPABLE_SERVICES) {
      expect(s.codes.length).toBeGreaterThan(0);
      for (const c of s.codes) {
        const key = `${c.type === "MS-DRG" ? "DRG" : "HCPCS"}:${c.code}`;
        expect(seen.get(key), `${key} in ${s.slug}`).toBeUndefined();
        seen.set(key, s.slug);
      }
    }
    expect(seen.size).toBe(73); // 70 services, three of which group two codes
  });

  it("writes every code in its system's format", () => {
    for (const s of SHOPPABLE_SERVICES) {
      for (const c of s.codes) expect(c.code, s.slug).toMatch(CODE_FORMAT[c.type]);
      // Inpatient stays are MS-DRGs; everything else is billed by procedure code.
      const drg = s.category === "inpatient-drg";
      expect(s.codes.every((c) => (c.type === "MS-DRG") === drg), s.slug).toBe(true);
    }
  });

  it("marks the MS-DRG stays inpatient and leaves setting absent or valid elsewhere", () => {
    for (const s of SHOPPABLE_SERVICES) {
      if (s.category === "inpatient-drg") expect(s.setting, s.slug).toBe("inpatient");
      else expect([undefined, "outpatient"], s.slug).toContain(s.setting);
    }
  });

  it("has a name, description and keywords in English and Spanish", () => {
    for (const s of SHOPPABLE_SERVICES) {
      for (const locale of LOCALES) {
        const where = `${s.slug} (${locale})`;
        expect(s.name[locale].trim(), where).not.toBe("");
        expect(s.name[locale], where).toBe(s.name[locale].trim());
        expect(s.description[locale].trim(), where).not.toBe("");
        expect(s.keywords[locale].length, where).toBeGreaterThanOrEqual(3);
        for (const k of s.keywords[locale]) expect(k.trim(), where).not.toBe("");
        expect(new Set(s.keywords[locale].map((k) => k.toLowerCase())).size, where).toBe(s.keywords[locale].length);
      }
      // The two languages are separate texts, not a copy of one another.
      expect(s.description.es, s.slug).not.toBe(s.description.en);
    }
  });

  it("keeps names short and descriptions to one or two sentences", () => {
    for (const s of SHOPPABLE_SERVICES) {
      for (const locale of LOCALES) {
        const where = `${s.slug} (${locale})`;
        expect(s.name[locale].length, where).toBeLessThanOrEqual(90);
        expect(s.name[locale], where).not.toMatch(/[.;]$/);
        expect(s.description[locale], where).toMatch(/[.!?]$/);
        expect(sentences(s.description[locale]), where).toBeGreaterThanOrEqual(1);
        expect(sentences(s.description[locale]), where).toBeLessThanOrEqual(2);
        expect(s.description[locale].length, where).toBeLessThanOrEqual(320);
      }
    }
  });

  it("names every category in English and Spanish", () => {
    expect(CATEGORIES).toHaveLength(5);
    for (const c of CATEGORIES) for (const l of LOCALES) expect(c.name[l].trim()).not.toBe("");
  });
});

describe("shoppableBySlug", () => {
  it("finds a service by slug", () => {
    expect(shoppableBySlug("colonoscopy-polyp-removal")?.codes).toEqual([{ type: "CPT", code: "45385" }]);
    expect(shoppableBySlug("hip-knee-replacement")?.codes).toEqual([{ type: "MS-DRG", code: "470" }]);
  });

  it("returns undefined for an unknown slug", () => {
    expect(shoppableBySlug("nope")).toBeUndefined();
    expect(shoppableBySlug("")).toBeUndefined();
    expect(shoppableBySlug("Colonoscopy")).toBeUndefined();
  });

  it("round-trips every slug", () => {
    for (const s of SHOPPABLE_SERVICES) expect(shoppableBySlug(s.slug)).toBe(s);
  });
});

describe("shoppableForCode", () => {
  it("maps every catalog code back to its service", () => {
    for (const s of SHOPPABLE_SERVICES) for (const c of s.codes) expect(shoppableForCode(c.type, c.code)).toBe(s);
  });

  it("finds grouped codes", () => {
    expect(shoppableForCode("CPT", "81003")?.slug).toBe("urinalysis-dipstick");
    expect(shoppableForCode("CPT", "84154")?.slug).toBe("psa-test");
    expect(shoppableForCode("CPT", "62323")?.slug).toBe("lumbar-epidural-injection");
  });

  it("treats CPT and HCPCS labels alike and ignores case and spacing", () => {
    expect(shoppableForCode("HCPCS", "45385")?.slug).toBe("colonoscopy-polyp-removal");
    expect(shoppableForCode("hcpcs", " 45385 ")?.slug).toBe("colonoscopy-polyp-removal");
    expect(shoppableForCode("cpt", "93000")?.slug).toBe("electrocardiogram");
  });

  it("accepts MS-DRG spellings and padded or unpadded numbers", () => {
    for (const type of ["MS-DRG", "ms-drg", "MSDRG", "MS_DRG", "MS DRG"]) {
      expect(shoppableForCode(type, "470")?.slug, type).toBe("hip-knee-replacement");
    }
    expect(shoppableForCode("MS-DRG", "0470")?.slug).toBe("hip-knee-replacement");
    expect(shoppableForCode("MS-DRG", "0743")?.slug).toBe("uterus-ovary-surgery-non-cancer");
  });

  it("does not confuse code systems", () => {
    expect(shoppableForCode("APR-DRG", "470")).toBeUndefined(); // a different grouping
    expect(shoppableForCode("CPT", "470")).toBeUndefined();
    expect(shoppableForCode("MS-DRG", "45378")).toBeUndefined();
    expect(shoppableForCode("RC", "0450")).toBeUndefined();
  });

  it("returns undefined for codes outside the list", () => {
    expect(shoppableForCode("CPT", "99213")).toBeUndefined(); // established-patient visit: not one of the 70
    expect(shoppableForCode("MS-DRG", "469")).toBeUndefined();
    expect(shoppableForCode("CPT", "81001")).toBeUndefined();
    expect(shoppableForCode("CPT", "")).toBeUndefined();
  });
});
