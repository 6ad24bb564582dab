import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Table, THead, Td, Th, Tr } from '@/components/ui/table';
import type { Impact } from '@/lib/validation/form-state';
import { fill } from '@/components/ui/phrase';
import type { ScheduleImpactWords } from './client-words';

/**
 * The bookings a refused change would drop, and the one way to go on: the same form posted again
 * with `confirm=1`, the ids shown here (re-checked on the server) and a reason for the residents.
 * It sits after the form's own save button, so Enter in a field never cancels anything.
 */
export function ScheduleImpact({
  idPrefix,
  impact: { rows, confirmLabel },
  reason,
  reasonErrors,
  words,
}: {
  idPrefix: string;
  impact: Impact;
  reason?: string;
  reasonErrors?: string[];
  words: ScheduleImpactWords;
}) {
  const headingId = `${idPrefix}-impact`;
  return (
    <section aria-labelledby={headingId} className="mt-6 rounded-md border-2 border-red-800 bg-red-50 p-4">
      <h3 id={headingId} className="text-lg font-semibold text-red-900">
        {fill(words.heading, rows.length)}
      </h3>
      <p className="mt-1">{words.intro}</p>
      <Table caption={words.caption} scroll={words.region} className="mt-3" tableClassName="bg-white">
        <THead columns={words.columns} />
        <tbody>
          {rows.map((r) => (
            <Tr key={r.id}>
              <Td>
                <time dateTime={r.startsAt}>{r.when}</time>
                {r.held && <span className="block text-slate-700">{words.held}</span>}
              </Td>
              <Th scope="row" className="font-mono font-semibold">
                {r.reference}
              </Th>
              <Td>
                {r.matter}
                <span className="block text-slate-700">{r.category}</span>
              </Td>
              <Td>{r.byEmail ? words.byEmail : fill(words.call, r.phone ?? words.noPhone)}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
      <input type="hidden" name="expected" value={rows.map((r) => r.id).join(',')} />
      <Field
        id={`${idPrefix}-cancelReason`}
        name="cancelReason"
        type="textarea"
        rows={3}
        size="sm"
        label={words.reason}
        hint={words.reasonHint}
        defaultValue={reason}
        errors={reasonErrors}
        className="mt-4 max-w-xl"
      />
      <Button name="confirm" value="1" variant="danger" className="mt-4">
        {confirmLabel}
      </Button>
    </section>
  );
}
