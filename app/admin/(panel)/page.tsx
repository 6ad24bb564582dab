import type { Metadata } from 'next';
import { requireStaff } from '@/lib/server/guard';

export const metadata: Metadata = { title: 'Przegląd' };

export default async function AdminHome() {
  const staff = await requireStaff();
  return (
    <>
      <h1 className="text-2xl font-bold">Przegląd</h1>
      <p className="mt-2">Zalogowano jako {staff.name}.</p>
    </>
  );
}
