import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CalledTicket } from '@/lib/server/queue/types';
import { WithIntl } from '@/lib/testing/intl';
import { CounterDesk } from './counter-desk';

const scope = { officeId: '00000000-0000-4000-8000-000000000001', counter: 3, categoryIds: ['k'] };
const ticket = (over: Partial<CalledTicket>): CalledTicket => ({
  id: 't1',
  number: 'P001',
  kind: 'WALK_IN',
  status: 'CALLED',
  categoryId: 'k',
  categoryName: 'Prawa jazdy',
  counter: 3,
  calledAt: new Date('2026-12-02T09:00:00Z'),
  callCount: 1,
  booking: null,
  ...over,
});
const desk = (current: CalledTicket | null, recent: CalledTicket[]) =>
  renderToStaticMarkup(
    <WithIntl>
      <CounterDesk
        scope={scope}
        current={current}
        waiting={[]}
        recent={recent}
        counterAction={async () => null}
      />
    </WithIntl>,
  );

const NOBODY = 'To stanowisko nie wzywało dziś jeszcze nikogo.';

describe("the counter's numbers of the day", () => {
  it('says nobody was called only while nobody is', () => {
    expect(desk(null, [])).toContain(NOBODY);
    const first = desk(ticket({}), []);
    expect(first).not.toContain(NOBODY);
    expect(first).toContain('Przed wezwanym teraz numerem to stanowisko nie wzywało dziś nikogo.');
  });

  it('lists the earlier numbers, not the one called now', () => {
    const html = desk(ticket({ id: 't2', number: 'P002' }), [ticket({ status: 'SERVED' })]);
    expect(html).toContain('P001');
    expect(html).toContain('obsłużony');
    expect(html).not.toContain('nie wzywało');
  });
});
