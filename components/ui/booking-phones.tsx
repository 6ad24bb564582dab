'use client';

import { createContext, useContext, type ReactNode } from 'react';

const BookingPhones = createContext<string[]>([]);

/** The offices' booking phones, from the root layout, for the client-side error page. */
export function BookingPhonesProvider({ phones, children }: { phones: string[]; children: ReactNode }) {
  return <BookingPhones value={phones}>{children}</BookingPhones>;
}

export function useBookingPhones(): string[] {
  return useContext(BookingPhones);
}
