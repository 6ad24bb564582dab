import { z } from 'zod';
import { applicationNumberSchema, confirmationCodeSchema, emailSchema, phoneSchema } from './booking';

// The manage page's forms (app/wizyta/actions.ts): every one names its booking by the hidden
// `token` field; a missing one reads as empty and finds no booking.

export const manageTokenField = z.string().catch('');

export const manageTokenSchema = z.object({ token: manageTokenField });

export const phoneCorrectionSchema = z.object({ token: manageTokenField, phone: phoneSchema.optional() });

/** Step 1 of an e-mail correction: the new address, where the code goes. */
export const emailChangeRequestSchema = z.object({ token: manageTokenField, email: emailSchema });

/** A code typed on the manage page: the hold's, or (step 2 of an e-mail correction) the new address's. */
export const manageCodeSchema = confirmationCodeSchema.extend({ token: manageTokenField });

export const applicationNumberCorrectionSchema = z.object({
  token: manageTokenField,
  idApplicationNumber: applicationNumberSchema,
});
