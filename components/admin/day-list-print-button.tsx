'use client';

import { Button } from '@/components/ui/button';

/** Opens the browser's print dialog; without JavaScript, Ctrl+P does the same (the page says so). */
export function DayListPrintButton({ label }: { label: string }) {
  return (
    <Button type="button" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
