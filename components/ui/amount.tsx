import { formatMoney } from "./format";

/** A dollar amount, or a dash that screen readers announce as "not published". */
export function Amount({ value }: { value: number | null }) {
  if (value === null) return <NotPublished />;
  return <span className="tabular-nums">{formatMoney(value)}</span>;
}

export function NotPublished() {
  return (
    <>
      <span aria-hidden="true" className="text-slate-600">
        —
      </span>
      <span className="sr-only">Not published</span>
    </>
  );
}
