'use client';

import { createContext, useContext, type ReactNode } from 'react';

/** The error page's sentences, said by the root layout: the body names the offices' phones. */
export type ErrorWords = { title: string; body: ReactNode; retry: string };

const Words = createContext<ErrorWords | null>(null);

/** Gives the client-side error page (app/error.tsx) its words, from the root layout. */
export function ErrorWordsProvider({ words, children }: { words: ErrorWords; children: ReactNode }) {
  return <Words value={words}>{children}</Words>;
}

export function useErrorWords(): ErrorWords | null {
  return useContext(Words);
}
