'use client';

import { Button } from '@/components/ui/button';
import { useErrorWords } from '@/components/ui/error-words';

// Shown instead of a stack trace when something unexpected fails; nothing saved is lost. Its
// words, with the phone numbers, come from the root layout (this page cannot ask the database,
// and may be here because the database failed: then they name no phone).
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const words = useErrorWords();
  return (
    <main id="tresc" className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="text-brand text-2xl font-bold">{words?.title}</h1>
      <p className="mt-2">{words?.body}</p>
      <Button type="button" onClick={reset} size="lg" className="mt-4">
        {words?.retry}
      </Button>
    </main>
  );
}
