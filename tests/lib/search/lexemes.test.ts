import { describe, expect, it } from "vitest";
import { lexemes, searchVectorLiteral, tsvectorLiteral } from "@/lib/search/lexemes";

// The loader's one-pass vector must be exactly what searches assume items hold.
describe("searchVectorLiteral", () => {
  const texts = [
    "MRI of brain (no contrast) variant 7",
    "Inguinal hernia repair; hernia REPAIR, the repair",
    "Ácido fólico 5 mg tableta — niño",
    "x".repeat(61) + " knee " + "y".repeat(60),
    Array.from({ length: 80 }, (_, i) => `word${i}`).join(" "),
    "İstanbul ǅemal ß straße",
    "  ,,  ",
    "",
  ];
  const codes = [[], [{ code: "70551" }], [{ code: "j1100" }, { code: "a'b\\c" }], [{ code: "9".repeat(101) }]];

  it("matches tsvectorLiteral(lexemes(...)), vocabulary included", () => {
    for (const text of texts) {
      for (const c of codes) {
        const a = new Set<string>();
        const b = new Set<string>();
        expect(searchVectorLiteral(text, c, a)).toBe(tsvectorLiteral(lexemes(text, b), c));
        expect([...a]).toEqual([...b]);
        expect(searchVectorLiteral(text, c)).toBe(tsvectorLiteral(lexemes(text), c));
      }
    }
  });

  it("stems plain words and keeps numbers, codes and other scripts as written, however often they are seen", () => {
    for (let i = 0; i < 3; i++) {
      expect(searchVectorLiteral("Knees 12345 J1100 niños and Knees", [])).toBe("'knee' '12345' 'j1100' 'niños'");
    }
    const vocabulary = new Set<string>();
    searchVectorLiteral("Knees 12345 J1100 niños", [], vocabulary);
    expect([...vocabulary]).toEqual(["knees"]);
  });
});
