'use client';

import { useActionState } from 'react';
import type { ContactState, RevealContactAction } from '@/lib/validation/form-state';
import type { ContactRevealWords } from './client-words';

/**
 * "Pokaż kontakt": the page carries no contact; the button asks the server for this one booking's
 * (which writes who looked to the audit log) and shows it in a live region. A plain form post,
 * so without JavaScript the page comes back with this row's contact shown.
 */
export function ContactReveal({
  bookingId,
  revealContactAction,
  words,
}: {
  bookingId: string;
  revealContactAction: RevealContactAction;
  /** contactRevealWords(t, reference): rows repeat the button, so its name says which visit. */
  words: ContactRevealWords;
}) {
  const [state, action, pending] = useActionState<ContactState, FormData>(revealContactAction, null);
  const contact = state?.ok ? (state.data ?? null) : null;
  const regionId = `kontakt-${bookingId}`;
  return (
    <form action={action}>
      <input type="hidden" name="bookingId" value={bookingId} />
      <button
        type="submit"
        name="view"
        value={contact ? 'hide' : 'show'}
        aria-expanded={!!contact}
        aria-controls={regionId}
        disabled={pending}
        // The visible words first (WCAG 2.5.3), then which visit: rows repeat the button.
        aria-label={contact ? words.hideFor : words.showFor}
        className="text-brand cursor-pointer underline disabled:opacity-60"
      >
        {contact ? words.hide : words.show}
      </button>
      <div id={regionId} aria-live="polite">
        {contact && (
          <>
            {contact.email && <p className="break-all">{contact.email}</p>}
            {contact.phone && <p>{contact.phone}</p>}
            {!contact.email && !contact.phone && <p>{words.none}</p>}
          </>
        )}
        {state?.ok === false && (
          <p role="alert" className="font-medium text-red-800">
            {state.message}
          </p>
        )}
      </div>
    </form>
  );
}
