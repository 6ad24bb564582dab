import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/server/core/db';

/**
 * The offices' phone lines for bookings, each once, for what belongs to no one office: the error
 * page, "not found", the footer of pages about no office. Read once per request (React cache).
 * Never throws: the page that explains a failure (often the database's) must not fail on it; it
 * then shows no number.
 */
export const listBookingPhones = cache(async function listBookingPhones(): Promise<string[]> {
  try {
    const offices = await prisma.office.findMany({
      orderBy: { sortOrder: 'asc' },
      select: { bookingPhone: true },
    });
    return [...new Set(offices.map((o) => o.bookingPhone))];
  } catch (error) {
    console.error('listBookingPhones failed', error);
    return [];
  }
});
