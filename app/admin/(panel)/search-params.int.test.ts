// A panel page reads its URL through parseSearchParams: a repeated key counts with its first
// value (as a form's field does), and a value outside what the page knows is no value at all.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prerender } from 'react-dom/static';
import { NextIntlClientProvider } from 'next-intl';
import { type ReactNode, createElement } from 'react';
import { OFFICE_TZ } from '@/lib/domain/time';
import { CATALOGUES } from '@/lib/i18n/catalogue';
import { prisma } from '@/lib/server/core/db';
import { EXPORT_ERRORS } from '@/lib/validation/export';
import { sayMessage, translator } from '@/lib/i18n/translator';
import { createTestCategory } from '@/lib/testing/fixtures';
import { type TestSession, createTestStaff, sessionOf } from '@/lib/testing/staff';
import AdminHome from './page';

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
// Outside a Next.js request: a page's getTranslations says the same catalogue through translator(),
// and the components under it (useTranslations) read it from a provider, as i18n/request.ts gives it.
vi.mock('next-intl/server', async () => {
  const { translator } = await import('@/lib/i18n/translator');
  return { getTranslations: async () => translator() };
});
const withWords = (children: ReactNode) =>
  // As JSX passes them: the provider's props type wants its children among them.
  // eslint-disable-next-line react/no-children-prop
  createElement(NextIntlClientProvider, {
    locale: 'pl',
    messages: CATALOGUES.pl,
    timeZone: OFFICE_TZ,
    children,
  });

async function html(searchParams: Record<string, string | string[]>) {
  const element = await AdminHome({ searchParams: Promise.resolve(searchParams) });
  const { prelude } = await prerender(withWords(element as ReactNode));
  return new Response(prelude).text();
}

afterAll(() => prisma.$disconnect());

describe('the overview page’s search parameters', () => {
  let offices: { slug: string; name: string }[];

  beforeAll(async () => {
    const a = await createTestCategory();
    const b = await createTestCategory();
    offices = [a.office, b.office];
    session.current = sessionOf(await createTestStaff('ADMIN'));
  });

  it('take the first of a repeated office, not the default one', async () => {
    for (const [first, second] of [offices, [...offices].reverse()])
      expect(await html({ biuro: [first!.slug, second!.slug] })).toContain(
        `<option value="${first!.slug}" selected="">`,
      );
  });

  it('show a known export error, and nothing for a name that only an object has', async () => {
    expect(await html({ eksport: 'reversed' })).toContain(sayMessage(translator(), EXPORT_ERRORS.reversed!));
    for (const eksport of ['constructor', 'toString', '__proto__']) {
      const page = await html({ eksport });
      expect(page).not.toMatch(/role="alert"/);
    }
  });
});
