import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

/**
 * A data table that scrolls sideways on a narrow screen instead of breaking the page. `scroll`
 * makes the scrolling box focusable, so that it can be scrolled by keyboard (needed when nothing
 * inside is focusable); a string also makes it a region of that name.
 */
export function Table({
  caption,
  children,
  className = 'mt-2',
  tableClassName = '',
  scroll,
}: {
  caption?: ReactNode;
  children: ReactNode;
  /** The scrolling box's classes: its margin, mt-2 when not given. */
  className?: string;
  /** The table's own extra classes (a minimum width, a background). */
  tableClassName?: string;
  scroll?: boolean | string;
}) {
  const region =
    typeof scroll === 'string'
      ? { role: 'region', 'aria-label': scroll, tabIndex: 0 }
      : scroll
        ? { tabIndex: 0 }
        : {};
  return (
    // relative: visually hidden labels inside (position: absolute) scroll with the table.
    <div {...region} className={`relative overflow-x-auto ${className}`.trim()}>
      <table className={`w-full border-collapse text-left text-sm ${tableClassName}`.trim()}>
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

/** The header row: its cells as `children`, or plain column headers as `columns`. */
export function THead({ children, columns }: { children?: ReactNode; columns?: ReactNode[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-400">
        {columns?.map((c, i) => (
          <Th key={i}>{c}</Th>
        ))}
        {children}
      </tr>
    </thead>
  );
}

/** A header cell: a column's (the default) or, with scope="row", a row's. */
export function Th({ className = '', ...rest }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={`py-2 pr-3 ${className}`.trim()} {...rest} />;
}

/** A body row. */
export function Tr({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <tr className={`border-b border-slate-200 align-top ${className}`.trim()}>{children}</tr>;
}

export function Td({ className = '', ...rest }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`py-2 pr-3 ${className}`.trim()} {...rest} />;
}
