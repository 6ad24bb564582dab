'use client';

import { type ReactNode, useActionState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { FormAction, FormState } from '@/lib/validation/form-state';

/** The form's sentences, said by the page; `refusedHelp` names the office's phone as a link. */
export type RegulationsFormWords = { text: string; accept: string; refusedHelp: ReactNode; next: string };

type Props = {
  title: string;
  body: string;
  next: string;
  words: RegulationsFormWords;
  acceptRegulations: FormAction;
};

export function RegulationsForm({ title, body, next, words, acceptRegulations }: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(acceptRegulations, null);
  const refused = state?.ok === false;
  return (
    <section aria-labelledby="regulamin-tytul" className="mt-6">
      <h2 id="regulamin-tytul" className="text-lg font-semibold">
        {title}
      </h2>
      <div
        tabIndex={0}
        role="region"
        aria-label={words.text}
        className="mt-2 max-h-80 overflow-y-auto rounded-md border border-slate-300 p-3 text-sm whitespace-pre-line"
      >
        {body}
      </div>
      <form action={action} className="mt-4" noValidate>
        <input type="hidden" name="next" value={next} />
        <div className="flex items-start gap-3">
          <input
            id="accepted"
            name="accepted"
            type="checkbox"
            className="mt-1 size-6 shrink-0"
            aria-describedby={refused ? 'accepted-error' : undefined}
            aria-invalid={refused || undefined}
          />
          <label htmlFor="accepted" className="text-base font-medium">
            {words.accept}
          </label>
        </div>
        <div aria-live="polite" id="accepted-error">
          {refused && (
            <Alert tone="error" className="mt-3" title={state.fieldErrors?.accepted?.[0]}>
              <p className="mt-1">{words.refusedHelp}</p>
            </Alert>
          )}
        </div>
        <Button disabled={pending} size="lg" className="mt-4">
          {words.next}
        </Button>
      </form>
    </section>
  );
}
