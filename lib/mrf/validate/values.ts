// Value checks that run once per cell on every row, so they are written as
// plain character scans instead of regular expressions or Number() parsing.

const ZERO = 48;
const NINE = 57;
const DOT = 46;

/**
 * A positive decimal written with digits and at most one dot, as the CMS CSV
 * validator requires (/^(?:\d+|\d+\.\d+|\d+\.|\.\d+)$/ and > 0): no sign,
 * exponent, "$" or thousands separators. `value` is already trimmed.
 */
export function isPositiveDecimal(value: string): boolean {
  const n = value.length;
  if (n === 0) return false;
  let digits = 0;
  let nonZero = false;
  let dot = false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= ZERO && c <= NINE) {
      digits++;
      if (c !== ZERO) nonZero = true;
    } else if (c === DOT && !dot) {
      dot = true;
    } else {
      return false;
    }
  }
  if (digits === 0 || !nonZero) return false;
  if (n < 300) return true; // under 309 digits: a finite double, and > 0 as it has a nonzero digit
  // Hundreds of leading zeros after the dot underflow to 0, which CMS rejects.
  // Over 308 digits before the dot overflow to Infinity, which CMS accepts;
  // refusing it is deliberately stricter (an infinite price cannot be stored,
  // and the reader refuses it), as for JSON (see isOverflowNumber).
  const number = parseFloat(value);
  return number > 0 && number < Infinity;
}

/** The message for an amount beyond what can be stored (see isStorable in lib/mrf/values.ts). */
export function tooLargeMessage(field: string, value: string, max: number): string {
  const limit = max.toLocaleString("en-US");
  return `${field} ${value.length > 40 ? `${value.slice(0, 39)}…` : value} is implausibly large: it must be below ${limit}${max < 1e12 ? " (percentages are numbers like 62.5)" : ""}. Check for a misplaced decimal point or digits run together.`;
}

/**
 * A JSON number that overflowed the double range when parsed (1e999 is
 * Infinity): an amount.invalid error, though CMS's schema check accepts it.
 */
export function isOverflowNumber(value: unknown): boolean {
  return typeof value === "number" && !Number.isFinite(value);
}

/** Only digits (an integer without sign). */
function isDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < ZERO || c > NINE) return false;
  }
  return true;
}

/**
 * v3 "count of allowed amounts": 0, an integer of 11 or more, or the words
 * "1 through 10" (CSV compares those case-insensitively, JSON exactly).
 * The integer form is CMS's /^(1[1-9]|[2-9]\d+|[1-9]\d{2,})$/: no leading zero, not 1–10.
 */
export function isCountValue(value: string, ignoreCase: boolean): boolean {
  if (value === "0" || value === "1 through 10") return true;
  if (ignoreCase && value.toLowerCase() === "1 through 10") return true;
  return isDigits(value) && value.length >= 2 && value.charCodeAt(0) !== ZERO && value !== "10";
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** JSON last_updated_on: the "date" format of JSON Schema (ajv-formats): YYYY-MM-DD, a real day. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * CSV last_updated_on: YYYY-MM-DD, or M/D/YYYY with one- or two-digit month and day and a
 * year from 0100: CMS's validator reads M/D/YYYY with JavaScript's Date, which takes the
 * years 0000–0099 for 2000–2049 and 1950–1999, and so refuses them.
 */
export function isCsvDate(value: string): boolean {
  if (isIsoDate(value)) return true;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  return m !== null && Number(m[3]) >= 100 && isRealDate(Number(m[3]), Number(m[1]), Number(m[2]));
}

/**
 * Case-insensitive membership for enumerated values (CSV valid values are
 * case-insensitive). The exact spelling is tried first so the common case
 * allocates nothing.
 */
export class EnumSet {
  private readonly exact: Set<string>;
  private readonly upper: Set<string>;
  constructor(readonly values: readonly string[]) {
    this.exact = new Set(values);
    this.upper = new Set(values.map((v) => v.toUpperCase()));
  }
  has(value: string): boolean {
    return this.exact.has(value) || this.upper.has(value.toUpperCase());
  }
  /** For messages: the list CMS would print. */
  list(): string {
    return this.values.join(", ");
  }
}

/** CMS's matchesString: equal ignoring case. */
export function sameText(a: string, b: string): boolean {
  return a === b || a.toUpperCase() === b.toUpperCase();
}

/** CMS's sepColumnsEqual: pipe-separated parts equal after trimming, ignoring case. */
export function sameHeader(a: string, b: string): boolean {
  const pa = a.split("|");
  const pb = b.split("|");
  if (pa.length !== pb.length) return false;
  for (let i = 0; i < pa.length; i++) {
    if (pa[i]!.trim().toUpperCase() !== pb[i]!.trim().toUpperCase()) return false;
  }
  return true;
}

/** Header text in canonical form: parts trimmed and joined with "|", lower case. */
export function canonicalHeader(name: string): string {
  return name.split("|").map((p) => p.trim()).join("|").toLowerCase();
}

/** Spreadsheet column letters for a 0-based index (0 → A, 26 → AA), for messages. */
export function columnLetter(index: number): string {
  let name = "";
  let i = index;
  while (i >= 0) {
    name = String.fromCharCode(65 + (i % 26)) + name;
    i = Math.floor(i / 26) - 1;
  }
  return name;
}
