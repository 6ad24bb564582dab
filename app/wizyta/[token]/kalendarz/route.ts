import { translator } from '@/lib/i18n/translator';
import { loadVisitCalendar } from '@/lib/server/booking/load-visit-calendar';

// GET /wizyta/{token}/kalendarz — "Dodaj do kalendarza": the visit's current .ics (METHOD:PUBLISH,
// the UID and SEQUENCE of its e-mails). A token that names no visit still ahead gets the same
// short Polish 404 whatever the reason; the token is a secret, so nothing here is cached or indexed.
const PRIVATE = {
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'no-referrer',
};

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const file = await loadVisitCalendar(token, new Date());
  if (!file) {
    const t = translator();
    const page = `<!doctype html><html lang="pl"><head><meta charset="utf-8"><title>${t('manage.calendar.notFoundTitle')}</title></head><body><h1>${t('manage.calendar.notFoundTitle')}</h1><p>${t('manage.calendar.notFound')}</p><p><a href="/">${t('site.notFound.home')}</a></p></body></html>`;
    return new Response(page, {
      status: 404,
      headers: { 'Content-Type': 'text/html; charset=utf-8', ...PRIVATE },
    });
  }
  return new Response(file.content, {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8; method=PUBLISH',
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      ...PRIVATE,
    },
  });
}
