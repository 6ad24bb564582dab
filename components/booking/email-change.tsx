'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/alert';
import type { FormAction, FormState } from '@/lib/validation/form-state';
import { ActionForm, ActionFormView, ActionSection } from './action-form';

/** The words of the e-mail correction, from the page (a client component reads no catalogue). */
export type EmailChangeWords = {
  title: string;
  help: string;
  label: string;
  send: string;
  code: string;
  confirm: string;
  noCode: string;
  noCodeHelp: string;
  resend: string;
  another: string;
};

/**
 * The manage page's e-mail correction (docs/decisions/039): the new address, then, while its code
 * is waiting, the code's form and a new code on request. The code form's state is held here, so
 * its "changed" answer stays on the page once the change, and with it the form, is gone.
 */
export function EmailChange(p: {
  token: string;
  /** "We sent a code to … until …", while a change waits for its code. */
  waiting: string | null;
  words: EmailChangeWords;
  requestAction: FormAction;
  confirmAction: FormAction;
  resendAction: FormAction;
}) {
  const w = p.words;
  const [state, formAction, pending] = useActionState<FormState, FormData>(p.confirmAction, null);
  return (
    <section aria-labelledby="zmiana-adresu">
      <h2 id="zmiana-adresu" className="mt-6 font-semibold">
        {w.title}
      </h2>
      <FormMessage state={state?.ok ? state : null} />
      {p.waiting && (
        <>
          <p className="mt-2">{p.waiting}</p>
          <ActionFormView
            state={state?.ok ? null : state}
            formAction={formAction}
            pending={pending}
            token={p.token}
            submit={w.confirm}
            field={{ name: 'code', label: w.code, inputMode: 'numeric', autoComplete: 'one-time-code' }}
          />
          <ActionSection
            title={w.noCode}
            help={w.noCodeHelp}
            action={p.resendAction}
            token={p.token}
            submit={w.resend}
            variant="secondary"
          />
        </>
      )}
      <p className="mt-4 text-sm text-slate-700">{p.waiting ? w.another : w.help}</p>
      <ActionForm
        action={p.requestAction}
        token={p.token}
        submit={w.send}
        variant="secondary"
        field={{ name: 'email', label: w.label, type: 'email', inputMode: 'email', autoComplete: 'email' }}
      />
    </section>
  );
}
