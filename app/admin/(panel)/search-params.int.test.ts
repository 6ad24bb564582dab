// A panel page reads its URL through parseSearchParams: a repeated key counts with its first
// value (as a form's field does), and a value outside what the page knows is no value at all.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { prerender } from 'react-dom/static';
import { type ReactNode, createElement } from 'react';
import { prisma } from '@/lib/server/core/db';
import { EXPORT_ERRORS } from '@/lib/validation/export';
import { sayMessage, translator } from '@/lib/i18n/translator';
import { WithIntl } from '@/lib/testing/intl';
import { createTestCategory } from '@/lib/testing/fixtures';
import { type TestSession, createTestStaff, sessionOf } from '@/lib/testing/staff';
import AdminHome from './page';

const session = vi.hoisted(() => ({ current: null as TestSession | null }));
vi.mock('@/lib/server/staff/read-staff-session', () => ({ readStaffSession: async () => session.current }));
vi.mock('next-intl/server', () => import('@/lib/testing/intl'));
const withWords = (node: ReactNode) => createElement(WithIntl, null, node);

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
