import { useTranslations } from '@/lib/i18n/server';
import { Fragment } from 'react';

/** A Polish phone number ("77 54 11 361") as a link that dials it. */
export function PhoneLink({
  phone,
  className = 'text-brand underline',
}: {
  phone: string;
  className?: string;
}) {
  return (
    <a className={className} href={`tel:+48${phone.replaceAll(' ', '')}`}>
      {phone}
    </a>
  );
}

/** Several numbers, each a link: "77 54 11 359 i 77 54 11 382". */
export function PhoneLinks({ phones, className }: { phones: string[]; className?: string }) {
  const t = useTranslations();
  return phones.map((p, i) => (
    <Fragment key={p}>
      {i > 0 && t('site.phoneSeparator')}
      <PhoneLink phone={p} className={className} />
    </Fragment>
  ));
}
