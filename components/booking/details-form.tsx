'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import type { FormAction, FormState } from '@/lib/validation/form-state';
import { Field } from '@/components/ui/field';

type Summary = { office: string; address: string; matter: string; date: string; time: string };
type Props = {
  hidden: Record<string, string>;
  needsApplicationNumber: boolean;
  summary: Summary;
  dayHref: string;
  /** Which numbers can take an SMS (from SMS_COUNTRIES), shown under the SMS option. */
  smsHint: string;
  /** app/rezerwacja/booking-actions.ts, passed down by the page. */
  bookingDetailsAction: FormAction;
};

function Hidden({ values }: { values: Record<string, string> }) {
  return Object.entries(values).map(([k, v]) => <input key={k} type="hidden" name={k} value={v} />);
}

/** Details, then the summary with "Zarezerwuj". Plain forms: they work without JavaScript. */
export function DetailsForm({
  hidden,
  needsApplicationNumber,
  summary,
  dayHref,
  smsHint,
  bookingDetailsAction,
}: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(bookingDetailsAction, null);
  const values = state?.values ?? {};
  const errors = state?.ok === false ? (state.fieldErrors ?? {}) : {};
  // ok after the review: show the summary; an error after "Zarezerwuj" goes back to the details.
  const showSummary = state?.ok === true;
  const taken = state?.ok === false && state.slotTaken === true;

  const message = state?.ok === false && (
    <div role="alert" className="mt-4 rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
      <p>{state.message}</p>
      {taken && (
        <Link href={dayHref} className="font-semibold underline">
          Wybierz inny termin
        </Link>
      )}
    </div>
  );

  if (showSummary) {
    return (
      <section aria-labelledby="podsumowanie" className="mt-6">
        <h2 id="podsumowanie" className="text-lg font-semibold">
          Podsumowanie
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="text-slate-700">Urząd</dt>
          <dd>{summary.office}</dd>
          <dt className="text-slate-700">Adres</dt>
          <dd>{summary.address}</dd>
          <dt className="text-slate-700">Sprawa</dt>
          <dd>{summary.matter}</dd>
          <dt className="text-slate-700">Data</dt>
          <dd>{summary.date}</dd>
          <dt className="text-slate-700">Godzina</dt>
          <dd>{summary.time}</dd>
          <dt className="text-slate-700">E-mail</dt>
          <dd className="break-all">{values.email?.trim().toLowerCase()}</dd>
          {values.phone && (
            <>
              <dt className="text-slate-700">Telefon</dt>
              <dd>
                {values.phone}
                {values.smsOptIn === 'on' && ' (kod także SMS-em)'}
              </dd>
            </>
          )}
          {values.idApplicationNumber && (
            <>
              <dt className="text-slate-700">Numer wniosku</dt>
              <dd>{values.idApplicationNumber.toUpperCase()}</dd>
            </>
          )}
        </dl>
        <form action={action} className="mt-4">
          <Hidden values={{ ...values, ...hidden, step: 'book' }} />
          <button
            type="submit"
            disabled={pending}
            className="bg-brand hover:bg-brand-dark w-full rounded-md px-6 py-3 font-semibold text-white sm:w-auto"
          >
            Zarezerwuj
          </button>
        </form>
        <p className="mt-2 text-sm text-slate-700">
          Na podany adres wyślemy kod potwierdzający. Termin czeka na potwierdzenie 60 minut.
        </p>
      </section>
    );
  }

  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <Hidden values={hidden} />
      <div aria-live="polite">{message}</div>
      <Field
        name="email"
        label="Adres e-mail"
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email}
        errors={errors.email}
        hint="Wyślemy na niego kod potwierdzający i potwierdzenie wizyty."
      />
      <Field
        name="phone"
        label="Numer telefonu (nieobowiązkowy)"
        type="tel"
        autoComplete="tel"
        defaultValue={values.phone}
        errors={errors.phone}
        hint="Umożliwi kontakt w razie nieprzewidzianych okoliczności."
      />
      <div className="flex items-start gap-3">
        <input
          id="smsOptIn"
          name="smsOptIn"
          type="checkbox"
          defaultChecked={values.smsOptIn === 'on'}
          aria-describedby="smsOptIn-hint"
          className="mt-1 size-5 shrink-0"
        />
        <div>
          <label htmlFor="smsOptIn">
            Wyślij kod potwierdzający także SMS-em (wymaga numeru telefonu komórkowego)
          </label>
          <p id="smsOptIn-hint" className="text-sm text-slate-700">
            {smsHint}
          </p>
        </div>
      </div>
      {needsApplicationNumber && (
        <Field
          name="idApplicationNumber"
          label="Numer wniosku o wydanie dowodu osobistego"
          required
          defaultValue={values.idApplicationNumber}
          errors={errors.idApplicationNumber}
          hint="Znajdziesz go w pkt 1 potwierdzenia złożenia wniosku (otrzymanego w dniu złożenia wniosku)."
        />
      )}
      <button
        type="submit"
        disabled={pending}
        className="bg-brand hover:bg-brand-dark w-full rounded-md px-6 py-3 font-semibold text-white sm:w-auto"
      >
        Dalej
      </button>
    </form>
  );
}
