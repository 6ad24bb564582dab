import 'server-only';
import { cache } from 'react';
import { prisma } from '@/lib/server/core/db';
import { createCatalogueCache } from './catalogue-cache';

// Every page's layout asks (the error page's words); a catalogue edit empties it everywhere.
const phonesCache = createCatalogueCache<string[]>({ ttlMs: 10 * 60_000, max: 1 });

/**
 * The offices' phone lines for bookings, each once, for what belongs to no one office: the error
 * page, "not found", the footer of pages about no office. This process's copy, read at most once
 * per request (React cache). Never throws: the page that explains a failure (often the
 * database's) must not fail on it; it then shows no number.
 */
export const listBookingPhones = cache(async function listBookingPhones(): Promise<string[]> {
  try {
    return await phonesCache('phones', async () => {
      const offices = await prisma.office.findMany({
        orderBy: { sortOrder: 'asc' },
        select: { bookingPhone: true },
      });
      return [...new Set(offices.map((o) => o.bookingPhone))];
    });
  } catch (error) {
    console.error('listBookingPhones failed', error);
    return [];
  }
});
