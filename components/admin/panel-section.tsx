import type { ReactNode } from 'react';

/** A staff page's title, and the sentence under it that says what the page is for. */
export function PanelTitle({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <>
      <h1 className="text-2xl font-bold">{title}</h1>
      {children && <p className="mt-2 max-w-3xl text-slate-700">{children}</p>}
    </>
  );
}

/** A part of a staff page: a region named by its heading, with an optional sentence under it. */
export function PanelSection({
  id,
  title,
  intro,
  large = false,
  className,
  children,
}: {
  /** The heading's id (the region's name points at it). */
  id: string;
  title: ReactNode;
  intro?: ReactNode;
  /** A page's main parts (text-xl); the default heading is text-lg. */
  large?: boolean;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className={`${large ? 'text-xl' : 'text-lg'} font-semibold`}>
        {title}
      </h2>
      {intro && <p className="mt-1 max-w-3xl text-slate-700">{intro}</p>}
      {children}
    </section>
  );
}
