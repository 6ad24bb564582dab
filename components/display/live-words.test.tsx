// The live screens say, in the browser, what the server would: their sentences come from the page,
// the stream's numbers are filled in (no catalogue in their JavaScript).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DisplayState, LiveTicketState } from '@/lib/domain/queue-view';
import { translator } from '@/lib/i18n/translator';
import { LiveTicket } from './live-ticket';
import { liveTicketWords, queueDisplayWords } from './live-words';
import { QueueDisplay } from './queue-display';

const t = translator();
const text = (html: string) => html.replace(/<[^>]+>/g, '\n').replace(/&#x27;/g, "'");

const ticket: LiveTicketState = {
  number: 'A012',
  categoryName: 'Dowody osobiste',
  officeName: 'WSO',
  waitingArea: 'hol, parter',
  status: 'ISSUED',
  counter: null,
  ahead: 3,
  waitMinutes: 12,
  visitStartsAt: '2026-12-02T09:30:00Z',
};
const ticketHtml = (state: LiveTicketState) =>
  renderToStaticMarkup(<LiveTicket initial={state} eventsUrl="/x" words={liveTicketWords(t, ticket)} />);

describe('the live ticket', () => {
  it('says the waiting ticket with its numbers', () => {
    const html = ticketHtml(ticket);
    expect(html).toContain(`aria-label="${t('ticket.numberLabel', { number: 'A012' })}"`);
    for (const line of [
      'Wizyta umówiona na godz. 10:30',
      t('ticket.ahead', { count: 3 }),
      t('ticket.wait', { minutes: '12' }),
      'Poczekaj: hol, parter.',
    ])
      expect(text(html)).toContain(line);
    expect(text(ticketHtml({ ...ticket, ahead: 0 }))).toContain('Twój bilet jest następny w kolejce.');
    expect(text(ticketHtml({ ...ticket, ahead: 5 }))).toContain('Przed Tobą jest 5 osób.');
  });

  it('says where to go once called', () => {
    expect(text(ticketHtml({ ...ticket, status: 'CALLED', counter: 4 }))).toContain(
      t('ticket.called', { counter: '4' }),
    );
  });

  it('names no visit time for a walk-in', () => {
    const walkIn = { ...ticket, visitStartsAt: null };
    const html = renderToStaticMarkup(
      <LiveTicket initial={walkIn} eventsUrl="/x" words={liveTicketWords(t, walkIn)} />,
    );
    expect(html).not.toContain('Wizyta umówiona');
  });
});

describe('the waiting-room display', () => {
  it('says the calls and the counts', () => {
    const state: DisplayState = {
      officeName: 'WSO',
      current: { ticketId: '1', number: 'A012', counter: 3, calledAt: '2026-12-02T09:30:00Z' },
      recent: [{ ticketId: '2', number: 'A011', counter: 12, calledAt: '2026-12-02T09:29:00Z' }],
      waiting: [
        { categoryId: 'a', name: 'Dowody', letter: 'A', count: 22 },
        { categoryId: 'b', name: 'Meldunki', letter: 'B', count: 1 },
      ],
    };
    const html = text(
      renderToStaticMarkup(<QueueDisplay initial={state} eventsUrl="/x" words={queueDisplayWords(t)} />),
    );
    for (const line of ['stanowisko 3', 'stan. 12', '22 osoby', '1 osoba', t('display.enableSound')])
      expect(html).toContain(line);
  });
});
