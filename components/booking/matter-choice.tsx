import { Button } from '@/components/ui/button';
import { useTranslations } from '@/lib/i18n/server';
import type { CategoryDetail } from '@/lib/server/catalogue/get-category';

/** Step 1: which matter. A plain GET form: works without JavaScript, and the URL is shareable. */
export function MatterChoice({ category, action }: { category: CategoryDetail; action: string }) {
  const t = useTranslations();
  return (
    <form method="get" action={action} className="mt-6">
      <fieldset>
        <legend className="text-lg font-semibold">{t('booking.matter.choose')}</legend>
        <ul className="mt-2 space-y-3">
          {category.matters.map((m, i) => (
            <li key={m.slug} className="rounded-md border border-slate-300 p-3">
              <div className="flex items-start gap-3">
                <input
                  id={`m-${m.slug}`}
                  type="radio"
                  name="sprawa"
                  value={m.slug}
                  required
                  defaultChecked={i === 0}
                  className="mt-1 size-5 shrink-0"
                />
                <label htmlFor={`m-${m.slug}`} className="font-medium">
                  {m.name}
                </label>
              </div>
              <a href={m.peupUrl} className="text-brand mt-1 ml-8 block text-sm underline" rel="noopener">
                {t('booking.matter.peupLong')}
                <span className="sr-only">{t('booking.matter.peupFor', { matter: m.name })}</span>
              </a>
            </li>
          ))}
        </ul>
      </fieldset>
      <Button size="lg" className="mt-4">
        {t('booking.next')}
      </Button>
    </form>
  );
}
