// The ticket machine's and the counter's forms (lib/server/queue). Messages are catalogue keys.
import { z } from 'zod';
import { m } from '@/lib/validation/messages';

const uuid = (key: Parameters<typeof m>[0]) => z.string({ error: m(key) }).uuid(m(key));
const digits8 = (key: Parameters<typeof m>[0]) =>
  z
    .string({ error: m(key) })
    .transform((s) => s.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{8}$/, m(key)));
/** A form checkbox: present ("on") or absent; a JSON boolean passes too. */
const checkbox = z
  .union([z.boolean(), z.literal('on'), z.literal('true'), z.literal('false'), z.undefined(), z.null()])
  .transform((v) => v === true || v === 'on' || v === 'true');
const minutes = z.coerce
  .number({ error: m('queue.minutes') })
  .int(m('queue.minutes'))
  .min(0, m('queue.minutes'))
  .max(240, m('queue.minutes'));
export const counterNumberSchema = z.coerce
  .number({ error: m('queue.counter') })
  .int(m('queue.counter'))
  .min(1, m('queue.counter'))
  .max(99, m('queue.counter'));

/** "Umówiona wizyta": the 8 digits from the e-mail. */
export const kioskCodeSchema = z.object({ code: digits8('queue.kioskCode') });
/** "Sparuj urządzenie": the administrator's one-time code. */
export const pairDeviceSchema = z.object({ code: digits8('queue.pairingCode') });
/** "Bez rezerwacji": the chosen category. */
export const walkInSchema = z.object({ categoryId: uuid('queue.category') });

export const pairingCodeSchema = z.object({
  officeId: uuid('common.invalidValue'),
  name: z
    .string({ error: m('queue.deviceName') })
    .trim()
    .min(1, m('queue.deviceName'))
    .max(60, m('queue.deviceName')),
});
export const deviceIdSchema = z.object({ deviceId: uuid('common.invalidValue') });

/** The counter's choice (kept in a cookie): its number and the categories it serves. */
export const counterScopeSchema = z.object({
  officeId: uuid('common.invalidValue'),
  counter: counterNumberSchema,
  categoryIds: z.array(uuid('queue.categories')).min(1, m('queue.categories')),
});
export const ticketActionSchema = z.object({
  ticketId: uuid('common.invalidValue'),
  counter: counterNumberSchema,
});
export const transferTicketSchema = ticketActionSchema.extend({ toCategoryId: uuid('queue.category') });

export const kioskSettingsSchema = z.object({
  officeId: uuid('common.invalidValue'),
  kioskEnabled: checkbox,
  kioskEarlyMin: minutes,
  kioskLateMin: minutes,
});
export const walkInSettingsSchema = z.object({
  categoryId: uuid('queue.category'),
  walkInEnabled: checkbox,
  walkInStopMin: minutes,
});
