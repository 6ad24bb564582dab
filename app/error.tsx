'use client';

// Shown instead of a stack trace when something unexpected fails; nothing saved is lost.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="tresc" className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="text-brand text-2xl font-bold">Coś poszło nie tak</h1>
      <p className="mt-2">
        Wystąpił błąd po naszej stronie. Twoje dane i rezerwacje są bezpieczne. Spróbuj ponownie za chwilę
        albo zadzwoń:{' '}
        <a href="tel:+48775411361" className="text-brand underline">
          77 54 11 361
        </a>
        .
      </p>
      <button
        type="button"
        onClick={reset}
        className="bg-brand mt-4 rounded-md px-6 py-3 font-semibold text-white"
      >
        Spróbuj ponownie
      </button>
    </main>
  );
}
