import type { ReactNode } from 'react';

/** What a clerk checks before changing a visit: its time, matter, status and how the resident hears. */
export function VisitChangeDetails({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="mt-4 grid max-w-3xl grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="text-slate-700">{label}</dt>
          <dd className="mb-2 font-medium sm:mb-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
