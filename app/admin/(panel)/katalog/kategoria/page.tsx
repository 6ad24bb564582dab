import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { CatalogueCategoryForm } from '@/components/admin/catalogue-category-form';
import { CatalogueMatterForms, CatalogueNewMatterForm } from '@/components/admin/catalogue-matter-forms';
import { CatalogueSection } from '@/components/admin/catalogue-section';
import { getTranslations } from '@/lib/i18n/server';
import { loadCategoryCatalogue } from '@/lib/server/catalogue/load-office-catalogue';
import { getConfig, peupUrl } from '@/lib/server/core/config';
import { requireAdminPage, resolveOffice } from '@/lib/server/staff/guard';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { createMatterAction, deleteMatterAction, updateCategoryAction, updateMatterAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('catalogue.title') };
}

type Props = { searchParams: Promise<SearchParams> };
const QUERY = { biuro: SEARCH.slug, kategoria: SEARCH.slug };

export default async function CatalogueCategoryPage({ searchParams }: Props) {
  const t = await getTranslations();
  const staff = await requireAdminPage();
  const q = parseSearchParams(QUERY, await searchParams);
  const { office } = await resolveOffice(staff, q.biuro);
  const category = await loadCategoryCatalogue(office.id, q.kategoria);
  const back = `/admin/katalog?biuro=${office.slug}`;
  if (!category) redirect(back);
  const peupBase = getConfig().peupBaseUrl;
  return (
    <>
      <p>
        <Link href={back} className="text-brand underline">
          {t('catalogue.category.back')}
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">
        {category.name} — {office.name}
      </h1>
      <p className="mt-1">
        <Link href={`/rezerwacja/${office.slug}/${category.slug}`} className="text-brand underline">
          {t('catalogue.category.publicLink')}
        </Link>
      </p>

      <CatalogueSection id="kategoria" title={t('catalogue.category.formHeading')} narrow>
        <CatalogueCategoryForm category={category} action={updateCategoryAction} />
      </CatalogueSection>
      <CatalogueSection
        id="sprawy"
        title={t('catalogue.matter.heading')}
        intro={t('catalogue.matter.deleteNote')}
      >
        <CatalogueMatterForms
          matters={category.matters.map((m) => ({ ...m, peupUrl: peupUrl(m.peupPath) }))}
          peupBase={peupBase}
          updateAction={updateMatterAction}
          deleteAction={deleteMatterAction}
        />
      </CatalogueSection>
      <CatalogueSection id="nowa-sprawa-naglowek" title={t('catalogue.matter.addHeading')} narrow>
        <CatalogueNewMatterForm categoryId={category.id} peupBase={peupBase} action={createMatterAction} />
      </CatalogueSection>
    </>
  );
}
