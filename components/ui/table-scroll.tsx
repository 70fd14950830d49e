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

export const th = "px-3 py-2 text-left align-bottom text-sm font-semibold text-slate-900";
export const td = "px-3 py-2 align-top text-sm text-slate-900";
export const rowTh = `${td} text-left`;
export const numericTd = `${td} text-right tabular-nums whitespace-nowrap`;
export const numericTh = `${th} text-right`;
