// node-postgres returns NUMERIC as strings so that nothing is lost on the way out of the database.
// Prices are NUMERIC(14,2) and percentages NUMERIC(14,4): at most 12 integer digits, well inside the
// 15 significant digits a double holds exactly, so Number() gives the nearest double to the exact
// decimal and JSON prints it back unchanged ("1234.50" → 1234.5).

export function numericToNumber(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  const text = value.trim();
  if (!/^[-+]?\d+(\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
