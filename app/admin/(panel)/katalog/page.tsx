import type { Metadata } from 'next';
import Link from 'next/link';
import { CatalogueCategoryTable } from '@/components/admin/catalogue-category-table';
import { CatalogueOfficeForm } from '@/components/admin/catalogue-office-form';
import { CatalogueSection } from '@/components/admin/catalogue-section';
import { CatalogueWalkInForms } from '@/components/admin/catalogue-walk-in-forms';
import { OfficePicker } from '@/components/admin/office-picker';
import { getTranslations } from '@/lib/i18n/server';
import { loadOfficeCatalogue } from '@/lib/server/catalogue/load-office-catalogue';
import { requireAdminPage, resolveOffice } from '@/lib/server/staff/guard';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { createWalkInMatterAction, updateOfficeAction, updateWalkInMatterAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('catalogue.title') };
}

type Props = { searchParams: Promise<SearchParams> };
const QUERY = { biuro: SEARCH.slug };

export default async function CataloguePage({ searchParams }: Props) {
  const t = await getTranslations();
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

      <CatalogueSection id="biuro-dane" title={`${t('catalogue.office.heading')}: ${office.name}`} narrow>
        <CatalogueOfficeForm office={office} action={updateOfficeAction} />
        <p className="mt-4 text-slate-700">
          {t('catalogue.kioskNote')}{' '}
          <Link href={`/admin/biletomat?biuro=${office.slug}`} className="text-brand underline">
            {t('catalogue.kioskLink')}
          </Link>
        </p>
      </CatalogueSection>
      <CatalogueSection id="kategorie" title={t('catalogue.category.heading')}>
        <CatalogueCategoryTable office={office} categories={office.categories} />
      </CatalogueSection>
      <CatalogueSection
        id="bez-rezerwacji"
        title={t('catalogue.walkIn.heading')}
        intro={t('catalogue.walkIn.intro')}
      >
        <CatalogueWalkInForms
          officeId={office.id}
          walkIns={office.walkInMatters}
          updateAction={updateWalkInMatterAction}
          createAction={createWalkInMatterAction}
        />
      </CatalogueSection>
    </>
  );
}
