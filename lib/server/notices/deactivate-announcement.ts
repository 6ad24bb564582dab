import 'server-only';
import { z } from 'zod';
import { writeAudit } from '@/lib/server/core/audit';
import { changeCatalogue } from '@/lib/server/catalogue/change-catalogue';
import { AppError } from '@/lib/server/core/errors';
import type { Staff } from '@/lib/server/staff/guard';
import { m } from '@/lib/validation/messages';

export const announcementIdSchema = z.object({ id: z.uuid(m('validation.notices.announcement')) });

/** Takes a notice off the public pages at once; deactivating twice is not an error. */
export async function deactivateAnnouncement(staff: Staff, id: string): Promise<void> {
  await changeCatalogue(async (tx) => {
    const r = await tx.announcement.updateMany({ where: { id, active: true }, data: { active: false } });
    if (!r.count) {
      if (!(await tx.announcement.count({ where: { id } })))
        throw new AppError('NOT_FOUND', { message: 'notices.announcementNotFound' });
      return;
    }
    await writeAudit(tx, staff, 'announcement.deactivate', 'Announcement', id);
  });
}
