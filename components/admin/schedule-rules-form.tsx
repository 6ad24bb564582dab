'use client';

import { useActionState } from 'react';
import { FormMessage } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { FormState } from '@/lib/validation/form-state';
import type { RuleRow } from '@/lib/server/schedule/load-schedule-view';
import type { ScheduleRulesWords } from './client-words';
import { ScheduleImpact } from './schedule-impact';

const COLUMNS: { field: keyof RuleRow; type: 'time' | 'number' | 'date'; width: string }[] = [
  { field: 'opens', type: 'time', width: 'w-28' },
  { field: 'closes', type: 'time', width: 'w-28' },
  { field: 'slot', type: 'number', width: 'w-20' },
  { field: 'counters', type: 'number', width: 'w-20' },
  { field: 'from', type: 'date', width: 'w-40' },
  { field: 'to', type: 'date', width: 'w-40' },
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
  words,
}: {
  action: Action;
  categoryId: string;
  weekdays: RuleRow[][];
  defaults: { slot: string; counters: string };
  /** scheduleRulesWords(t, blocks per weekday): every row's and cell's name. */
  words: ScheduleRulesWords;
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
    const { day, rows: rowWords } = words.days[i]!;
    const rows = [...blocks, blank].map((row, j) => ({
      row,
      isNew: j === blocks.length,
      named: rowWords[j]!,
    }));
    return (
      <tbody key={day} className="border-t-2 border-slate-400">
        {rows.map(({ row, named, isNew }, j) => {
          const k = n++;
          const name = (f: string) => `r${k}.${f}`;
          const valueOf = (f: keyof RuleRow) => (values ? (values[name(f)] ?? '') : row[f]);
          const cellLabel = (field: keyof RuleRow) => named.cells[field];
          for (const c of COLUMNS)
            fields.set(name(c.field), { id: `r-${k}-${c.field}`, label: cellLabel(c.field) });
          return (
            <tr key={k} className={isNew ? 'bg-slate-50' : undefined}>
              <th scope="row" className="p-2 text-left align-top font-medium">
                <input type="hidden" name={name('weekday')} value={i + 1} />
                {j === 0 ? day : <span className="sr-only">{day}</span>}
                <span className="block text-sm font-normal text-slate-700">{named.note}</span>
              </th>
              {COLUMNS.map((c) => (
                <td key={c.field} className="p-1 align-top">
                  <Field
                    id={`r-${k}-${c.field}`}
                    name={name(c.field)}
                    label={cellLabel(c.field)}
                    hiddenLabel
                    size="sm"
                    type={c.type}
                    defaultValue={valueOf(c.field)}
                    errors={errorsOf(name(c.field))}
                    inputClassName={c.width}
                    min={c.field === 'slot' ? 5 : c.field === 'counters' ? 1 : undefined}
                  />
                </td>
              ))}
              <td className="p-1 text-center align-top">
                {!isNew && (
                  <Field
                    id={`r-${k}-remove`}
                    name={name('remove')}
                    type="checkbox"
                    label={named.remove}
                    hiddenLabel
                    defaultValue={values ? values[name('remove')] : undefined}
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
          <caption className="sr-only">{words.caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="p-2">
                {words.day}
              </th>
              {COLUMNS.map((c) => (
                <th key={c.field} scope="col" className="p-2 text-sm">
                  {words.columns[c.field]}
                </th>
              ))}
              <th scope="col" className="p-2 text-sm">
                {words.remove}
              </th>
            </tr>
          </thead>
          {groups}
        </table>
      </div>
      <FormMessage state={state} className="mt-3">
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
      </FormMessage>
      <Button disabled={pending} className="mt-3">
        {words.save}
      </Button>
      {state?.ok === false && state.impact && (
        <ScheduleImpact
          idPrefix="rules"
          impact={state.impact}
          reason={values?.cancelReason}
          reasonErrors={errorsOf('cancelReason')}
          words={words.impact}
        />
      )}
    </form>
  );
}
