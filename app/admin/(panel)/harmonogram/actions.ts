'use server';

import { removeClosure } from '@/lib/server/schedule/remove-closure';
import { addClosure } from '@/lib/server/schedule/add-closure';
import { explainImpact } from '@/lib/server/schedule/explain-impact';
import {
  closureIdSchema,
  closureSchema,
  horizonSchema,
  rulesFormSchema,
} from '@/lib/server/schedule/schedule-forms';
import { saveHorizon } from '@/lib/server/schedule/save-horizon';
import { saveOpeningRules } from '@/lib/server/schedule/save-opening-rules';
import { runStaffAction } from '@/lib/server/staff/run-staff-action';
import type { FormState } from '@/lib/validation/form-state';
import type { Message } from '@/lib/i18n/catalogue';
import { formatLocalDate } from '@/lib/i18n/format';
import { sayMessage, type Translator, translator } from '@/lib/i18n/translator';

const PAGE = ['/admin/harmonogram', '/rezerwacja'];

const dateRange = (t: Translator, from: string, to: string) =>
  from === to
    ? formatLocalDate(from)
    : t('schedule.dateRange', { from: formatLocalDate(from), to: formatLocalDate(to) });

/** A change that may have cancelled visits says how many, and that their residents are told. */
const withCancelled = (t: Translator, message: Message, cancelled: number): Message =>
  cancelled
    ? {
        key: 'schedule.savedAndCancelled',
        params: { saved: sayMessage(t, message), count: cancelled },
      }
    : message;

/** The weekly opening rules of a category (the whole table at once). */
export async function saveRulesAction(_p: FormState, formData: FormData): Promise<FormState> {
  const t = translator();
  return runStaffAction(formData, {
    explain: explainImpact,
    role: 'ADMIN',
    schema: rulesFormSchema,
    run: (d, staff) => saveOpeningRules(staff, d, new Date()),
    done: (r) =>
      r.changed ? withCancelled(t, { key: 'schedule.rulesSaved' }, r.cancelled) : 'schedule.rulesUnchanged',
    revalidate: PAGE,
  });
}

export async function saveHorizonAction(_p: FormState, formData: FormData): Promise<FormState> {
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: horizonSchema,
    run: (d, staff) => saveHorizon(staff, d),
    done: (r) =>
      r.changed
        ? { key: 'schedule.horizonSaved', params: { days: String(r.horizonDays) } }
        : 'schedule.horizonUnchanged',
    revalidate: PAGE,
    keepValues: true,
  });
}

export async function addClosureAction(_p: FormState, formData: FormData): Promise<FormState> {
  const t = translator();
  return runStaffAction(formData, {
    explain: explainImpact,
    role: 'ADMIN',
    schema: closureSchema,
    run: (d, staff) => addClosure(staff, d, new Date()),
    done: (r) =>
      withCancelled(
        t,
        {
          key: 'schedule.closureAdded',
          params: { closed: r.closed, range: dateRange(t, r.fromDate, r.toDate) },
        },
        r.cancelled,
      ),
    revalidate: PAGE,
  });
}

export async function removeClosureAction(_p: FormState, formData: FormData): Promise<FormState> {
  const t = translator();
  return runStaffAction(formData, {
    role: 'ADMIN',
    schema: closureIdSchema,
    run: (d, staff) => removeClosure(staff, d.closureId),
    done: (r) => ({ key: 'schedule.closureRemoved', params: { range: dateRange(t, r.fromDate, r.toDate) } }),
    revalidate: PAGE,
  });
}
