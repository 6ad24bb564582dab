'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Fragment, useActionState, useEffect } from 'react';
import type { FormAction, FormState } from '@/lib/validation/form-state';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { type Phrase, fill } from '@/components/ui/phrase';

type Summary = { office: string; address: string; matter: string; date: string; time: string };
type SummaryRow = 'office' | 'address' | 'matter' | 'date' | 'time' | 'email' | 'phone' | 'applicationNumber';

/** The form's sentences, said by the page (dane/page.tsx). */
export type DetailsFormWords = {
  email: string;
  emailHint: string;
  phone: string;
  phoneHint: string;
  sms: string;
  applicationNumber: string;
  applicationNumberHint: string;
  next: string;
  chooseOther: string;
  summaryTitle: string;
  /** The summary's labels, one per row. */
  summary: Record<SummaryRow, string>;
  /** The phone in the summary when the code goes by SMS too: the number typed goes in its place. */
  phoneSms: Phrase;
  book: string;
  /** Said while the form goes on to the code page after "Zarezerwuj". */
  held: string;
  /** The link to the page the form is going to, should the navigation not happen by itself. */
  goOn: string;
  after: string;
};

type Props = {
  hidden: Record<string, string>;
  needsApplicationNumber: boolean;
  summary: Summary;
  dayHref: string;
  /** Which numbers can take an SMS (from SMS_COUNTRIES), shown under the SMS option. */
  smsHint: string;
  words: DetailsFormWords;
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
  words,
  bookingDetailsAction,
}: Props) {
  const [state, action, pending] = useActionState<FormState, FormData>(bookingDetailsAction, null);
  const router = useRouter();
  // "Zarezerwuj" answered with the page to go on to (the code page, or the day's times that say
  // why the time went): the form goes there itself, so only the new page's segments render.
  const goTo = state?.goTo;
  useEffect(() => {
    if (goTo) router.push(goTo);
  }, [goTo, router]);
  const values = state?.values ?? {};
  const errors = state?.ok === false ? (state.fieldErrors ?? {}) : {};
  // ok after the review: show the summary; an error after "Zarezerwuj" goes back to the details;
  // while leaving for goTo the summary stays, its button off, with what happened and a link on.
  const showSummary = state?.ok === true || goTo !== undefined;
  const taken = state?.ok === false && state.slotTaken === true;

  const message = state?.ok === false && (
    <Alert tone="error" className="mt-4">
      <p>{state.message}</p>
      {taken && (
        <Link href={dayHref} className="font-semibold underline">
          {words.chooseOther}
        </Link>
      )}
    </Alert>
  );

  if (showSummary) {
    const email = values.email?.trim().toLowerCase();
    const phone =
      values.phone && (values.smsOptIn === 'on' ? fill(words.phoneSms, values.phone) : values.phone);
    const rows: [SummaryRow, string | undefined, string?][] = [
      ['office', summary.office],
      ['address', summary.address],
      ['matter', summary.matter],
      ['date', summary.date],
      ['time', summary.time],
      ['email', email, 'break-all'],
      ['phone', phone],
      ['applicationNumber', values.idApplicationNumber?.toUpperCase()],
    ];
    return (
      <section aria-labelledby="podsumowanie" className="mt-6">
        <h2 id="podsumowanie" className="text-lg font-semibold">
          {words.summaryTitle}
        </h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {rows
            .filter(([, value]) => value)
            .map(([label, value, className]) => (
              <Fragment key={label}>
                <dt className="text-slate-700">{words.summary[label]}</dt>
                <dd className={className}>{value}</dd>
              </Fragment>
            ))}
        </dl>
        <form action={action} className="mt-4">
          <Hidden values={{ ...values, ...hidden, step: 'book' }} />
          <Button disabled={pending || goTo !== undefined} size="lg">
            {words.book}
          </Button>
        </form>
        {goTo && (
          <p role="status" className="mt-2 font-medium">
            {state?.ok === false ? state.message : words.held}{' '}
            <Link href={goTo} className="text-brand underline">
              {words.goOn}
            </Link>
          </p>
        )}
        <p className="mt-2 text-sm text-slate-700">{words.after}</p>
      </section>
    );
  }

  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <Hidden values={hidden} />
      <div aria-live="polite">{message}</div>
      <Field
        name="email"
        label={words.email}
        type="email"
        autoComplete="email"
        required
        defaultValue={values.email}
        errors={errors.email}
        hint={words.emailHint}
      />
      <Field
        name="phone"
        label={words.phone}
        type="tel"
        autoComplete="tel"
        defaultValue={values.phone}
        errors={errors.phone}
        hint={words.phoneHint}
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
          <label htmlFor="smsOptIn">{words.sms}</label>
          <p id="smsOptIn-hint" className="text-sm text-slate-700">
            {smsHint}
          </p>
        </div>
      </div>
      {needsApplicationNumber && (
        <Field
          name="idApplicationNumber"
          label={words.applicationNumber}
          required
          defaultValue={values.idApplicationNumber}
          errors={errors.idApplicationNumber}
          hint={words.applicationNumberHint}
        />
      )}
      <Button disabled={pending} size="lg">
        {words.next}
      </Button>
    </form>
  );
}
