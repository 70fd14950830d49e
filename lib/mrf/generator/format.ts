// Small value formatters shared by the writers.

/** Rounds to cents. Prices are kept as numbers rounded here so every format agrees. */
export function cents(n: number): number {
  return Math.round(n * 100) / 100;
}

/**
 * A positive amount in dollars and cents, never below one cent: CMS numeric
 * elements must be strictly positive, and a zero would be a deficiency.
 */
export function money(n: number): number {
  return Math.max(0.01, cents(n));
}

/**
 * Plain decimal text for CSV numeric cells: no exponent, no thousands
 * separator, no currency sign, no trailing zeros ("1200", "1200.5", "0.75").
 * The CMS validator accepts only /^\d+(\.\d+)?$/-like numbers.
 */
export function numText(n: number): string {
  if (!Number.isFinite(n) || n <= 0) throw new Error(`numText: not a positive number: ${n}`);
  const fixed = n.toFixed(2);
  return fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
}

/** "1,234.50"-style dollars for human-readable notes and algorithms. */
export function dollarsText(n: number): string {
  const [whole = "0", frac = "00"] = cents(n).toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === "00" ? `$${grouped}` : `$${grouped}.${frac}`;
}

/**
 * RFC 4180 quoting: a field is quoted when it contains a comma, a double quote,
 * CR or LF (quotes doubled inside). Leading/trailing spaces are quoted too so a
 * reader that trims unquoted fields still sees the exact value.
 */
export function csvField(value: string | number | undefined): string {
  if (value === undefined) return "";
  const s = typeof value === "number" ? numText(value) : value;
  if (/[",\r\n]/.test(s) || (s.length > 0 && (s[0] === " " || s[s.length - 1] === " "))) {
    return `"${s.replace(/"/g, '""')}"`;
  }
  return s;
}

/** One CSV line terminated by LF (the CMS validator parses with newline "\n"). */
export function csvLine(fields: readonly (string | number | undefined)[]): string {
  return fields.map(csvField).join(",") + "\n";
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
