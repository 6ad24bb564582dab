import { StaffForm } from '@/components/admin/staff-form';
import { Table, THead, Td, Th, Tr } from '@/components/ui/table';
import { formatLocalDate } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';
import type { FormState } from '@/lib/validation/form-state';

type Closure = { id: string; officeWide: boolean; from: string; to: string; reason: string };

/** Current and coming closures of the category and of its whole office, each removable. */
export function ScheduleClosures({
  closures,
  remove,
}: {
  closures: Closure[];
  remove: (p: FormState, formData: FormData) => Promise<FormState>;
}) {
  const t = useTranslations();
  if (!closures.length) return <p className="mt-2 text-slate-700">{t('admin.schedule.closure.none')}</p>;
  return (
    <Table caption={t('admin.schedule.closure.caption')}>
      <THead>
        <Th>{t('admin.schedule.closure.days')}</Th>
        <Th>{t('admin.schedule.closure.scopeColumn')}</Th>
        <Th>{t('admin.words.reason')}</Th>
        <Th>
          <span className="sr-only">{t('admin.words.actions')}</span>
        </Th>
      </THead>
      <tbody>
        {closures.map((c) => (
          <Tr key={c.id}>
            <Th scope="row" className="font-medium">
              {c.from === c.to
                ? formatLocalDate(c.from)
                : t('admin.schedule.closure.range', {
                    from: formatLocalDate(c.from),
                    to: formatLocalDate(c.to),
                  })}
            </Th>
            <Td>
              {t(c.officeWide ? 'admin.schedule.closure.officeWide' : 'admin.schedule.closure.thisCategory')}
            </Td>
            <Td>{c.reason}</Td>
            <Td>
              <StaffForm
                action={remove}
                compact
                variant="secondary"
                submit={t('admin.schedule.closure.remove')}
                fields={[{ name: 'closureId', label: '', type: 'hidden', defaultValue: c.id }]}
              />
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
