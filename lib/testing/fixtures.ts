// Test data of each test's own: a fresh office and category with the rules a test needs.
import crypto from 'node:crypto';
import { prisma } from '@/lib/server/db';

export async function createTestCategory(
  opts: {
    counters?: number;
    slotMinutes?: number;
    weekdays?: number[];
    opensAt?: number;
    closesAt?: number;
    holdMinutes?: number;
    requiresApplicationNumber?: boolean;
  } = {},
) {
  const tag = crypto.randomBytes(4).toString('hex');
  const office = await prisma.office.create({
    data: {
      slug: `test-${tag}`,
      name: `Biuro testowe ${tag}`,
      shortName: 'T',
      address: 'ul. Testowa 1',
      postalCode: '45-000',
      bookingPhone: '77 54 11 361',
    },
  });
  const category = await prisma.serviceCategory.create({
    data: {
      officeId: office.id,
      slug: `kat-${tag}`,
      name: `Kategoria ${tag}`,
      holdMinutes: opts.holdMinutes ?? 60,
      matters: {
        create: [
          { slug: 'sprawa', name: 'Sprawa testowa', peupPath: '/test' },
          {
            slug: 'odbior',
            name: 'Odbiór dokumentu',
            requiresApplicationNumber: opts.requiresApplicationNumber ?? true,
          },
        ],
      },
      openingRules: {
        create: (opts.weekdays ?? [1, 2, 3, 4, 5]).map((weekday) => ({
          weekday,
          opensAt: opts.opensAt ?? 8 * 60,
          closesAt: opts.closesAt ?? 12 * 60,
          slotMinutes: opts.slotMinutes ?? 15,
          counters: opts.counters ?? 3,
        })),
      },
    },
    include: { matters: { orderBy: { slug: 'desc' } } },
  });
  return { office, category, matter: category.matters[0]!, pickupMatter: category.matters[1]! };
}
