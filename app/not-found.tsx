import Link from 'next/link';
import { PageShell } from '@/components/ui/page-shell';

export default function NotFound() {
  return (
    <PageShell>
      <h1 className="text-brand text-2xl font-bold">Nie znaleziono strony</h1>
      <p className="mt-2">
        Ten adres nie istnieje albo odnośnik jest nieaktualny. Jeśli otworzyłeś(-aś) odnośnik z e-maila,
        sprawdź, czy został skopiowany w całości.
      </p>
      <p className="mt-4">
        <Link href="/" className="text-brand underline">
          Przejdź do strony głównej
        </Link>{' '}
        albo zadzwoń:{' '}
        <a href="tel:+48775411361" className="text-brand underline">
          77 54 11 361
        </a>
        .
      </p>
    </PageShell>
  );
}
