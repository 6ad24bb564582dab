import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { StaffForm } from '@/components/admin/staff-form';
import { currentStaff } from '@/lib/server/staff/guard';
import { signInAction } from '../actions';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Logowanie pracowników', robots: { index: false } };

const NOTICES: Record<string, string> = {
  wylogowano: 'Wylogowano.',
  haslo: 'Hasło zostało zmienione. Zaloguj się nowym hasłem.',
};

// `next` is checked again where it is followed (signInAction): here it only travels along.
const QUERY = { next: SEARCH.text(500), wylogowano: SEARCH.text(10), haslo: SEARCH.text(20) };

export default async function SignInPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = parseSearchParams(QUERY, await searchParams);
  if (await currentStaff()) redirect('/admin');
  const notice = sp.haslo
    ? NOTICES.haslo
    : sp.wylogowano
      ? NOTICES.wylogowano
      : sp.next
        ? 'Zaloguj się, aby kontynuować. Sesja kończy się po okresie bezczynności.'
        : undefined;
  return (
    <main id="tresc" className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-2xl font-bold">Panel urzędu — logowanie</h1>
      <p className="mt-2 text-slate-700">Dla pracowników Urzędu Miasta Opola.</p>
      {notice && (
        <p role="status" className="mt-4 rounded-md bg-slate-100 p-3">
          {notice}
        </p>
      )}
      <div className="mt-6">
        <StaffForm
          action={signInAction}
          submit="Zaloguj"
          fields={[
            {
              name: 'email',
              label: 'E-mail służbowy',
              type: 'email',
              autoComplete: 'username',
              required: true,
            },
            {
              name: 'password',
              label: 'Hasło',
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
