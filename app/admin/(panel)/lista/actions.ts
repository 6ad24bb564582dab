'use server';

import { z } from 'zod';
import { LISTED_STATUSES, STATUS_INTENTS } from '@/lib/domain/visit-status';
import { revealContact } from '@/lib/server/visits/reveal-contact';
import { m } from '@/lib/validation/messages';
import { anonymiseBookingOnRequest } from '@/lib/server/retention/anonymise-booking-on-request';
import { setVisitStatus } from '@/lib/server/visits/set-visit-status';
import { undoVisitStatus } from '@/lib/server/visits/undo-visit-status';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import type { ContactState, FormState } from '@/lib/validation/form-state';
import { statusLabel } from '@/lib/i18n/labels';

const statusChangeSchema = z.object({
  bookingId: z.uuid({ message: m('validation.visits.booking') }),
  intent: z.enum([...STATUS_INTENTS, 'undo'], { message: m('validation.visits.intent') }),
  /** The status the clerk saw: a page out of date changes nothing. */
  expected: z.enum(LISTED_STATUSES, { message: m('validation.visits.expected') }),
});

/** One form per row of the day's list; its buttons send the intent (check-in, served, …, undo). */
export async function changeVisitStatusAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'CLERK',
    schema: statusChangeSchema,
    invalid: 'visits.statusInvalid',
    run: async (d, staff) => {
      const input = { bookingId: d.bookingId, expected: d.expected };
      const r =
        d.intent === 'undo'
          ? await undoVisitStatus(staff, input, new Date())
          : await setVisitStatus(staff, { ...input, intent: d.intent }, new Date());
      return { ...r, undone: d.intent === 'undo' };
    },
    done: (r) => ({
      key: r.undone ? 'visits.statusUndone' : 'visits.statusSaved',
      params: { reference: r.reference, status: statusLabel(r.status) },
    }),
    // The whole panel: a status also moves the overview's figures and may add or lift blocks.
    revalidate: ['/admin'],
  });
}

const contactSchema = z.object({
  bookingId: z.uuid({ message: m('validation.visits.booking') }),
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
    invalid: 'validation.visits.booking',
    run: async (d, staff) => {
      if (d.view === 'hide') return null;
      const { email, phone } = await revealContact(staff, d.bookingId);
      return { email, phone };
    },
    done: (data) => ({ message: 'visits.contactShown', data }),
    failed: 'visits.contactFailed',
    // Nothing changed: the panel is not rendered again.
    revalidate: [],
  });
}

const anonymiseSchema = z.object({
  bookingId: z.uuid({ message: m('retention.staff.invalid') }),
  reason: z
    .string({ message: m('retention.staff.reasonShort') })
    .trim()
    .min(5, m('retention.staff.reasonShort'))
    .max(300, m('retention.staff.reasonLong')),
});

/** An administrator erases one booking's personal data at the resident's request (audited). */
export async function anonymiseBookingAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: anonymiseSchema,
    run: (d, staff) => anonymiseBookingOnRequest(staff, d, new Date()),
    done: (r) => ({
      key: r.cancelled ? 'retention.staff.doneCancelled' : 'retention.staff.done',
      params: { reference: r.reference },
    }),
    revalidate: ['/admin'],
  });
}
