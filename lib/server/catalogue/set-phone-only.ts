import 'server-only';
import { z } from 'zod';
import { writeAudit } from '@/lib/server/core/audit';
import { changeCatalogue } from './change-catalogue';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import { m } from '@/lib/validation/messages';

export const phoneOnlySchema = z.object({
  categoryId: z.uuid(m('validation.phoneOnly.category')),
  phoneOnly: z.enum(['on', 'off'], { message: m('validation.phoneOnly.mode') }),
  phoneOnlyNote: z
    .string()
    .trim()
    .max(500, m('validation.phoneOnly.noteTooLong'))
    .optional()
    .transform((v) => v || null),
});

/**
 * Switches a category to booking by phone only (restrictions in force, as the regulations
 * foresee) or back online. Bookings already made keep their times; only new online holds are
 * refused while the switch is on (requestBooking checks it).
 */
export async function setPhoneOnly(
  staff: Staff,
  input: z.output<typeof phoneOnlySchema>,
): Promise<{ office: string; category: string; phoneOnly: boolean }> {
  const phoneOnly = input.phoneOnly === 'on';
  return changeCatalogue(async (tx) => {
    const before = await tx.serviceCategory.findUnique({
      where: { id: input.categoryId },
      select: { name: true, phoneOnly: true, phoneOnlyNote: true, office: { select: { shortName: true } } },
    });
    if (!before) throw new AppError('NOT_FOUND', { message: 'schedule.categoryNotFound' });
    const note = phoneOnly ? input.phoneOnlyNote : null;
    await tx.serviceCategory.update({
      where: { id: input.categoryId },
      data: { phoneOnly, phoneOnlyNote: note },
    });
    await writeAudit(tx, staff, 'category.phone-only', 'ServiceCategory', input.categoryId, {
      before: { phoneOnly: before.phoneOnly, note: before.phoneOnlyNote },
      after: { phoneOnly, note },
    });
    return { office: before.office.shortName, category: before.name, phoneOnly };
  });
}
