// Table pieces shared by the operator and settings pages: a keyboard-scrollable region named by the table's caption or a heading, the header row, the cell style and the empty-state line.
import type { ReactNode } from "react";

export const cellClass = "border-t border-slate-200 px-2 py-2 align-top";
export const headerCellClass = "px-2 py-2 font-semibold text-slate-900";

/** A header row of column headers, one per label. */
export function TableHead({ columns, className = headerCellClass }: { columns: readonly string[]; className?: string }) {
  return (
    <thead>
      <tr>
        {columns.map((label, i) => (
          <th key={i} scope="col" className={className}>
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

type Naming =
  /** The table carries a visually hidden caption with this id, and the region is named by it. */
  | { id: string; caption: string; labelledBy?: never }
  /** The region is named by a heading outside the table (no caption). */
  | { labelledBy: string; id?: never; caption?: never };

/**
 * A wide table in a region that scrolls sideways and takes focus (tabIndex 0), so keyboard
 * users can scroll it too; the region needs a name, hence the caption or heading. The rows are
 * the children (the tbody's content).
 */
export function ScrollTable({ columns, headerClassName, children, ...naming }: Naming & { columns: readonly string[]; headerClassName?: string; children: ReactNode }) {
  const labelledBy = naming.caption !== undefined ? naming.id : naming.labelledBy;
  return (
    <div className="overflow-x-auto" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="min-w-full text-left text-sm">
        {naming.caption !== undefined ? (
          <caption id={naming.id} className="sr-only">
            {naming.caption}
          </caption>
        ) : null}
        <TableHead columns={columns} className={headerClassName} />
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

/** Said in place of a list with nothing in it; a status, so it is announced after a filter. */
export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="text-slate-700">
      {children}
    </p>
  );
}
