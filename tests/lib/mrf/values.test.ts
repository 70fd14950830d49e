import { describe, expect, it } from "vitest";
import { MAX_PERCENTAGE, decimal } from "../../../lib/mrf/values";

const at = { row: 7, column: "standard_charge|gross" };

describe("decimal", () => {
  it.each([
    ["1723.00", "1723.00"],
    ["5", "5"],
    [".5", ".5"],
    ["5.", "5."],
    ["999999999999.99", "999999999999.99"],
    ["0012", "0012"],
    [" 42.10 ", "42.10"],
    ["+3", "3"],
    ["1e3", "1e3"],
    ["", null],
    ["   ", null],
  ])("accepts %j as %j", (input, expected) => {
    expect(decimal(input, at)).toBe(expected);
  });

  it.each([
    ["0", /must be a positive number/],
    ["0.00", /must be a positive number/],
    ["-5", /must be a positive number/],
    ["$5", /is not a number/],
    ["1,000", /is not a number/],
    [".", /is not a number/],
    ["1.2.3", /is not a number/],
    ["1000000000000", /implausibly large/],
    ["999999999999.995", /implausibly large/],
    ["1e999", /must be a positive number/],
  ])("refuses %j, saying where", (input, message) => {
    expect(() => decimal(input, at)).toThrow(message);
    try {
      decimal(input, at);
    } catch (error) {
      expect((error as { location: unknown }).location).toEqual(at);
    }
  });

  it("applies the percentage bound", () => {
    expect(decimal("999999999", at, MAX_PERCENTAGE)).toBe("999999999"); // nine 9s: CMS only warns
    expect(() => decimal("10000000000", at, MAX_PERCENTAGE)).toThrow(/implausibly large/);
  });
});
