import type { KioskTicketView } from '@/components/kiosk/kiosk-ticket';
import { formatDateTime, formatTime } from '@/lib/i18n/format';
import { translator } from '@/lib/i18n/translator';
import type { TicketView } from '@/lib/server/queue/types';

/** The ticket in words, as it is shown and printed: number, category, visit time, where to wait. */
export function ticketViewOf(ticket: TicketView): KioskTicketView {
  const t = translator();
  const rows = [
    { label: t('kiosk.ticket.office'), value: ticket.officeName },
    { label: t('kiosk.ticket.category'), value: ticket.categoryName },
  ];
  if (ticket.visitStartsAt)
    rows.push({ label: t('kiosk.ticket.visitTime'), value: formatTime(ticket.visitStartsAt) });
  rows.push({
    label: t('kiosk.ticket.waitingArea'),
    value: ticket.waitingArea ?? t('kiosk.ticket.waitingAreaDefault'),
  });
  rows.push({
    label: t('kiosk.ticket.ahead'),
    value: t('kiosk.ticket.aheadCount', { count: ticket.waitingAhead }),
  });
  rows.push({ label: t('kiosk.ticket.issuedAt'), value: formatDateTime(ticket.issuedAt) });
  return {
    number: ticket.number,
    heading: t(ticket.kind === 'BOOKED' ? 'kiosk.ticket.headingBooked' : 'kiosk.ticket.headingWalkIn'),
    rows,
    note: t('kiosk.ticket.note'),
    liveUrl: ticket.liveUrl,
    qrLabel: t('kiosk.ticket.qrLabel'),
    qrCaption: t('kiosk.ticket.qrCaption'),
  };
}
