import Link from 'next/link';
import { contactRevealWords } from '@/components/admin/client-words';
import { ContactReveal } from '@/components/admin/contact-reveal';
import type { FormAction, RevealContactAction } from '@/lib/validation/form-state';
import { StaffForm } from '@/components/admin/staff-form';
import { Table, THead, Td, Th, Tr } from '@/components/ui/table';
import { useTranslations } from '@/lib/i18n/server';
import type { Translator } from '@/lib/i18n/translator';
import type { DayVisit } from '@/lib/server/visits/list-day-visits';
import { intentLabel } from '@/lib/i18n/labels';

/** The visit's ticket from the machine and where it is in the queue ("S004: wezwany, stanowisko 2"). */
function ticketState(t: Translator, ticket: DayVisit['ticket']): string {
  if (!ticket) return '—';
  const status = t(`counter.status.${ticket.status}`);
  return ticket.counter && ticket.status !== 'ISSUED'
    ? t('counter.dayList.atCounter', { number: ticket.number, status, counter: String(ticket.counter) })
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
  const t = useTranslations();
  const withNumbers = visits.some((v) => v.applicationNumber);
  return (
    <Table caption={caption} scroll={caption} className="" tableClassName="min-w-[56rem]">
      <THead>
        <Th>{t('admin.words.time')}</Th>
        <Th>{t('admin.words.reference')}</Th>
        <Th>{t('admin.words.matter')}</Th>
        {withNumbers && <Th>{t('admin.dayList.applicationNumber')}</Th>}
        <Th>{t('admin.words.status')}</Th>
        <Th>{t('admin.dayList.channel')}</Th>
        <Th>{t('admin.words.contact')}</Th>
        <Th>{t('admin.words.actions')}</Th>
        <Th>{t('counter.dayList.column')}</Th>
      </THead>
      <tbody>
        {visits.map((v) => (
          <Tr key={v.id}>
            <Td className="font-mono">{v.time}</Td>
            <Th scope="row" className="font-mono font-semibold">
              {v.reference}
            </Th>
            <Td>{v.matter}</Td>
            {withNumbers && <Td className="font-mono">{v.applicationNumber ?? '—'}</Td>}
            <Td>{v.statusLabel}</Td>
            <Td>{t(v.channel === 'PHONE' ? 'admin.dayList.channelPhone' : 'admin.dayList.channelOnline')}</Td>
            <Td>
              {v.hasContact ? (
                <ContactReveal
                  bookingId={v.id}
                  revealContactAction={revealContactAction}
                  words={contactRevealWords(t, v.reference)}
                />
              ) : (
                '—'
              )}
            </Td>
            <Td>
              {v.intents.length || v.undo ? (
                <StaffForm
                  action={changeVisitStatusAction}
                  compact
                  submit={t('admin.words.save')}
                  fields={[
                    { name: 'bookingId', label: '', type: 'hidden', defaultValue: v.id },
                    { name: 'expected', label: '', type: 'hidden', defaultValue: v.status },
                  ]}
                  choices={[
                    ...v.intents.map((i) => ({
                      name: 'intent',
                      value: i,
                      label: intentLabel(i),
                      variant: i === 'cancel-late' ? ('danger' as const) : ('secondary' as const),
                    })),
                    ...(v.undo
                      ? [
                          {
                            name: 'intent',
                            value: 'undo',
                            label: t('admin.dayList.undo', { status: v.undo.label }),
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
            </Td>
            <Td className="font-mono">{ticketState(t, v.ticket)}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
