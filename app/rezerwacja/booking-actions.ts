'use server';

import { redirect } from 'next/navigation';
import { loadFlow } from '@/lib/server/booking/load-flow';
import { isAppError } from '@/lib/server/core/errors';
import { LIMITS, clientKey, enforceRateLimit } from '@/lib/server/core/rate-limit';
import { requestBooking } from '@/lib/server/booking/request-booking';
import { smsOptInError } from '@/lib/server/notify/sms-recipient';
import { bookingDetailsSchemaFor } from '@/lib/validation/booking';
import { type FormState, NOT_A_FORM, formValues, isForm } from '@/lib/validation/form-state';

function choiceFrom(formData: FormData) {
  const get = (k: string) => (typeof formData.get(k) === 'string' ? (formData.get(k) as string) : undefined);
  return {
    office: get('office') ?? '',
    category: get('category') ?? '',
    sprawa: get('sprawa'),
    czas: get('czas'),
  };
}

const RESTART =
  'Rezerwacja wymaga wyboru sprawy, terminu i akceptacji regulaminu. Zacznij od wyboru terminu.';
/** The category went phone-only while the resident was filling in the form. */
function phoneOnlyMessage(category: { office: { bookingPhone: string } }) {
  return `Ta kategoria jest teraz rezerwowana wyłącznie telefonicznie: zadzwoń pod numer ${category.office.bookingPhone}. Niczego nie zarezerwowano.`;
}

const TAKEN = 'Ten termin został właśnie zajęty przez inną osobę. Wybierz inny z odświeżonej listy.';

/**
 * The details checked against the matter of the flow: the server decides whether it needs an
 * application number. Fields are answered first, as before, whatever state the flow is in.
 */
function parseDetails(flow: Awaited<ReturnType<typeof loadFlow>>, values: Record<string, string>) {
  const matter = 'matter' in flow && flow.matter ? flow.matter : { requiresApplicationNumber: false };
  return bookingDetailsSchemaFor(matter).safeParse(values);
}

const FIX_FIELDS = 'Popraw zaznaczone pola.';

/** Step "Dane": validates the details and answers with the summary to confirm. */
async function reviewDetails(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const flow = await loadFlow(choiceFrom(formData), new Date());
  const parsed = parseDetails(flow, values);
  if (!parsed.success)
    return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors, message: FIX_FIELDS, values };
  const smsError = smsOptInError(parsed.data);
  if (smsError) return { ok: false, fieldErrors: { phone: [smsError] }, message: FIX_FIELDS, values };
  if (flow.kind === 'phone-only') return { ok: false, message: phoneOnlyMessage(flow.category), values };
  if (flow.kind !== 'ok') return { ok: false, message: RESTART, values };
  if (!flow.free) return { ok: false, message: TAKEN, values: { ...values, taken: '1' } };
  return { ok: true, values };
}

/** "Zarezerwuj": holds the time and sends the code; on success, the code page. */
async function submitBooking(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const now = new Date();
  const flow = await loadFlow(choiceFrom(formData), now);
  const parsed = parseDetails(flow, values);
  if (!parsed.success)
    return { ok: false, fieldErrors: parsed.error.flatten().fieldErrors, message: FIX_FIELDS, values };
  if (flow.kind === 'phone-only') return { ok: false, message: phoneOnlyMessage(flow.category), values };
  if (flow.kind !== 'ok') return { ok: false, message: RESTART, values };
  let token: string;
  try {
    await enforceRateLimit(LIMITS.hold, now);
    ({ token } = await requestBooking({
      categoryId: flow.category.id,
      matterId: flow.matter.id,
      startsAt: flow.startsAt,
      details: parsed.data,
      regulations: flow.regulations,
      now,
    }));
  } catch (e) {
    if (isAppError(e)) {
      return {
        ok: false,
        message: e.userMessage,
        fieldErrors: e.field ? { [e.field]: [e.userMessage] } : undefined,
        values: e.code === 'SLOT_TAKEN' ? { ...values, taken: '1' } : values,
      };
    }
    console.error('submitBooking failed', {
      client: await clientKey(),
      error: e,
    });
    return {
      ok: false,
      message:
        'Nie udało się zarezerwować terminu z powodu błędu po naszej stronie. Spróbuj ponownie za chwilę.',
      values,
    };
  }
  redirect(`/wizyta/${token}`);
}

/**
 * One action for both forms of the step (details, then summary with "Zarezerwuj"), told apart
 * by a hidden `step` field: with JavaScript off, the page that answers a POST must carry forms
 * bound to the same action.
 */
export async function bookingDetailsAction(prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return NOT_A_FORM;
  return formData.get('step') === 'book' ? submitBooking(prev, formData) : reviewDetails(prev, formData);
}
