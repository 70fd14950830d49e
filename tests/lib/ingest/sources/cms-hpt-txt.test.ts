import { describe, expect, it } from "vitest";
import { looksLikeCmsHptTxt, parseCmsHptTxt } from "@/lib/ingest/sources";

const TWO_LOCATIONS = `location-name: Example General Hospital
source-page-url: https://example.org/price-transparency
mrf-url: https://example.org/mrf/123456789_example-general_standardcharges.csv
contact-name: Jane Doe
contact-email: jane.doe@example.org

location-name: Example West Campus
source-page-url: https://example.org/price-transparency
mrf-url: https://example.org/mrf/123456789_example-west_standardcharges.json
contact-name: John Roe
contact-email: john.roe@example.org
`;

describe("parseCmsHptTxt", () => {
  it("reads one entry per location block", () => {
    const { entries, problems } = parseCmsHptTxt(TWO_LOCATIONS);
    expect(problems).toEqual([]);
    expect(entries).toEqual([
      {
        locationName: "Example General Hospital",
        sourcePageUrl: "https://example.org/price-transparency",
        mrfUrl: "https://example.org/mrf/123456789_example-general_standardcharges.csv",
        contactName: "Jane Doe",
        contactEmail: "jane.doe@example.org",
        line: 1,
      },
      {
        locationName: "Example West Campus",
        sourcePageUrl: "https://example.org/price-transparency",
        mrfUrl: "https://example.org/mrf/123456789_example-west_standardcharges.json",
        contactName: "John Roe",
        contactEmail: "john.roe@example.org",
        line: 7,
      },
    ]);
  });

  it("tolerates a BOM, CRLF, odd case and spacing, comments and no final newline", () => {
    const text =
      "\uFEFF# Price transparency files for Example Health\r\n" +
      "\r\n" +
      "  Location-Name :   Example General Hospital  \r\n" +
      "SOURCE_PAGE_URL: https://example.org/pt\r\n" +
      "mrf url:https://example.org/a.csv\r\n" +
      "// contact below\r\n" +
      "Contact-Name:\tJane Doe\r\n" +
      'contact-email: "jane@example.org"\r\n' +
      "\r\n\r\n" +
      "location-name: Second\r\n" +
      "source-page-url: https://example.org/pt\r\n" +
      "mrf-url: <https://example.org/b.json>\r\n" +
      "contact-name: X\r\n" +
      "contact-email: x@example.org";
    const { entries, problems } = parseCmsHptTxt(text);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.locationName, e.mrfUrl, e.contactName, e.contactEmail, e.line])).toEqual([
      ["Example General Hospital", "https://example.org/a.csv", "Jane Doe", "jane@example.org", 3],
      ["Second", "https://example.org/b.json", "X", "x@example.org", 11],
    ]);
  });

  it("starts a new block when a field repeats without a blank line", () => {
    const text = TWO_LOCATIONS.replace("\n\nlocation-name: Example West", "\nlocation-name: Example West");
    const { entries, problems } = parseCmsHptTxt(text);
    expect(problems).toEqual([]);
    expect(entries.map((e) => [e.locationName, e.line])).toEqual([
      ["Example General Hospital", 1],
      ["Example West Campus", 6],
    ]);
  });

  it("reports malformed blocks and lines with their line numbers, keeping the good ones", () => {
    const text = [
      "location-name: No URL Hospital", // 1
      "source-page-url: https://example.org/pt", // 2
      "contact-name: A", // 3
      "contact-email: a@example.org", // 4
      "", // 5
      "location-name: Bad URL Hospital", // 6
      "mrf-url: ftp://example.org/file.csv", // 7
      "", // 8
      "location-name: Good Hospital", // 9
      "mrf-url: https://example.org/good.csv", // 10
      "this line is noise", // 11
      "phone-number: 555-0100", // 12
      "contact-email: not-an-email", // 13
    ].join("\n");
    const { entries, problems } = parseCmsHptTxt(text);
    expect(entries.map((e) => e.mrfUrl)).toEqual(["https://example.org/good.csv"]);
    expect(problems).toEqual([
      { line: 1, message: 'location block ("No URL Hospital") has no mrf-url; skipped' },
      { line: 7, message: 'mrf-url "ftp://example.org/file.csv" is not an http(s) URL; location skipped' },
      { line: 9, message: 'location block ("Good Hospital") is missing source-page-url, contact-name' },
      { line: 11, message: 'expected "field: value", got "this line is noise"' },
      { line: 12, message: 'unknown field "phone-number"' },
      { line: 13, message: 'contact-email "not-an-email" is not an email address' },
    ]);
  });

  it("resolves relative mrf-urls against the TXT file's URL, and only then", () => {
    const text = "location-name: A\nmrf-url: /files/a.csv\n";
    expect(parseCmsHptTxt(text, { baseUrl: "https://example.org/cms-hpt.txt" }).entries[0]?.mrfUrl).toBe(
      "https://example.org/files/a.csv",
    );
    const alone = parseCmsHptTxt(text);
    expect(alone.entries).toEqual([]);
    expect(alone.problems[0]).toMatchObject({ line: 2 });
  });

  it("calls an HTML page what it is", () => {
    const { entries, problems } = parseCmsHptTxt("\n<!DOCTYPE html>\n<html><body>Not found</body></html>");
    expect(entries).toEqual([]);
    expect(problems).toEqual([{ line: 2, message: "this is an HTML or XML page, not a cms-hpt.txt file" }]);
  });

  it("caps the problem list for files that are not TXT files at all", () => {
    const { problems } = parseCmsHptTxt(Array.from({ length: 500 }, (_, i) => `row ${i}, value`).join("\n"));
    expect(problems).toHaveLength(51);
    expect(problems.at(-1)?.message).toBe("… and 450 more problems");
  });
});

describe("looksLikeCmsHptTxt", () => {
  it("recognises a TXT file by its first meaningful line", () => {
    expect(looksLikeCmsHptTxt(TWO_LOCATIONS)).toBe(true);
    expect(looksLikeCmsHptTxt("\uFEFF# comment\r\n\r\nMRF-URL: https://example.org/a.csv")).toBe(true);
  });

  it("does not mistake MRFs or pages for one", () => {
    expect(looksLikeCmsHptTxt("hospital_name,last_updated_on,version\nA,2025-01-01,3.0.0\n")).toBe(false);
    expect(looksLikeCmsHptTxt('{"hospital_name": "A"}')).toBe(false);
    expect(looksLikeCmsHptTxt("<html></html>")).toBe(false);
    expect(looksLikeCmsHptTxt("")).toBe(false);
  });
});
