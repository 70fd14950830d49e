// Parsing of individual values as the CMS dictionaries define them.
import { MrfError } from "./types";

/** A value quoted in a message, cut short: a hostile file must not make messages huge. */
export function shorten(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** Trimmed text, or null when blank. */
export function text(value: string | undefined | null): string | null {
  if (value === undefined || value === null) return null;
  const t = value.trim();
  return t === "" ? null : t;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Amounts are stored as NUMERIC(14,2), percentages as NUMERIC(14,4): values must
 * stay below these. (Percentages get ten integer digits so that the nine-9s
 * placeholder CMS only warns about still loads.)
 */
export const MAX_AMOUNT = 1e12;
export const MAX_PERCENTAGE = 1e10;

/**
 * True when `n` fits its column once PostgreSQL rounds it to the column's scale
 * (999999999999.995 would round up to 10^12 and overflow NUMERIC(14,2)). The
 * validator asks the same question, so a file it calls valid always loads.
 */
export function isStorable(n: number, max: number = MAX_AMOUNT): boolean {
  const halfUnit = max === MAX_PERCENTAGE ? 0.00005 : 0.005;
  return n < max - halfUnit;
}

/** Integer digits a plain decimal may have and certainly be storable (10^(digits) ≤ max / 10). */
const safeIntegerDigits = (max: number) => String(Math.trunc(max)).length - 2;
const AMOUNT_DIGITS = safeIntegerDigits(MAX_AMOUNT);

/**
 * The common case, decided by one character scan: digits with at most one dot,
 * not all zeros, few enough integer digits to be below `max`. Anything else
 * (spaces, signs, exponents, leading zeros, errors) takes the general path.
 */
function isPlainPositiveDecimal(value: string, maxDigits: number): boolean {
  const n = value.length;
  let dot = -1;
  let nonZero = false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (c !== 48) nonZero = true;
    } else if (c === 46 && dot < 0) {
      dot = i;
    } else {
      return false;
    }
  }
  return nonZero && (dot < 0 ? n : dot) <= maxDigits;
}

/** A positive decimal as a canonical string, or null when blank; anything else is an error. */
export function decimal(
  value: string | undefined | null,
  where: { row?: number; column?: string; path?: string },
  max = MAX_AMOUNT,
): string | null {
  if (value === undefined || value === null || value.length === 0) return null;
  if (isPlainPositiveDecimal(value, max === MAX_AMOUNT ? AMOUNT_DIGITS : safeIntegerDigits(max))) return value;
  const t = text(value);
  if (t === null) return null;
  if (!NUMBER.test(t)) {
    throw new MrfError(`"${shorten(t)}" is not a number (write digits only, no "$" or thousands separators)`, where);
  }
  const n = Number(t);
  if (!Number.isFinite(n) || n <= 0) {
    throw new MrfError(`"${shorten(t)}" must be a positive number`, where);
  }
  // Out-of-range values would abort the whole COPY; refuse just this row instead.
  if (!isStorable(n, max)) throw new MrfError(`"${shorten(t)}" is implausibly large (must be below ${max.toExponential()})`, where);
  return t.startsWith("+") ? t.slice(1) : t;
}

/** ISO YYYY-MM-DD from ISO or the M/D/YYYY form the CSV dictionary also accepts. */
export function isoDate(value: string | undefined | null, where: { row?: number; column?: string; path?: string }): string {
  const t = text(value);
  if (t === null) throw new MrfError("a date is required", where);
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (us) [y, m, d] = [Number(us[3]), Number(us[1]), Number(us[2])];
  else throw new MrfError(`"${shorten(t)}" is not a date in YYYY-MM-DD (or M/D/YYYY) form`, where);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    throw new MrfError(`"${shorten(t)}" is not a real calendar date`, where);
  }
  return date.toISOString().slice(0, 10);
}

/** Splits a pipe-separated list ("a | b|c"), dropping blanks. */
export function pipeList(value: string | undefined | null): string[] {
  const t = text(value);
  if (t === null) return [];
  return t.split("|").map((s) => s.trim()).filter(Boolean);
}

export function booleanValue(value: string | undefined | null): boolean | null {
  const t = text(value)?.toLowerCase();
  if (t === "true") return true;
  if (t === "false") return false;
  return null;
}
