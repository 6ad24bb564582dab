'use server';

import { cookies } from 'next/headers';
import { z } from 'zod';
import type { KioskTicketView } from '@/components/kiosk/kiosk-ticket';
import { translator } from '@/lib/i18n/translator';
import { clientKey } from '@/lib/server/core/rate-limit';
import { runPublicAction } from '@/lib/server/core/run-public-action';
import { findKioskDevice } from '@/lib/server/queue/kiosk-device';
import { issueBookedTicket } from '@/lib/server/queue/issue-booked-ticket';
import { issueWalkInTicket } from '@/lib/server/queue/issue-walk-in-ticket';
import { pairDevice } from '@/lib/server/queue/pair-device';
import {
  KIOSK_COOKIE,
  type KioskDevice,
  type TicketView,
  kioskCookieOptions,
} from '@/lib/server/queue/types';
import type { FormState } from '@/lib/validation/form-state';
import { kioskCodeSchema, pairDeviceSchema, walkInSchema } from '@/lib/validation/queue';
import { SEARCH } from '@/lib/validation/search-params';
import { ticketViewOf } from './ticket-view';

const office = SEARCH.slug.catch('');

/** The device's cookie names the paired machine; without it (or revoked) nothing is issued. */
async function pairedDevice(officeSlug: string): Promise<KioskDevice | null> {
  const token = (await cookies()).get(KIOSK_COOKIE)?.value;
  return findKioskDevice(officeSlug, token, new Date());
}

/**
 * The one-time code an administrator created at /admin/biletomat, typed on the device: the
 * browser gets its long-lived device cookie and goes to the start screen.
 */
export async function pairKioskAction(
  _p: FormState<KioskTicketView>,
  formData: FormData,
): Promise<FormState<KioskTicketView>> {
  return runPublicAction(formData, {
    schema: pairDeviceSchema.extend({ office }),
    invalid: 'queue.pairingCode',
    run: async (d) => {
      const { token, device } = await pairDevice({
        officeSlug: d.office,
        code: d.code,
        clientKey: await clientKey(),
      });
      (await cookies()).set(KIOSK_COOKIE, token, kioskCookieOptions());
      return device;
    },
    done: (device) => ({ redirectTo: `/kiosk/${device.office.slug}` }),
    log: 'kiosk pairing failed',
  });
}

/** Runs an issuing use case on the paired device and answers the ticket, in words, as the form's data. */
async function issue<S extends z.ZodType<{ office: string }>>(
  formData: unknown,
  schema: S,
  issueOn: (device: KioskDevice, data: z.output<S>, now: Date) => Promise<TicketView>,
): Promise<FormState<KioskTicketView>> {
  const t = translator();
  const on: { device?: KioskDevice; ticket?: TicketView } = {};
  const state = await runPublicAction(formData, {
    schema,
    invalid: 'queue.kioskCode',
    authorise: async (d) => {
      on.device = (await pairedDevice(d.office)) ?? undefined;
      return on.device ? undefined : { message: t('errors.KIOSK_NOT_PAIRED') };
    },
    run: async (d) => (on.ticket = await issueOn(on.device!, d, new Date())),
    // The ticket itself is the answer (the form's data, below); no sentence.
    done: () => ({}),
    log: 'kiosk ticket failed',
  });
  return state?.ok && on.ticket ? { ...state, data: ticketViewOf(on.ticket) } : state;
}

/** "Umówiona wizyta": the code from the booking's e-mail; the booking is checked in. */
export async function issueBookedTicketAction(
  _p: FormState<KioskTicketView>,
  formData: FormData,
): Promise<FormState<KioskTicketView>> {
  return issue(formData, kioskCodeSchema.extend({ office }), (device, d, now) =>
    issueBookedTicket(device, { code: d.code }, now),
  );
}

/** "Bez rezerwacji": a ticket of a category that takes walk-ins now. */
export async function issueWalkInTicketAction(
  _p: FormState<KioskTicketView>,
  formData: FormData,
): Promise<FormState<KioskTicketView>> {
  return issue(formData, walkInSchema.extend({ office }), (device, d, now) =>
    issueWalkInTicket(device, { categoryId: d.categoryId }, now),
  );
}
