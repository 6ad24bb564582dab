import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useTranslations } from '@/lib/i18n/server';

/** For administrators: a GET form choosing the office a page works on (`?biuro=`). */
export function OfficePicker({
  offices,
  current,
  extra = {},
}: {
  offices: { slug: string; name: string }[];
  current: string;
  /** Other query parameters the page keeps. */
  extra?: Record<string, string>;
}) {
  const t = useTranslations();
  if (offices.length < 2) return null;
  return (
    <form method="get" className="flex flex-wrap items-end gap-2 print:hidden">
      {Object.entries(extra).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <Field
        name="biuro"
        type="select"
        label={t('admin.words.office')}
        options={offices.map((o) => ({ value: o.slug, label: o.name }))}
        defaultValue={current}
        className="max-w-full min-w-0"
      />
      <Button variant="secondary" size="sm">
        {t('admin.words.show')}
      </Button>
    </form>
  );
}
