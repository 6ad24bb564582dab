import Link from 'next/link';
import { Table, THead, Td, Th, Tr } from '@/components/ui/table';
import { useTranslations } from '@/lib/i18n/server';

type Category = {
  id: string;
  slug: string;
  name: string;
  ticketPrefix: string;
  active: boolean;
  matters: { active: boolean }[];
};

/** An office's categories, active first, each with a link to its own page of the catalogue. */
export function CatalogueCategoryTable({
  office,
  categories,
}: {
  office: { slug: string; name: string };
  categories: Category[];
}) {
  const t = useTranslations();
  return (
    <Table caption={t('catalogue.category.caption', { office: office.name })}>
      <THead>
        <Th>{t('catalogue.category.colName')}</Th>
        <Th>{t('catalogue.category.colLetter')}</Th>
        <Th>{t('catalogue.category.colStatus')}</Th>
        <Th>{t('catalogue.category.colMatters')}</Th>
        <Th>
          <span className="sr-only">{t('catalogue.category.edit')}</span>
        </Th>
      </THead>
      <tbody>
        {categories.map((c) => (
          <Tr key={c.id}>
            <Td className="font-medium">{c.name}</Td>
            <Td>{c.ticketPrefix}</Td>
            <Td>{c.active ? t('catalogue.category.active') : t('catalogue.category.inactive')}</Td>
            <Td>
              {t('catalogue.category.matters', {
                active: String(c.matters.filter((m) => m.active).length),
                all: String(c.matters.length),
              })}
            </Td>
            <Td>
              <Link
                href={`/admin/katalog/kategoria?${new URLSearchParams({ biuro: office.slug, kategoria: c.slug })}`}
                aria-label={t('catalogue.category.editLabel', { name: c.name })}
                className="text-brand underline"
              >
                {t('catalogue.category.edit')}
              </Link>
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
