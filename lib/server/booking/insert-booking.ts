import 'server-only';
import { type Tx } from '@/lib/server/core/db';
import crypto from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';
import { newKioskCode, newReference } from '@/lib/server/core/codes';

/** The columns of a new booking, but for its random reference and kiosk code drawn here. */
export type BookingRow = Omit<Prisma.BookingCreateManyInput, 'reference' | 'kioskCode'>;

/**
 * Fresh draws before giving up. A kiosk code has 10^8 values and a reference 25^6 per office, so
 * with a few hundred thousand bookings stored a draw collides about once in a few hundred; five
 * collisions in a row do not happen short of a broken random source.
 */
export const CODE_DRAWS = 5;

/**
 * Inserts a booking with a new random reference and kiosk code, and draws again when either is
 * taken already. The insert skips a duplicate (ON CONFLICT DO NOTHING) rather than failing on it:
 * a failed statement would abort the caller's transaction, and with it the seat being held. It
 * returns only a row it inserted itself, never someone else's.
 */
export async function insertBooking(tx: Tx, row: BookingRow, officeLetter: string) {
  const id = row.id ?? crypto.randomUUID();
  for (let draw = 0; draw < CODE_DRAWS; draw++) {
    const [created] = await tx.booking.createManyAndReturn({
      data: [{ ...row, id, reference: newReference(officeLetter), kioskCode: newKioskCode() }],
      skipDuplicates: true,
      select: {
        id: true,
        reference: true,
        kioskCode: true,
        startsAt: true,
        endsAt: true,
        holdExpiresAt: true,
      },
    });
    if (created) return created;
  }
  throw new Error(`No free reference and kiosk code for booking ${id} after ${CODE_DRAWS} draws`);
}
