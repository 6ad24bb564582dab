import type { ReactNode } from 'react';

export type AlertTone = 'error' | 'success' | 'warning' | 'info';

const TONE: Record<AlertTone, string> = {
  error: 'border border-red-700 bg-red-50 text-red-900',
  success: 'border border-green-800 bg-green-50 text-green-900',
  warning: 'border border-amber-600 bg-amber-50 text-slate-900',
  info: 'bg-slate-100 text-slate-900',
};

/**
 * A boxed message. An error is announced at once (role="alert"); the others politely
 * (role="status"), unless `role` says otherwise (a refusal shown in a warning's colours).
 * `live={false}` for a notice that is part of the page, not news.
 */
export function Alert({
  tone = 'info',
  title,
  children,
  className = '',
  live = true,
  role: roleOverride,
  id,
}: {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
  live?: boolean;
  role?: 'alert' | 'status';
  id?: string;
}) {
  const role = live ? (roleOverride ?? (tone === 'error' ? 'alert' : 'status')) : undefined;
  return (
    <div id={id} role={role} className={`rounded-md p-3 ${TONE[tone]} ${className}`.trim()}>
      {title && <p className="font-semibold">{title}</p>}
      {children}
    </div>
  );
}

/**
 * A form's one-line answer under its button, in a live region (no box). `children` join the
 * region (a list of the fields to correct, say).
 */
export function FormMessage({
  state,
  className,
  children,
}: {
  state: { ok: boolean; message?: string } | null;
  className?: string;
  children?: ReactNode;
}) {
  return (
    <div aria-live="polite" className={className}>
      {state?.message && (
        <p
          role={state.ok ? 'status' : 'alert'}
          className={state.ok ? 'text-green-800' : 'font-medium text-red-800'}
        >
          {state.message}
        </p>
      )}
      {children}
    </div>
  );
}
