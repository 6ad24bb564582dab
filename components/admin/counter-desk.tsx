import { StaffForm } from '@/components/admin/staff-form';
import { Table, THead, Td, Th, Tr } from '@/components/ui/table';
import { formatTime } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';
import type { CounterQueue } from '@/lib/server/queue/load-counter';
import type { CalledTicket } from '@/lib/server/queue/types';
import type { FormAction } from '@/lib/validation/form-state';

type Scope = { officeId: string; counter: number; categoryIds: string[] };

const scopeFields = (s: Scope, ticketId = '') => [
  { name: 'officeId', label: '', type: 'hidden' as const, defaultValue: s.officeId },
  { name: 'counter', label: '', type: 'hidden' as const, defaultValue: String(s.counter) },
  { name: 'categoryIds', label: '', type: 'hidden' as const, defaultValue: s.categoryIds.join(',') },
  { name: 'ticketId', label: '', type: 'hidden' as const, defaultValue: ticketId },
];

/** The ticket now called to this counter, with what the clerk needs to serve it. */
function CurrentTicket({ ticket }: { ticket: CalledTicket | null }) {
  const t = useTranslations();
  if (!ticket) return <p className="text-lg">{t('counter.current.none')}</p>;
  return (
    <div className="rounded-md border-2 border-slate-900 p-4">
      <p className="font-mono text-6xl font-black">{ticket.number}</p>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">{t('counter.current.category')}</dt>
        <dd>{ticket.categoryName}</dd>
        <dt className="font-medium">{t('counter.current.kind')}</dt>
        <dd>{t(ticket.kind === 'BOOKED' ? 'counter.kind.BOOKED' : 'counter.kind.WALK_IN')}</dd>
        {ticket.booking && (
          <>
            <dt className="font-medium">{t('counter.current.matter')}</dt>
            <dd>{ticket.booking.matterName}</dd>
            <dt className="font-medium">{t('counter.current.booking')}</dt>
            <dd>
              <span className="font-mono font-semibold">{ticket.booking.reference}</span>,{' '}
              {t('counter.current.visitAt', { time: formatTime(ticket.booking.startsAt) })}
            </dd>
          </>
        )}
        <dt className="font-medium">{t('counter.current.calls')}</dt>
        <dd>
          {t('counter.current.callCount', { count: ticket.callCount })}
          {ticket.calledAt && `, ${t('counter.current.lastCall', { time: formatTime(ticket.calledAt) })}`}
        </dd>
      </dl>
    </div>
  );
}

/**
 * The counter at work: the called ticket and every button for it in one form, the queues of the
 * office's categories, and this counter's tickets of today (an absent one can return to the queue).
 */
export function CounterDesk({
  scope,
  current,
  waiting,
  recent,
  counterAction,
}: {
  scope: Scope;
  current: CalledTicket | null;
  waiting: CounterQueue[];
  recent: CalledTicket[];
  counterAction: FormAction;
}) {
  const t = useTranslations();
  const others = waiting.filter((w) => w.categoryId !== current?.categoryId);
  return (
    <div className="grid gap-8 lg:grid-cols-2">
      <section aria-labelledby="wezwany">
        <h2 id="wezwany" className="text-xl font-semibold">
          {t('counter.current.heading')}
        </h2>
        <div className="mt-3 space-y-4" aria-live="polite">
          <CurrentTicket ticket={current} />
        </div>
        <div className="mt-4">
          <StaffForm
            action={counterAction}
            idPrefix="stanowisko"
            submit={t('counter.button.next')}
            fields={[
              ...scopeFields(scope, current?.id),
              ...(current && others.length
                ? [
                    {
                      name: 'toCategoryId',
                      label: t('counter.transferTo'),
                      type: 'select' as const,
                      options: others.map((c) => ({ value: c.categoryId, label: c.name })),
                    },
                  ]
                : []),
            ]}
            choices={[
              { name: 'intent', value: 'next', label: t('counter.button.next') },
              ...(current
                ? [
                    {
                      name: 'intent',
                      value: 'recall',
                      label: t('counter.button.recall'),
                      variant: 'secondary' as const,
                    },
                    {
                      name: 'intent',
                      value: 'absent',
                      label: t('counter.button.absent'),
                      variant: 'secondary' as const,
                    },
                    ...(others.length
                      ? [
                          {
                            name: 'intent',
                            value: 'transfer',
                            label: t('counter.button.transfer'),
                            variant: 'secondary' as const,
                          },
                        ]
                      : []),
                    { name: 'intent', value: 'finish', label: t('counter.button.finish') },
                  ]
                : []),
            ]}
          />
        </div>
      </section>
      <section aria-labelledby="kolejka">
        <h2 id="kolejka" className="text-xl font-semibold">
          {t('counter.queue.heading')}
        </h2>
        <Table caption={t('counter.queue.heading')}>
          <THead>
            <Th>{t('counter.queue.category')}</Th>
            <Th>{t('counter.queue.waiting')}</Th>
            <Th>{t('counter.queue.due')}</Th>
          </THead>
          <tbody>
            {waiting.map((w) => (
              <Tr key={w.categoryId}>
                <Td>
                  {w.name} ({w.letter}){w.selected && <strong> · {t('counter.queue.mine')}</strong>}
                </Td>
                <Td>{w.count}</Td>
                <Td>{w.bookedDue}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
        <h2 id="ostatnie" className="mt-8 text-xl font-semibold">
          {t('counter.recent.heading')}
        </h2>
        {recent.length === 0 ? (
          <p className="mt-2">{t(current ? 'counter.recent.onlyCurrent' : 'counter.recent.none')}</p>
        ) : (
          <ul aria-labelledby="ostatnie" className="mt-2 space-y-2">
            {recent.map((r) => (
              <li key={r.id} className="flex flex-wrap items-center gap-3">
                <span className="font-mono font-semibold">{r.number}</span>
                <span>{t(`counter.status.${r.status}`)}</span>
                {r.status === 'ABSENT' && (
                  <StaffForm
                    action={counterAction}
                    compact
                    idPrefix={`powrot-${r.id}`}
                    submit={t('counter.button.return', { number: r.number })}
                    variant="secondary"
                    fields={[
                      ...scopeFields(scope, r.id),
                      { name: 'intent', label: '', type: 'hidden', defaultValue: 'return' },
                    ]}
                  />
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
