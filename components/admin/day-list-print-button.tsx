'use client';

import { Button } from '@/components/ui/button';
import { t } from '@/lib/i18n/t';

/** Opens the browser's print dialog; without JavaScript, Ctrl+P does the same (the page says so). */
export function DayListPrintButton() {
  return (
    <Button type="button" onClick={() => window.print()}>
      {t('admin.dayList.print.print')}
    </Button>
  );
}
