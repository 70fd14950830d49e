import type { ReactNode } from "react";

/**
 * Lets a wide table scroll sideways on small screens. The region is focusable and labelled so
 * keyboard users can scroll it too (WCAG 2.1.1; axe "scrollable-region-focusable").
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className="overflow-x-auto rounded-md border border-slate-300">
      {children}
    </div>
  );
}

// Cell styles: classes of app/globals.css (short, since price tables repeat them in every cell).
export const th = "cell-head";
export const td = "cell";
export const rowTh = "cell text-left";
export const numericTd = "cell-num";
export const numericTh = "cell-head text-right";

export interface Column {
  label: string;
  numeric?: boolean;
  /** A header only screen readers need (a column of checkboxes, say). */
  srOnly?: boolean;
}

/**
 * A captioned, horizontally scrollable data table with a header row: the shape
 * every price table shares. Rows are passed as children (the <tbody> content).
 */
export function DataTable({ caption, columns, children }: { caption: string; columns: Column[]; children: ReactNode }) {
  return (
    <TableScroll label={caption}>
      <table className="min-w-full divide-y divide-slate-200">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" className={c.numeric ? numericTh : th}>
                {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">{children}</tbody>
      </table>
    </TableScroll>
  );
}
