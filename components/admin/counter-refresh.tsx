'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** The queue changes while the clerk works: the counter's page reloads its data every few seconds. */
export function CounterRefresh({ seconds = 15 }: { seconds?: number }) {
  const router = useRouter();
  useEffect(() => {
    const id = window.setInterval(() => router.refresh(), seconds * 1000);
    return () => window.clearInterval(id);
  }, [router, seconds]);
  return null;
}
