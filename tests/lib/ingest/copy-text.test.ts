import { describe, expect, it } from "vitest";
import { copyField } from "../../../lib/ingest/copy-text";

describe("copyField", () => {
  it("escapes what COPY's text format treats specially", () => {
    expect(copyField("a\tb\nc\\d\re")).toBe("a\\tb\\nc\\\\d\\re");
    expect(copyField(null)).toBe("\\N");
    expect(copyField(12)).toBe("12");
    expect(copyField("plain")).toBe("plain");
  });

  it("replaces NUL, which PostgreSQL text cannot hold", () => {
    expect(copyField("a\0b")).toBe("a\uFFFDb");
  });
});
