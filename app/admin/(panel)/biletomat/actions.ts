'use server';

import type { PairingCode } from '@/components/admin/kiosk-pairing-form';
import { formatTime } from '@/lib/i18n/format';
import { t } from '@/lib/i18n/t';
import { createPairingCode } from '@/lib/server/queue/create-pairing-code';
import { revokeKioskDevice } from '@/lib/server/queue/revoke-kiosk-device';
import { updateKioskSettings } from '@/lib/server/queue/update-kiosk-settings';
import { updateWalkInSettings } from '@/lib/server/queue/update-walk-in-settings';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import type { FormState } from '@/lib/validation/form-state';
import {
  deviceIdSchema,
  kioskSettingsSchema,
  pairingCodeSchema,
  walkInSettingsSchema,
} from '@/lib/validation/queue';

const PAGE = ['/admin/biletomat'];

export async function createPairingCodeAction(
  _p: FormState<PairingCode>,
  formData: FormData,
): Promise<FormState<PairingCode>> {
  return runStaffAction<typeof pairingCodeSchema, PairingCode>(formData, {
    role: 'ADMIN',
    schema: pairingCodeSchema,
    run: async (d, staff) => {
      const { code, expiresAt } = await createPairingCode(staff, d, new Date());
      const until = formatTime(expiresAt);
      return { message: t('kiosk.admin.pairing.created', { until }), data: { code, until } };
    },
    done: t('kiosk.admin.pairing.done'),
    revalidate: PAGE,
  });
}

export async function revokeKioskDeviceAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: deviceIdSchema,
    run: (d, staff) => revokeKioskDevice(staff, d, new Date()),
    done: t('kiosk.admin.devices.revoked'),
    revalidate: PAGE,
  });
}

export async function updateKioskSettingsAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: kioskSettingsSchema,
    run: (d, staff) => updateKioskSettings(staff, d),
    done: t('kiosk.admin.settings.saved'),
    revalidate: PAGE,
  });
}

export async function updateWalkInSettingsAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: walkInSettingsSchema,
    run: (d, staff) => updateWalkInSettings(staff, d),
    done: t('kiosk.admin.walkIn.saved'),
    revalidate: PAGE,
  });
}
