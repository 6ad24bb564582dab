'use client';

import { useBookingPhones } from '@/components/ui/booking-phones';
import { Button } from '@/components/ui/button';
import { PhoneLinks } from '@/components/ui/phone-link';
import { rich } from '@/components/ui/rich-text';
import { t } from '@/lib/i18n/t';

// Shown instead of a stack trace when something unexpected fails; nothing saved is lost. The phone
// numbers come from the root layout (this page cannot ask the database, and may be here because
// the database failed: then it gives none).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const phones = useBookingPhones();
  return (
    <main id="tresc" className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="text-brand text-2xl font-bold">{t('site.error.title')}</h1>
      <p className="mt-2">
        {phones.length
          ? rich('site.error.body', { phone: <PhoneLinks phones={phones} /> })
          : t('site.error.bodyNoPhone')}
      </p>
      <Button type="button" onClick={reset} size="lg" className="mt-4">
        {t('site.error.retry')}
      </Button>
    </main>
  );
}
