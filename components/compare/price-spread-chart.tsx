// The spread of negotiated prices across payers, one row per hospital: a line
// from the lowest to the highest rate, a dot per payer's rate, a bar at the
// median and a diamond at the cash price. Drawn as SVG on the server (no
// JavaScript); the same figures are in the table beside it, and the SVG has a
// text summary for screen readers.
import { median } from "@/lib/search/stats";

export interface SpreadRow {
  label: string;
  /** Dollar rates negotiated with payers. */
  rates: number[];
  cash: number | null;
}

export interface SpreadChartText {
  title: string;
  /** The summary read by screen readers, e.g. "Lakeside: 6 rates from $900 to $2,500, median $1,350". */
  describe: (row: SpreadRow) => string;
  noRates: string;
  legendRates: string;
  legendMedian: string;
  legendCash: string;
  money: (amount: number) => string;
}

const WIDTH = 720;
const LABEL = 190;
const ROW = 44;
const TOP = 28;
const RIGHT = 24;

/** Round, readable axis steps (1, 2 or 5 × a power of ten) covering [0, max]. */
export function axisTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0];
  const raw = max / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = 0; t <= max + step / 2; t += step) ticks.push(Math.round(t * 100) / 100);
  return ticks;
}

export function PriceSpreadChart({ rows, text }: { rows: SpreadRow[]; text: SpreadChartText }) {
  const values = rows.flatMap((r) => [...r.rates, ...(r.cash === null ? [] : [r.cash])]);
  const ticks = axisTicks(Math.max(0, ...values));
  const max = ticks[ticks.length - 1] || 1;
  const height = TOP + rows.length * ROW + 40;
  const x = (v: number) => LABEL + ((WIDTH - LABEL - RIGHT) * v) / max;
  const summary = rows.map((r) => text.describe(r)).join(". ");
  return (
    <figure className="space-y-2">
      <figcaption className="font-semibold text-slate-900">{text.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={`${text.title}. ${summary}`} className="h-auto w-full max-w-3xl">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={TOP - 8} y2={TOP + rows.length * ROW} stroke="#e2e8f0" />
            <text x={x(t)} y={TOP + rows.length * ROW + 16} textAnchor="middle" fontSize="12" fill="#475569">
              {text.money(t)}
            </text>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = TOP + i * ROW + ROW / 2;
          const sorted = [...r.rates].sort((a, b) => a - b);
          return (
            <g key={`${r.label}-${i}`}>
              <text x={LABEL - 10} y={y + 4} textAnchor="end" fontSize="13" fill="#0f172a">
                {r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label}
              </text>
              {sorted.length === 0 ? (
                <text x={LABEL + 4} y={y + 4} fontSize="12" fill="#64748b">
                  {text.noRates}
                </text>
              ) : (
                <>
                  <line x1={x(sorted[0]!)} x2={x(sorted[sorted.length - 1]!)} y1={y} y2={y} stroke="#1e3a8a" strokeWidth="2" />
                  {sorted.map((v, k) => (
                    <circle key={k} cx={x(v)} cy={y} r="4" fill="#3b82f6" fillOpacity="0.75" />
                  ))}
                  <rect x={x(median(sorted)) - 1.5} y={y - 10} width="3" height="20" fill="#0f172a" />
                </>
              )}
              {r.cash !== null ? (
                <path d={`M ${x(r.cash)} ${y - 8} l 6 8 l -6 8 l -6 -8 z`} fill="#16a34a" stroke="#14532d" />
              ) : null}
            </g>
          );
        })}
        <g transform={`translate(${LABEL}, ${height - 12})`} fontSize="12" fill="#334155">
          <circle cx="4" cy="-4" r="4" fill="#3b82f6" />
          <text x="14" y="0">{text.legendRates}</text>
          <rect x="150" y="-10" width="3" height="12" fill="#0f172a" />
          <text x="160" y="0">{text.legendMedian}</text>
          <path d="M 280 -12 l 6 8 l -6 8 l -6 -8 z" fill="#16a34a" />
          <text x="292" y="0">{text.legendCash}</text>
        </g>
      </svg>
    </figure>
  );
}
