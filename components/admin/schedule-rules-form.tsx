'use client';

import { useActionState } from 'react';
import type { FormState } from '@/lib/validation/form-state';
import type { RuleRow } from '@/lib/server/schedule/load-schedule-view';
import { ScheduleField } from './schedule-field';
import { ScheduleImpact } from './schedule-impact';

const DAYS = ['Poniedziałek', 'Wtorek', 'Środa', 'Czwartek', 'Piątek', 'Sobota', 'Niedziela'];
const COLUMNS: { field: keyof RuleRow; label: string; type: 'time' | 'number' | 'date'; width: string }[] = [
  { field: 'opens', label: 'Otwarcie', type: 'time', width: 'w-28' },
  { field: 'closes', label: 'Zamknięcie', type: 'time', width: 'w-28' },
  { field: 'slot', label: 'Wizyta (min)', type: 'number', width: 'w-20' },
  { field: 'counters', label: 'Stanowiska', type: 'number', width: 'w-20' },
  { field: 'from', label: 'Obowiązuje od', type: 'date', width: 'w-40' },
  { field: 'to', label: 'Obowiązuje do', type: 'date', width: 'w-40' },
];

type Action = (prev: FormState, formData: FormData) => Promise<FormState>;

/**
 * The week of a category as one table: a row per opening block, grouped by weekday, and an empty
 * row under each day to add a block. Everything is posted and saved at once.
 */
export function ScheduleRulesForm({
  action,
  categoryId,
  weekdays,
  defaults,
}: {
  action: Action;
  categoryId: string;
  weekdays: RuleRow[][];
  defaults: { slot: string; counters: string };
}) {
  const [state, formAction, pending] = useActionState<FormState, FormData>(action, null);
  const values = state?.values;
  const errorsOf = (name: string) => (state?.ok === false ? state.fieldErrors?.[name] : undefined);
  const blank: RuleRow = {
    opens: '',
    closes: '',
    slot: defaults.slot,
    counters: defaults.counters,
    from: '',
    to: '',
  };

  // Field name → where it is, for the list of problems under the table (the table is long).
  const fields = new Map<string, { id: string; label: string }>();
  let n = 0;
  const groups = weekdays.map((blocks, i) => {
    const day = DAYS[i]!;
    const rows = [
      ...blocks.map((b, j) => ({ row: b, label: `${day}, blok ${j + 1}`, isNew: false })),
      {
        row: blank,
        label: blocks.length ? `${day}, nowy blok` : `${day}, blok 1 (nowy)`,
        isNew: true,
      },
    ];
    return (
      <tbody key={day} className="border-t-2 border-slate-400">
        {rows.map(({ row, label, isNew }, j) => {
          const k = n++;
          const name = (f: string) => `r${k}.${f}`;
          const valueOf = (f: keyof RuleRow) => (values ? (values[name(f)] ?? '') : row[f]);
          for (const c of COLUMNS)
            fields.set(name(c.field), {
              id: `r-${k}-${c.field}`,
              label: `${label}: ${c.label.toLowerCase()}`,
            });
          return (
            <tr key={k} className={isNew ? 'bg-slate-50' : undefined}>
              <th scope="row" className="p-2 text-left align-top font-medium">
                <input type="hidden" name={name('weekday')} value={i + 1} />
                {j === 0 ? day : <span className="sr-only">{day}</span>}
                <span className="block text-sm font-normal text-slate-700">
                  {isNew
                    ? blocks.length
                      ? 'dodaj blok'
                      : 'nieczynne — wpisz godziny, aby dodać'
                    : `blok ${j + 1}`}
                </span>
              </th>
              {COLUMNS.map((c) => (
                <td key={c.field} className="p-1 align-top">
                  <ScheduleField
                    id={`r-${k}-${c.field}`}
                    name={name(c.field)}
                    label={`${label}: ${c.label.toLowerCase()}`}
                    hiddenLabel
                    type={c.type}
                    value={valueOf(c.field)}
                    errors={errorsOf(name(c.field))}
                    inputClassName={c.width}
                    min={c.field === 'slot' ? 5 : c.field === 'counters' ? 1 : undefined}
                  />
                </td>
              ))}
              <td className="p-1 text-center align-top">
                {!isNew && (
                  <ScheduleField
                    id={`r-${k}-remove`}
                    name={name('remove')}
                    type="checkbox"
                    label={`Usuń: ${label}`}
                    hiddenLabel
                    value={values ? values[name('remove')] : undefined}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    );
  });

  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="categoryId" value={categoryId} />
      {/* relative: the visually hidden labels (position: absolute) scroll with the table instead of
          widening the page on a phone. */}
      <div className="relative overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">
            Godziny przyjęć w tygodniu: bloki otwarcia każdego dnia i puste wiersze do dodania bloku
          </caption>
          <thead>
            <tr>
              <th scope="col" className="p-2">
                Dzień
              </th>
              {COLUMNS.map((c) => (
                <th key={c.field} scope="col" className="p-2 text-sm">
                  {c.label}
                </th>
              ))}
              <th scope="col" className="p-2 text-sm">
                Usuń
              </th>
            </tr>
          </thead>
          {groups}
        </table>
      </div>
      <div aria-live="polite" className="mt-3">
        {state?.message && (
          <p
            role={state.ok ? 'status' : 'alert'}
            className={state.ok ? 'text-green-800' : 'font-medium text-red-800'}
          >
            {state.message}
          </p>
        )}
        {state?.ok === false && state.fieldErrors && (
          <ul className="mt-1 list-disc pl-6 text-red-800">
            {Object.entries(state.fieldErrors).flatMap(([name, messages]) => {
              const f = fields.get(name);
              return f && messages?.length
                ? [
                    <li key={name}>
                      <a href={`#${f.id}`} className="underline">
                        {f.label}
                      </a>
                      : {messages.join(' ')}
                    </li>,
                  ]
                : [];
            })}
          </ul>
        )}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="bg-brand hover:bg-brand-dark mt-3 rounded-md px-5 py-2 font-semibold text-white disabled:opacity-60"
      >
        Zapisz godziny przyjęć
      </button>
      {state?.ok === false && state.impact && (
        <ScheduleImpact
          idPrefix="rules"
          impact={state.impact}
          reason={values?.cancelReason}
          reasonErrors={errorsOf('cancelReason')}
        />
      )}
    </form>
  );
}
