'use server';

import { isTimeFree, loadFlow } from '@/lib/server/booking/load-flow';
import { isAppError } from '@/lib/server/core/errors';
import { goOn } from '@/lib/server/core/go-on';
import { LIMITS, clientKey, enforceRateLimit } from '@/lib/server/core/rate-limit';
import { requestBooking } from '@/lib/server/booking/request-booking';
import { runPublicAction } from '@/lib/server/core/run-public-action';
import { smsOptInError } from '@/lib/server/notify/sms-recipient';
import { type FlowNotice, bookingDetailsSchemaFor } from '@/lib/validation/booking';
import { type FormState, type Refusal, isForm, notAForm } from '@/lib/validation/form-state';
import { type Translator, sayMessage, translator } from '@/lib/i18n/translator';

type Flow = Awaited<ReturnType<typeof loadFlow>>;

function choiceFrom(formData: FormData) {
  const get = (k: string) => (typeof formData.get(k) === 'string' ? (formData.get(k) as string) : undefined);
  return {
    office: get('office') ?? '',
    category: get('category') ?? '',
    sprawa: get('sprawa'),
    czas: get('czas'),
  };
}

const FIX_FIELDS = 'common.fixFields';

/**
 * The details are checked against the matter of the flow: the server decides whether it needs an
 * application number. Fields are answered first, as before, whatever state the flow is in.
 */
function detailsSchema(flow: Flow) {
  return bookingDetailsSchemaFor(
    'matter' in flow && flow.matter ? flow.matter : { requiresApplicationNumber: false },
  );
}

/** What stops the flow before anything is held (the resident can act on each). */
function flowRefusal(t: Translator, flow: Flow): Refusal | undefined {
  // The category went phone-only while the resident was filling in the form.
  if (flow.kind === 'phone-only')
    return { message: t('flow.phoneOnlyNow', { phone: flow.category.office.bookingPhone }) };
  if (flow.kind !== 'ok') return { message: t('flow.restart') };
}

/** Step "Dane": validates the details and answers with the summary to confirm. */
async function reviewDetails(formData: FormData): Promise<FormState> {
  const t = translator();
  const flow = await loadFlow(choiceFrom(formData));
  return runPublicAction(formData, {
    schema: detailsSchema(flow),
    invalid: FIX_FIELDS,
    authorise: async (details) => {
      const smsError = smsOptInError(details);
      if (smsError) return { message: t(FIX_FIELDS), fieldErrors: { phone: [sayMessage(t, smsError)] } };
      const refusal = flowRefusal(t, flow);
      if (refusal) return refusal;
      if (flow.kind === 'ok' && !(await isTimeFree(flow.category.id, flow.startsAt, new Date())))
        return { message: t('errors.SLOT_TAKEN'), slotTaken: true };
    },
    run: async () => {},
    done: () => ({}),
    keepValues: true,
    log: 'reviewDetails failed',
  });
}

/**
 * Where a refused "Zarezerwuj" sends the resident instead of showing the form again: the day's
 * times when the time went (taken, or gone from the schedule), the start of the flow when it must
 * restart; the reason travels as a code the page says (FLOW_NOTICES).
 */
function noticeHref(flow: Flow, notice: FlowNotice): string | undefined {
  if (flow.kind === 'ok') return `${flow.dayHref}&${new URLSearchParams({ komunikat: notice })}`;
  if (flow.kind !== 'restart') return undefined;
  const query = new URLSearchParams({
    ...(flow.matter ? { sprawa: flow.matter.slug } : {}),
    komunikat: notice,
  });
  return `${flow.base}?${query}`;
}

/**
 * "Zarezerwuj": holds the time and sends the code; on success, the code page. A time taken or
 * gone, or a flow to restart, is answered with the page to go on from (noticeHref); wrong fields,
 * a limit, a block are said next to the form, with what was typed. Where to go is a 303 without
 * JavaScript and `goTo` with it: the form navigates itself (goOn, decision 040).
 */
async function submitBooking(formData: FormData): Promise<FormState> {
  const t = translator();
  const now = new Date();
  const flow = await loadFlow(choiceFrom(formData));
  let sentBack: FlowNotice | undefined;
  const state = await runPublicAction(formData, {
    schema: detailsSchema(flow),
    invalid: FIX_FIELDS,
    authorise: async () => {
      const refusal = flowRefusal(t, flow);
      if (refusal) {
        if (flow.kind === 'restart') sentBack = 'od-nowa';
        return refusal;
      }
      const bookingPhone = flow.kind === 'ok' ? flow.category.office.bookingPhone : undefined;
      await enforceRateLimit(LIMITS.hold, now, { bookingPhone: async () => bookingPhone });
    },
    run: async (details) => {
      if (flow.kind !== 'ok') throw new Error('unreachable: the flow was authorised');
      try {
        return await requestBooking({
          categoryId: flow.category.id,
          matterId: flow.matter.id,
          startsAt: flow.startsAt,
          details,
          regulations: flow.regulations,
          now,
        });
      } catch (e) {
        if (isAppError(e) && e.code === 'SLOT_TAKEN') sentBack = 'termin-zajety';
        if (isAppError(e) && e.code === 'SLOT_UNAVAILABLE') sentBack = 'termin-niedostepny';
        throw e;
      }
    },
    done: ({ token }) => ({ goTo: `/wizyta/${token}` }),
    // The summary stays on screen, its button off, until the form has gone to goTo.
    keepValues: true,
    log: 'submitBooking failed',
    logContext: async () => ({ client: await clientKey() }),
    failed: 'flow.submitFailed',
  });
  const to = state?.goTo ?? (sentBack && noticeHref(flow, sentBack));
  return to ? goOn(state, to) : state;
}

/**
 * One action for both forms of the step (details, then summary with "Zarezerwuj"), told apart
 * by a hidden `step` field: with JavaScript off, the page that answers a POST must carry forms
 * bound to the same action.
 */
export async function bookingDetailsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  if (!isForm(formData)) return notAForm();
  return formData.get('step') === 'book' ? submitBooking(formData) : reviewDetails(formData);
}
