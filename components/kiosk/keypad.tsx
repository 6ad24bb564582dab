'use client';

import { useState, useSyncExternalStore } from 'react';
import { KIOSK_PRIMARY, KIOSK_SECONDARY } from './kiosk-frame';

export type KeypadLabels = {
  field: string;
  hint: string;
  correct: string;
  correctName: string;
  submit: string;
};

const noSubscription = () => () => {};
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/**
 * An on-screen numeric keypad over a real text input. Without JavaScript the input is typed into
 * directly; with it, the screen's own keyboard is suppressed (inputMode "none") in favour of the
 * keypad, whose keys are large enough to hit with a finger.
 */
export function Keypad({
  name,
  length,
  labels,
  pending,
  error,
}: {
  name: string;
  length: number;
  labels: KeypadLabels;
  pending: boolean;
  /** The id of the message that explains a refusal (tied to the input by aria-describedby). */
  error?: string;
}) {
  const [value, setValue] = useState('');
  // False while rendered on the server (no script yet), true once hydrated.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const add = (d: string) => setValue((v) => (v.length < length ? v + d : v));
  const key = `${KIOSK_SECONDARY} font-mono text-5xl`;
  return (
    <div>
      <label htmlFor={name} className="block text-4xl font-bold">
        {labels.field}
      </label>
      <p id={`${name}-hint`} className="mt-2 text-2xl">
        {labels.hint}
      </p>
      <input
        id={name}
        name={name}
        value={value}
        onChange={(e) => setValue(e.target.value.replace(/\D/g, '').slice(0, length))}
        inputMode={scripted ? 'none' : 'numeric'}
        autoComplete="off"
        maxLength={length}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${name}-hint`, error].filter(Boolean).join(' ')}
        className="mt-4 w-full rounded-2xl border-4 border-slate-950 px-4 py-5 text-center font-mono text-6xl tracking-[0.3em]"
      />
      <div className="mt-6 grid grid-cols-3 gap-4">
        {DIGITS.map((d) => (
          <button key={d} type="button" className={key} onClick={() => add(d)}>
            {d}
          </button>
        ))}
        <button
          type="button"
          className={`${KIOSK_SECONDARY} text-2xl`}
          aria-label={labels.correctName}
          onClick={() => setValue((v) => v.slice(0, -1))}
        >
          <span aria-hidden="true">⌫&nbsp;</span>
          {labels.correct}
        </button>
        <button type="button" className={key} onClick={() => add('0')}>
          0
        </button>
      </div>
      <button type="submit" disabled={pending} className={`${KIOSK_PRIMARY} mt-6 min-h-28 text-4xl`}>
        {labels.submit}
      </button>
    </div>
  );
}
