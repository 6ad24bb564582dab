import type { Metadata } from 'next';
import { AddBlockForm, NoShowRuleForm } from '@/components/admin/block-forms';
import { BlockTable } from '@/components/admin/block-table';
import { OfficePicker } from '@/components/admin/office-picker';
import { addDays, localDateOf } from '@/lib/domain/time';
import { listActiveBlocks } from '@/lib/server/blocks/list-active-blocks';
import { requireAdminPage, resolveOffice } from '@/lib/server/staff/guard';
import { getNoShowRule } from '@/lib/server/blocks/get-no-show-rule';
import { addBlockAction, liftBlockAction, updateNoShowRuleAction } from './actions';
import { SEARCH, type SearchParams, parseSearchParams } from '@/lib/validation/search-params';

export const metadata: Metadata = { title: 'Blokady' };

export default async function BlocksPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
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
      <h1 className="text-2xl font-bold">Blokady rezerwacji internetowej — {office.name}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">
        Zablokowany adres e-mail lub numer telefonu nie może rezerwować wizyt przez internet w tym biurze;
        strona rezerwacji podaje wtedy tylko numer do rezerwacji telefonicznej. Powód i datę końca wysyłamy
        e-mailem na zablokowany adres. Każda zmiana trafia do dziennika zdarzeń.
      </p>
      <div className="mt-4">
        <OfficePicker offices={offices} current={office.slug} />
      </div>

      <section aria-labelledby="aktywne" className="mt-8">
        <h2 id="aktywne" className="text-xl font-semibold">
          Aktywne blokady: {blocks.length}
        </h2>
        <div className="mt-3">
          <BlockTable
            blocks={blocks}
            caption={`Aktywne blokady — ${office.name}`}
            liftBlockAction={liftBlockAction}
          />
        </div>
      </section>

      <div className="mt-10 grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="dodaj">
          <h2 id="dodaj" className="text-xl font-semibold">
            Dodaj blokadę
          </h2>
          <div className="mt-3">
            <AddBlockForm
              officeId={office.id}
              defaultEnd={addDays(localDateOf(now), 30)}
              addBlockAction={addBlockAction}
            />
          </div>
        </section>
        <section aria-labelledby="zasada">
          <h2 id="zasada" className="text-xl font-semibold">
            Zasada blokowania po nieobecnościach
          </h2>
          <p className="mt-2 text-slate-700">
            Gdy ten sam adres e-mail lub numer telefonu osiągnie podaną liczbę nieobecności w tym biurze w
            podanym okresie, rezerwacja internetowa zostaje zablokowana (osobno dla adresu i numeru).
          </p>
          <div className="mt-3">
            <NoShowRuleForm
              officeId={office.id}
              rule={rule}
              updateNoShowRuleAction={updateNoShowRuleAction}
            />
          </div>
        </section>
      </div>
    </>
  );
}
