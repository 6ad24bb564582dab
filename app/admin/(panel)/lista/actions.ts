'use server';

import { z } from 'zod';
import { LISTED_STATUSES, STATUS_INTENTS, STATUS_LABEL } from '@/lib/domain/visit-status';
import { revealContact } from '@/lib/server/visits/reveal-contact';
import { RETENTION_TEXT } from '@/lib/i18n/retention-messages';
import { anonymiseBookingOnRequest } from '@/lib/server/retention/anonymise-booking-on-request';
import { setVisitStatus, undoVisitStatus } from '@/lib/server/visits/set-visit-status';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import type { ContactState, FormState } from '@/lib/validation/form-state';

const statusChangeSchema = z.object({
  bookingId: z.uuid({ message: 'Nie wskazano wizyty. Odśwież listę.' }),
  intent: z.enum([...STATUS_INTENTS, 'undo'], { message: 'Wybierz, co odnotować.' }),
  /** The status the clerk saw: a page out of date changes nothing. */
  expected: z.enum(LISTED_STATUSES, { message: 'Odśwież listę i spróbuj ponownie.' }),
});

/** One form per row of the day's list; its buttons send the intent (check-in, served, …, undo). */
export async function changeVisitStatusAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'CLERK',
    schema: statusChangeSchema,
    invalid: 'Nie udało się odczytać zmiany statusu. Odśwież listę i spróbuj ponownie.',
    run: async (d, staff) => {
      const input = { bookingId: d.bookingId, expected: d.expected };
      const r =
        d.intent === 'undo'
          ? await undoVisitStatus(staff, input, new Date())
          : await setVisitStatus(staff, { ...input, intent: d.intent }, new Date());
      return `${r.reference}: ${d.intent === 'undo' ? 'cofnięto, status' : 'zapisano status'} „${STATUS_LABEL[r.status]}”.`;
    },
    done: 'Zapisano.',
    // The whole panel: a status also moves the overview's figures and may add or lift blocks.
    revalidate: ['/admin'],
  });
}

const contactSchema = z.object({
  bookingId: z.uuid({ message: 'Nie wskazano wizyty. Odśwież listę.' }),
  /** The same button shows and hides: hiding needs no data and leaves no audit entry. */
  view: z.enum(['show', 'hide']).default('show'),
});

/**
 * "Pokaż kontakt" of one row: the contact travels only in this answer (or, without JavaScript,
 * in the page re-rendered for this one row), and every view is written to the audit log.
 */
export async function revealContactAction(_p: ContactState, formData: FormData): Promise<ContactState> {
  return runStaffAction(formData, {
    role: 'CLERK',
    schema: contactSchema,
    invalid: 'Nie wskazano wizyty. Odśwież listę.',
    run: async (d, staff) => {
      if (d.view === 'hide') return { data: null };
      const { email, phone } = await revealContact(staff, d.bookingId);
      return { data: { email, phone } };
    },
    done: 'Pokazano kontakt.',
    failed: 'Nie udało się pobrać kontaktu. Spróbuj ponownie za chwilę.',
    // Nothing changed: the panel is not rendered again.
    revalidate: [],
  });
}

const anonymiseSchema = z.object({
  bookingId: z.uuid({ message: RETENTION_TEXT.staff.invalid }),
  reason: z
    .string({ message: RETENTION_TEXT.staff.reasonShort })
    .trim()
    .min(5, RETENTION_TEXT.staff.reasonShort)
    .max(300, RETENTION_TEXT.staff.reasonLong),
});

/** An administrator erases one booking's personal data at the resident's request (audited). */
export async function anonymiseBookingAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: anonymiseSchema,
    run: async (d, staff) => {
      const r = await anonymiseBookingOnRequest(staff, d, new Date());
      return RETENTION_TEXT.staff.done(r.reference, r.cancelled);
    },
    done: 'Zapisano.',
    revalidate: ['/admin'],
  });
}
