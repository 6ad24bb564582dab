import type { Metadata } from 'next';
import { PanelSection, PanelTitle } from '@/components/admin/panel-section';
import { StaffForm } from '@/components/admin/staff-form';
import { Table, THead, Td, Th, Tr } from '@/components/ui/table';
import { formatDateTime } from '@/lib/i18n/format';
import { getTranslations } from '@/lib/i18n/server';
import { requireAdminPage } from '@/lib/server/staff/guard';
import { listRegulationsVersions } from '@/lib/server/notices/list-regulations-versions';
import { publishRegulationsAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('admin.regulations.title') };
}

export default async function RegulationsPage() {
  const t = await getTranslations();
  await requireAdminPage();
  const versions = await listRegulationsVersions();
  const current = versions[0];
  return (
    <>
      <PanelTitle title={t('admin.regulations.title')}>
        {current
          ? t('admin.regulations.current', { version: String(current.version) })
          : t('admin.regulations.none')}
        {t('admin.regulations.intro')}
      </PanelTitle>
      <PanelSection id="wersje" title={t('admin.regulations.versions')} className="mt-6">
        <Table caption={t('admin.regulations.caption')}>
          <THead
            columns={[
              t('admin.regulations.version'),
              t('admin.regulations.titleAndBody'),
              t('admin.regulations.published'),
              t('admin.regulations.publishedBy'),
              t('admin.regulations.bookings'),
            ]}
          />
          <tbody>
            {versions.map((v) => (
              <Tr key={v.id}>
                <Th scope="row">
                  {v.version}
                  {v === current && (
                    <span className="block font-normal">{t('admin.regulations.inForce')}</span>
                  )}
                </Th>
                <Td>
                  <details>
                    <summary className="cursor-pointer">{v.title}</summary>
                    <div className="mt-2 max-w-3xl whitespace-pre-line">{v.body}</div>
                  </details>
                </Td>
                <Td>{formatDateTime(v.publishedAt)}</Td>
                <Td>{v.publishedBy}</Td>
                <Td>{v.bookings}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      </PanelSection>
      <PanelSection id="nowa" title={t('admin.regulations.newHeading')} className="mt-8 max-w-3xl">
        <p className="mt-1 text-slate-700">
          {t('admin.regulations.newIntro', { version: String((current?.version ?? 0) + 1) })}
        </p>
        <div className="mt-2">
          <StaffForm
            action={publishRegulationsAction}
            submit={t('admin.regulations.submit')}
            fields={[
              { name: 'title', label: t('admin.regulations.titleField'), defaultValue: current?.title },
              {
                name: 'body',
                label: t('admin.regulations.body'),
                type: 'textarea',
                rows: 20,
                defaultValue: current?.body,
              },
            ]}
          />
        </div>
      </PanelSection>
    </>
  );
}
