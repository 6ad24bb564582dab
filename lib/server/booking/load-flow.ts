import 'server-only';
import { cookies } from 'next/headers';
import { localDateOf, parseInstant } from '@/lib/domain/time';
import { listCalendarDays } from '@/lib/server/schedule/list-calendar-days';
import { type CategoryDetail, getCategory } from '@/lib/server/catalogue/get-category';
import {
  ACCEPTANCE_COOKIE,
  decodeAcceptance,
  getCurrentRegulations,
} from '@/lib/server/notices/get-current-regulations';

export type FlowChoice = { office: string; category: string; sprawa?: string; czas?: string };

/**
 * The choices carried through the flow's URLs and hidden fields, checked again on every step:
 * the category and matter exist, the regulations were accepted, the time is a well-formed one
 * (whether it is free: isTimeFree). From this process's copies of the catalogue and the
 * regulations: no query.
 */
export async function loadFlow(choice: FlowChoice) {
  const category = await getCategory(choice.office, choice.category);
  if (!category) return { kind: 'not-found' as const };
  const base = `/rezerwacja/${category.office.slug}/${category.slug}`;
  const matter = category.matters.find((m) => m.slug === choice.sprawa);
  const regulations = await getCurrentRegulations();
  const accepted = decodeAcceptance((await cookies()).get(ACCEPTANCE_COOKIE)?.value, regulations.version);
  if (category.phoneOnly) return { kind: 'phone-only' as const, category, base, matter };
  if (!matter || !accepted) return { kind: 'restart' as const, category, base, matter };
  // A time outside what date arithmetic handles (year 0099, +010000) is a malformed link.
  const startsAt = choice.czas ? parseInstant(choice.czas) : null;
  if (!startsAt) return { kind: 'restart' as const, category, base, matter };
  const date = localDateOf(startsAt);
  const dayHref = `${base}?${new URLSearchParams({ sprawa: matter.slug, miesiac: date.slice(0, 7), dzien: date })}`;
  return {
    kind: 'ok' as const,
    category: category as CategoryDetail,
    matter,
    startsAt,
    dayHref,
    base,
    regulations: { versionId: regulations.id, acceptedAt: accepted.acceptedAt },
  };
}

/**
 * Whether the flow's time has a free seat at `now`: for the details page and the review step.
 * "Zarezerwuj" does not ask: the hold itself refuses a full time, under the category's lock.
 */
export async function isTimeFree(categoryId: string, startsAt: Date, now: Date): Promise<boolean> {
  const date = localDateOf(startsAt);
  const [day] = await listCalendarDays(categoryId, date, date, now);
  return !!day?.freeSlots.some((s) => s.startsAt.getTime() === startsAt.getTime());
}
