import { z } from 'zod';

/** Only paths inside the booking flow may be the target after accepting the regulations. */
const flowPath = z
  .string()
  .regex(/^\/rezerwacja\/[a-z0-9-]+\/[a-z0-9-]+(\?[\w=&%.:-]*)?$/, 'Nieprawidłowy adres powrotu.');

export const acceptRegulationsSchema = z.object({
  accepted: z.literal('on'),
  next: flowPath,
});
