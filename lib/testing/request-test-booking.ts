import { requestBooking } from '@/lib/server/booking/request-booking';
import { prisma } from '@/lib/server/core/db';
import type { BookingDetails } from '@/lib/validation/booking';

/** The regulations version test bookings accept: version 1, created by the first who needs it. */
export function testRegulations() {
  return prisma.regulationsVersion.upsert({
    where: { version: 1 },
    update: {},
    create: { version: 1, title: 'Regulamin', body: '…' },
  });
}

/**
 * A hold made as the online flow makes it ("Zarezerwuj": requestBooking), the test regulations
 * accepted at `now`; no SMS and no application number unless `details` say so.
 */
export async function requestTestBooking(
  t: { category: { id: string }; matter: { id: string } },
  b: { startsAt: Date; now: Date; details: Partial<BookingDetails> & { email: string } },
) {
  const regulations = await testRegulations();
  return requestBooking({
    categoryId: t.category.id,
    matterId: t.matter.id,
    startsAt: b.startsAt,
    details: { smsOptIn: false, idApplicationNumber: undefined, ...b.details },
    regulations: { versionId: regulations.id, acceptedAt: b.now },
    now: b.now,
  });
}
