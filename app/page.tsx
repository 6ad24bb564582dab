import { connection } from 'next/server';
import { checkDatabase } from '@/lib/server/health';

export default async function HomePage() {
  await connection();
  const db = await checkDatabase();
  return (
    <main id="tresc" className="mx-auto max-w-3xl p-4">
      <h1 className="text-brand text-2xl font-bold">Termin — rezerwacja wizyty w Urzędzie Miasta Opola</h1>
      <p className="mt-2">Baza danych: {db.ok ? `PostgreSQL ${db.version}` : 'niedostępna'}</p>
    </main>
  );
}
