'use server';

import type { PairingCode } from '@/components/admin/kiosk-pairing-form';
import { formatTime } from '@/lib/i18n/format';
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
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: pairingCodeSchema,
    run: (d, staff) => createPairingCode(staff, d, new Date()),
    done: ({ code, expiresAt }) => {
      const until = formatTime(expiresAt);
      return { message: { key: 'kiosk.admin.pairing.created', params: { until } }, data: { code, until } };
    },
    revalidate: PAGE,
  });
}

export async function revokeKioskDeviceAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: deviceIdSchema,
    run: (d, staff) => revokeKioskDevice(staff, d, new Date()),
    done: ({ name }) => ({ message: { key: 'kiosk.admin.devices.revoked', params: { name } } }),
    revalidate: PAGE,
  });
}

export async function updateKioskSettingsAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: kioskSettingsSchema,
    run: (d, staff) => updateKioskSettings(staff, d),
    done: 'kiosk.admin.settings.saved',
    revalidate: PAGE,
  });
}

export async function updateWalkInSettingsAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: walkInSettingsSchema,
    run: (d, staff) => updateWalkInSettings(staff, d),
    done: 'kiosk.admin.walkIn.saved',
    revalidate: PAGE,
  });
}
