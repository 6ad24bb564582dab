import { KioskRevokeForm, RevokeButton } from '@/components/admin/kiosk-revoke-form';
import { Table, THead, Td, Th, Tr } from '@/components/ui/table';
import { formatStamp } from '@/lib/i18n/format';
import { useTranslations } from '@/lib/i18n/server';
import type { KioskDeviceRow } from '@/lib/server/queue/list-kiosk-devices';
import type { FormAction } from '@/lib/validation/form-state';

/**
 * The office's paired ticket machines; revoking one ends its cookie with its next request, and the
 * answer names the device it unpaired.
 */
export function KioskDeviceTable({
  devices,
  caption,
  revokeAction,
}: {
  devices: KioskDeviceRow[];
  caption: string;
  revokeAction: FormAction;
}) {
  const t = useTranslations();
  if (!devices.length) return <p className="mt-2">{t('kiosk.admin.devices.none')}</p>;
  return (
    <KioskRevokeForm action={revokeAction}>
      <Table caption={caption}>
        <THead>
          <Th>{t('kiosk.admin.devices.name')}</Th>
          <Th>{t('kiosk.admin.devices.paired')}</Th>
          <Th>{t('kiosk.admin.devices.lastSeen')}</Th>
          <Th>{t('kiosk.admin.devices.state')}</Th>
        </THead>
        <tbody>
          {devices.map((d) => (
            <Tr key={d.id}>
              <Td className="font-semibold">{d.name}</Td>
              <Td>
                {formatStamp(d.pairedAt)}
                {d.pairedBy && ` (${d.pairedBy})`}
              </Td>
              <Td>{d.lastSeenAt ? formatStamp(d.lastSeenAt) : '—'}</Td>
              <Td>
                {d.revokedAt ? (
                  t('kiosk.admin.devices.revokedAt', { when: formatStamp(d.revokedAt) })
                ) : (
                  <RevokeButton deviceId={d.id} label={t('kiosk.admin.devices.revoke', { name: d.name })} />
                )}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </KioskRevokeForm>
  );
}
