import { cookies } from 'next/headers';
import { z } from 'zod';
import { cookieOptions } from '@/lib/server/core/cookie-options';
import { SEARCH } from '@/lib/validation/search-params';

/** The clerk's counter and the categories they serve, kept in this browser (a year). */
export const COUNTER_COOKIE = 'termin-stanowisko';
export const COUNTER_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;
export const MAX_COUNTER = 99;

export type CounterSetup = { office: string; counter: number; categoryIds: string[] };

const setupSchema = z.object({
  office: SEARCH.slug,
  counter: z.number().int().min(1).max(MAX_COUNTER),
  categoryIds: z.array(z.uuid()).min(1).max(50),
});

/** The setup in the cookie, or null when there is none or it does not parse (a forged value). */
export async function readCounterSetup(): Promise<CounterSetup | null> {
  const raw = (await cookies()).get(COUNTER_COOKIE)?.value;
  if (!raw || raw.length > 4_000) return null;
  try {
    const parsed = setupSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export async function writeCounterSetup(setup: CounterSetup): Promise<void> {
  (await cookies()).set(
    COUNTER_COOKIE,
    JSON.stringify(setupSchema.parse(setup)),
    cookieOptions({ path: '/admin', maxAge: COUNTER_COOKIE_MAX_AGE }),
  );
}

/**
 * A form's repeated field (checkboxes of one name) as one comma-separated value: every action
 * parses the first value of each field (formValues), so the list travels joined.
 */
export function joinRepeated(formData: unknown, name: string): unknown {
  if (!(formData instanceof FormData)) return formData;
  const out = new FormData();
  for (const [k, v] of formData) if (k !== name) out.append(k, v);
  out.set(
    name,
    formData
      .getAll(name)
      .filter((v) => typeof v === 'string')
      .join(','),
  );
  return out;
}
