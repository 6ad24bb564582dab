import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PanelTitle } from '@/components/admin/panel-section';
import { StaffForm } from '@/components/admin/staff-form';
import { currentStaff } from '@/lib/server/staff/guard';
import { signInAction } from '../actions';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { Alert } from '@/components/ui/alert';
import { getTranslations } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('admin.signIn.title'), robots: { index: false } };
}

// `next` is checked again where it is followed (signInAction): here it only travels along.
const QUERY = { next: SEARCH.text(500), wylogowano: SEARCH.text(10), haslo: SEARCH.text(20) };

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations();
  const sp = parseSearchParams(QUERY, await searchParams);
  if (await currentStaff()) redirect('/admin');
  const notice = sp.haslo
    ? t('admin.signIn.passwordChanged')
    : sp.wylogowano
      ? t('admin.signIn.signedOut')
      : sp.next
        ? t('admin.signIn.signInFirst')
        : undefined;
  return (
    <main id="tresc" className="mx-auto max-w-md px-4 py-10">
      <PanelTitle title={t('admin.signIn.heading')}>{t('admin.signIn.intro')}</PanelTitle>
      {notice && (
        <Alert className="mt-4">
          <p>{notice}</p>
        </Alert>
      )}
      <div className="mt-6">
        <StaffForm
          action={signInAction}
          submit={t('admin.signIn.submit')}
          fields={[
            {
              name: 'email',
              label: t('admin.signIn.email'),
              type: 'email',
              autoComplete: 'username',
              required: true,
            },
            {
              name: 'password',
              label: t('admin.signIn.password'),
              type: 'password',
              autoComplete: 'current-password',
              required: true,
            },
            { name: 'next', label: '', type: 'hidden', defaultValue: sp.next ?? '/admin' },
          ]}
        />
      </div>
    </main>
  );
}
