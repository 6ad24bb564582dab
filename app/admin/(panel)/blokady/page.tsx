import type { Metadata } from 'next';
import { PanelSection, PanelTitle } from '@/components/admin/panel-section';
import { AddBlockForm, NoShowRuleForm } from '@/components/admin/block-forms';
import { BlockTable } from '@/components/admin/block-table';
import { OfficePicker } from '@/components/admin/office-picker';
import { addDays, localDateOf } from '@/lib/domain/time';
import { listActiveBlocks } from '@/lib/server/blocks/list-active-blocks';
import { requireAdminPage, resolveOffice } from '@/lib/server/staff/guard';
import { getNoShowRule } from '@/lib/server/blocks/get-no-show-rule';
import { addBlockAction, liftBlockAction, updateNoShowRuleAction } from './actions';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';
import { getTranslations } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t('admin.blocks.title') };
}

export default async function BlocksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = await getTranslations();
  const staff = await requireAdminPage();
  const q = parseSearchParams({ biuro: SEARCH.slug }, await searchParams);
  const { office, offices } = await resolveOffice(staff, q.biuro);
  const now = new Date();
  const [blocks, rule] = await Promise.all([
    listActiveBlocks(staff, office.id, now),
    getNoShowRule(staff, office.id),
  ]);
  return (
    <>
      <PanelTitle title={t('admin.blocks.heading', { office: office.name })}>
        {t('admin.blocks.intro')}
      </PanelTitle>
      <div className="mt-4">
        <OfficePicker offices={offices} current={office.slug} />
      </div>

      <PanelSection
        id="aktywne"
        title={t('admin.blocks.active', { count: String(blocks.length) })}
        large
        className="mt-8"
      >
        <div className="mt-3">
          <BlockTable
            blocks={blocks}
            caption={t('admin.blocks.caption', { office: office.name })}
            liftBlockAction={liftBlockAction}
          />
        </div>
      </PanelSection>

      <div className="mt-10 grid gap-10 lg:grid-cols-2">
        <PanelSection id="dodaj" title={t('admin.blocks.add')} large>
          <div className="mt-3">
            <AddBlockForm
              officeId={office.id}
              defaultEnd={addDays(localDateOf(now), 30)}
              addBlockAction={addBlockAction}
            />
          </div>
        </PanelSection>
        <PanelSection
          id="zasada"
          title={t('admin.blocks.ruleHeading')}
          intro={t('admin.blocks.ruleIntro')}
          large
        >
          <div className="mt-3">
            <NoShowRuleForm
              officeId={office.id}
              rule={rule}
              updateNoShowRuleAction={updateNoShowRuleAction}
            />
          </div>
        </PanelSection>
      </div>
    </>
  );
}
