import Link from 'next/link';
import { ContactReveal } from '@/components/admin/contact-reveal';
import type { FormAction, RevealContactAction } from '@/lib/validation/form-state';
import { StaffForm } from '@/components/admin/staff-form';
import { INTENTS } from '@/lib/domain/visit-status';
import type { DayVisit } from '@/lib/server/visits/list-day-visits';
import { t } from '@/lib/i18n/t';

/** The visit's ticket from the machine and where it is in the queue ("S004: wezwany, stanowisko 2"). */
function ticketState(ticket: DayVisit['ticket']): string {
  if (!ticket) return '—';
  const status = t(`counter.status.${ticket.status}`);
  return ticket.counter && ticket.status !== 'ISSUED'
    ? t('counter.dayList.atCounter', { number: ticket.number, status, counter: ticket.counter })
    : t('counter.dayList.plain', { number: ticket.number, status });
}

/**
 * The day's visits for the desk. Contact data is not on the page: "Pokaż kontakt" fetches one
 * row's when needed (e.g. to call a resident who is late), on record; the print view never has it.
 */
export function DayListTable({
  visits,
  caption,
  changeVisitStatusAction,
  revealContactAction,
}: {
  visits: DayVisit[];
  caption: string;
  changeVisitStatusAction: FormAction;
  revealContactAction: RevealContactAction;
}) {
  const withNumbers = visits.some((v) => v.applicationNumber);
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[56rem] text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400 text-left">
            <th scope="col" className="py-2 pr-3">
              Godzina
            </th>
            <th scope="col" className="py-2 pr-3">
              Identyfikator
            </th>
            <th scope="col" className="py-2 pr-3">
              Sprawa
            </th>
            {withNumbers && (
              <th scope="col" className="py-2 pr-3">
                Nr wniosku
              </th>
            )}
            <th scope="col" className="py-2 pr-3">
              Status
            </th>
            <th scope="col" className="py-2 pr-3">
              Kanał
            </th>
            <th scope="col" className="py-2 pr-3">
              Kontakt
            </th>
            <th scope="col" className="py-2 pr-3">
              Czynności
            </th>
            <th scope="col" className="py-2">
              {t('counter.dayList.column')}
            </th>
          </tr>
        </thead>
        <tbody>
          {visits.map((v) => (
            <tr key={v.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-3 font-mono">{v.time}</td>
              <th scope="row" className="py-2 pr-3 text-left font-mono font-semibold">
                {v.reference}
              </th>
              <td className="py-2 pr-3">{v.matter}</td>
              {withNumbers && <td className="py-2 pr-3 font-mono">{v.applicationNumber ?? '—'}</td>}
              <td className="py-2 pr-3">{v.statusLabel}</td>
              <td className="py-2 pr-3">{v.channel === 'PHONE' ? 'telefon' : 'online'}</td>
              <td className="py-2 pr-3">
                {v.hasContact ? (
                  <ContactReveal
                    bookingId={v.id}
                    reference={v.reference}
                    revealContactAction={revealContactAction}
                  />
                ) : (
                  '—'
                )}
              </td>
              <td className="py-2 pr-3">
                {v.intents.length || v.undo ? (
                  <StaffForm
                    action={changeVisitStatusAction}
                    compact
                    submit="Zapisz"
                    fields={[
                      { name: 'bookingId', label: '', type: 'hidden', defaultValue: v.id },
                      { name: 'expected', label: '', type: 'hidden', defaultValue: v.status },
                    ]}
                    choices={[
                      ...v.intents.map((i) => ({
                        name: 'intent',
                        value: i,
                        label: INTENTS[i].label,
                        variant: i === 'cancel-late' ? ('danger' as const) : ('secondary' as const),
                      })),
                      ...(v.undo
                        ? [
                            {
                              name: 'intent',
                              value: 'undo',
                              label: `Cofnij (na „${v.undo.label}”)`,
                              variant: 'secondary' as const,
                            },
                          ]
                        : []),
                    ]}
                  />
                ) : (
                  <span className="text-slate-700">—</span>
                )}
                {v.status === 'CONFIRMED' && (
                  <Link
                    href={`/admin/wizyta/${v.id}`}
                    aria-label={t('changes.visit.openLabel', { reference: v.reference })}
                    className="text-brand mt-1 inline-block underline"
                  >
                    {t('changes.visit.open')}
                  </Link>
                )}
              </td>
              <td className="py-2 font-mono">{ticketState(v.ticket)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
