import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from 'react';

/** A data table that scrolls sideways on a narrow screen instead of breaking the page. */
export function Table({
  caption,
  children,
  className = '',
}: {
  caption?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={`mt-2 overflow-x-auto ${className}`.trim()}>
      <table className="w-full border-collapse text-left text-sm">
        {caption && <caption className="sr-only">{caption}</caption>}
        {children}
      </table>
    </div>
  );
}

/** The header row. */
export function THead({ children }: { children: ReactNode }) {
  return (
    <thead>
      <tr className="border-b border-slate-400">{children}</tr>
    </thead>
  );
}

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
