import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useTranslations } from '@/lib/i18n/server';

const CELL = 'max-w-full min-w-0';

/** The day's list scope as a GET form: office (administrators only), category, day. */
export function DayListFilters({
  offices,
  office,
  categories,
  category,
  date,
  showOffice,
}: {
  offices: { slug: string; name: string }[];
  office: string;
  categories: { slug: string; name: string }[];
  category: string;
  date: string;
  showOffice: boolean;
}) {
  const t = useTranslations();
  const options = (list: { slug: string; name: string }[]) =>
    list.map((o) => ({ value: o.slug, label: o.name }));
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 print:hidden">
      {showOffice && offices.length > 1 ? (
        <Field
          id="lista-biuro"
          name="biuro"
          type="select"
          label={t('admin.words.office')}
          options={options(offices)}
          defaultValue={office}
          className={CELL}
        />
      ) : (
        <input type="hidden" name="biuro" value={office} />
      )}
      <Field
        id="lista-kategoria"
        name="kategoria"
        type="select"
        label={t('admin.words.category')}
        options={options(categories)}
        defaultValue={category}
        className={CELL}
      />
      <Field
        id="lista-data"
        name="data"
        type="date"
        label={t('admin.words.day')}
        defaultValue={date}
        required
        className={CELL}
      />
      <Button>{t('admin.dayList.showList')}</Button>
    </form>
  );
}
