import { redirect } from 'next/navigation';
import { requireStaff, resolveOffice } from '@/lib/server/staff/guard';
import { exportBookingsCsv } from '@/lib/server/visits/export-bookings';
import { exportQueueFiguresCsv } from '@/lib/server/visits/export-queue-figures';
import { exportErrorOf, exportRangeSchema } from '@/lib/validation/export';
import { translator } from '@/lib/i18n/translator';

// GET /admin/eksport?biuro=&od=&do=&rodzaj= — the office's bookings (or, with rodzaj=kolejka, the
// queue's waiting and service times per category and hour) as CSV. Checks the session itself
// (a clerk exports only their own office); a bad range goes back to the start page, which says
// what is wrong.
export async function GET(request: Request) {
  const staff = await requireStaff();
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { office } = await resolveOffice(staff, params.biuro);
  const parsed = exportRangeSchema.safeParse(params);
  if (!parsed.success)
    redirect(
      `/admin?biuro=${encodeURIComponent(office.slug)}&eksport=${exportErrorOf(parsed.error.issues)}#eksport`,
    );
  const { od, do: to, rodzaj } = parsed.data;
  const queue = rodzaj === 'kolejka';
  const t = translator();
  const csv = await (queue ? exportQueueFiguresCsv : exportBookingsCsv)(office.id, od, to);
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${t(queue ? 'admin.overview.exportQueueFile' : 'admin.overview.exportFile', { office: office.slug, from: od, to })}"`,
      'Cache-Control': 'no-store',
    },
  });
}
