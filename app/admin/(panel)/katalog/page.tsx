import type { Metadata } from 'next';
import Link from 'next/link';
import { CatalogueCategoryTable } from '@/components/admin/catalogue-category-table';
import { CatalogueOfficeForm } from '@/components/admin/catalogue-office-form';
import { CatalogueWalkInForms } from '@/components/admin/catalogue-walk-in-forms';
import { OfficePicker } from '@/components/admin/office-picker';
import { t } from '@/lib/i18n/t';
import { loadOfficeCatalogue } from '@/lib/server/catalogue/load-office-catalogue';
import { requireAdminPage, resolveOffice } from '@/lib/server/staff/guard';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { createWalkInMatterAction, updateOfficeAction, updateWalkInMatterAction } from './actions';

export const metadata: Metadata = { title: t('catalogue.title') };

type Props = { searchParams: Promise<SearchParams> };
const QUERY = { biuro: SEARCH.slug };

export default async function CataloguePage({ searchParams }: Props) {
  const staff = await requireAdminPage();
  const q = parseSearchParams(QUERY, await searchParams);
  const { office: picked, offices } = await resolveOffice(staff, q.biuro);
  const office = await loadOfficeCatalogue(picked.id);
  return (
    <>
      <h1 className="text-2xl font-bold">{t('catalogue.title')}</h1>
      <p className="mt-1 max-w-3xl text-slate-700">{t('catalogue.intro')}</p>
      <div className="mt-4">
        <OfficePicker offices={offices} current={office.slug} />
      </div>

      <section aria-labelledby="biuro-dane" className="mt-6 max-w-xl">
        <h2 id="biuro-dane" className="text-xl font-semibold">
          {t('catalogue.office.heading')}: {office.name}
        </h2>
        <div className="mt-2">
          <CatalogueOfficeForm office={office} action={updateOfficeAction} />
        </div>
        <p className="mt-4 text-slate-700">
          {t('catalogue.kioskNote')}{' '}
          <Link href={`/admin/biletomat?biuro=${office.slug}`} className="text-brand underline">
            {t('catalogue.kioskLink')}
          </Link>
        </p>
      </section>

      <section aria-labelledby="kategorie" className="mt-8">
        <h2 id="kategorie" className="text-xl font-semibold">
          {t('catalogue.category.heading')}
        </h2>
        <CatalogueCategoryTable office={office} categories={office.categories} />
      </section>

      <section aria-labelledby="bez-rezerwacji" className="mt-8">
        <h2 id="bez-rezerwacji" className="text-xl font-semibold">
          {t('catalogue.walkIn.heading')}
        </h2>
        <p className="mt-1 text-slate-700">{t('catalogue.walkIn.intro')}</p>
        <CatalogueWalkInForms
          officeId={office.id}
          walkIns={office.walkInMatters}
          updateAction={updateWalkInMatterAction}
          createAction={createWalkInMatterAction}
        />
      </section>
    </>
  );
}
