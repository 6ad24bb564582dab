import type { ReactNode } from 'react';

/** A titled part of a catalogue page, named by its heading for assistive technology. */
export function CatalogueSection({
  id,
  title,
  intro,
  narrow = false,
  children,
}: {
  id: string;
  title: ReactNode;
  intro?: string;
  /** A single form: kept to a readable width. */
  narrow?: boolean;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={`mt-8 ${narrow ? 'max-w-xl' : ''}`.trim()}>
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {intro && <p className="mt-1 max-w-3xl text-slate-700">{intro}</p>}
      <div className="mt-2">{children}</div>
    </section>
  );
}
