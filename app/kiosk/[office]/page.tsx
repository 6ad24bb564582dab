import type { Metadata } from 'next';
import { getTranslations } from '@/lib/i18n/server';
import { cookies } from 'next/headers';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { KioskCodeForm } from '@/components/kiosk/kiosk-code-form';
import { KIOSK_PRIMARY, KioskFrame } from '@/components/kiosk/kiosk-frame';
import { KioskIdle } from '@/components/kiosk/kiosk-idle';
import { KioskWalkIn } from '@/components/kiosk/kiosk-walk-in';
import type { KeypadLabels } from '@/components/kiosk/keypad';
import type { Translator } from '@/lib/i18n/translator';
import { listOffices } from '@/lib/server/catalogue/get-category';
import { findKioskDevice } from '@/lib/server/queue/kiosk-device';
import { loadKiosk } from '@/lib/server/queue/load-kiosk';
import { KIOSK_COOKIE } from '@/lib/server/queue/types';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { issueBookedTicketAction, issueWalkInTicketAction, pairKioskAction } from './actions';

export const metadata: Metadata = { title: 'Biletomat', robots: { index: false } };

const QUERY = { ekran: z.enum(['wizyta', 'bez-rezerwacji']) };

const keypad = (t: Translator, submit: string): KeypadLabels => ({
  field: t('kiosk.keypad.field'),
  hint: t('kiosk.keypad.hint'),
  correct: t('kiosk.keypad.correct'),
  correctName: t('kiosk.keypad.correctName'),
  submit,
});

/**
 * The ticket machine of one office. Unpaired → the pairing screen; paired → start screen,
 * "Umówiona wizyta" (?ekran=wizyta) or "Bez rezerwacji" (?ekran=bez-rezerwacji).
 */
export default async function KioskPage({
  params,
  searchParams,
}: {
  params: Promise<{ office: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { office: slug } = await params;
  if (!SEARCH.slug.safeParse(slug).success) notFound();
  const office = (await listOffices()).find((o) => o.slug === slug);
  if (!office) notFound();
  const q = parseSearchParams(QUERY, await searchParams);
  const now = new Date();
  const device = await findKioskDevice(slug, (await cookies()).get(KIOSK_COOKIE)?.value, now);
  const t = await getTranslations();
  const askInfo = t('kiosk.askInfo');
  const home = `/kiosk/${slug}`;
  const back = { href: home, label: t('kiosk.back') };

  if (!device)
    return (
      <KioskFrame title={office.name}>
        <KioskCodeForm
          action={pairKioskAction}
          office={slug}
          heading={t('kiosk.pair.heading')}
          intro={t('kiosk.pair.intro')}
          keypad={{ ...keypad(t, t('kiosk.pair.submit')), field: t('kiosk.pair.field') }}
          askInfo={t('kiosk.pair.askAdmin')}
        />
      </KioskFrame>
    );

  if (!device.office.kioskEnabled)
    return (
      <KioskFrame title={office.name}>
        <h1 className="text-5xl font-bold">{t('kiosk.disabled.heading')}</h1>
        <p className="mt-6 text-3xl">{t('kiosk.disabled.body')}</p>
        <p className="mt-4 text-3xl font-bold">{askInfo}</p>
      </KioskFrame>
    );

  if (q.ekran === 'wizyta')
    return (
      <KioskFrame title={office.name} home={back}>
        <KioskIdle home={home} />
        <KioskCodeForm
          action={issueBookedTicketAction}
          office={slug}
          heading={t('kiosk.booked.heading')}
          keypad={keypad(t, t('kiosk.booked.submit'))}
          askInfo={askInfo}
        />
      </KioskFrame>
    );

  if (q.ekran === 'bez-rezerwacji') {
    const { walkIns } = await loadKiosk(device, now);
    const closed = { closed: t('kiosk.walkIn.closed'), stopped: t('kiosk.walkIn.stopped') };
    return (
      <KioskFrame title={office.name} home={back}>
        <KioskIdle home={home} />
        <KioskWalkIn
          action={issueWalkInTicketAction}
          office={slug}
          heading={t('kiosk.walkIn.heading')}
          empty={t('kiosk.walkIn.none')}
          askInfo={askInfo}
          choices={walkIns
            .filter((w) => w.reason !== 'not-offered')
            .map((w) => ({
              categoryId: w.categoryId,
              name: w.name,
              closed: w.open ? undefined : closed[w.reason === 'stopped' ? 'stopped' : 'closed'],
            }))}
        />
      </KioskFrame>
    );
  }

  return (
    <KioskFrame title={office.name}>
      <h1 className="text-5xl font-bold">{t('kiosk.start.heading')}</h1>
      <ul className="mt-10 space-y-8">
        <li>
          <Link href={`${home}?ekran=wizyta`} className={`${KIOSK_PRIMARY} min-h-40 flex-col text-5xl`}>
            {t('kiosk.start.booked')}
            <span className="mt-3 block text-2xl font-semibold">{t('kiosk.start.bookedHint')}</span>
          </Link>
        </li>
        <li>
          <Link
            href={`${home}?ekran=bez-rezerwacji`}
            className={`${KIOSK_PRIMARY} min-h-40 flex-col text-5xl`}
          >
            {t('kiosk.start.walkIn')}
            <span className="mt-3 block text-2xl font-semibold">{t('kiosk.start.walkInHint')}</span>
          </Link>
        </li>
      </ul>
    </KioskFrame>
  );
}
