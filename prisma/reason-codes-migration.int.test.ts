// The migration 20261207110000_reason_codes on rows of the old shape: Termin's own sentences
// become codes, staff's words become notes (under the code the audit log or the actor gives), the
// rule's sentence its figures; and every row reads, word for word, as it did before.
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelReasonText, blockReasonText, liftReasonText } from '@/lib/i18n/reasons';
import { statusLabel } from '@/lib/i18n/labels';
import { translator } from '@/lib/i18n/translator';
import { blockReasonOf } from '@/lib/server/core/reasons';
import { createMigratedDatabase } from '@/lib/testing/databases';

const db = await createMigratedDatabase('reasons', { before: '20261207110000_reason_codes' });
const { prisma } = db;
afterAll(() => db.drop());
const t = translator('pl');

const uuid = () => crypto.randomUUID();
let n = 0;
let place: { officeId: string; categoryId: string; matterId: string };

beforeAll(async () => {
  // In SQL: the client knows columns later migrations add, and would read them back.
  place = { officeId: uuid(), categoryId: uuid(), matterId: uuid() };
  await prisma.$executeRaw`
    INSERT INTO "Office" (id, slug, name, "shortName", address, "postalCode", "bookingPhone", "updatedAt")
    VALUES (${place.officeId}::uuid, 'stare', 'Biuro', 'B', 'ul. Testowa 1', '45-000', '77 54 11 361', now())`;
  await prisma.$executeRaw`
    INSERT INTO "ServiceCategory" (id, "officeId", slug, name, "updatedAt")
    VALUES (${place.categoryId}::uuid, ${place.officeId}::uuid, 'kat', 'Kategoria', now())`;
  await prisma.$executeRaw`
    INSERT INTO "Matter" (id, "categoryId", slug, name)
    VALUES (${place.matterId}::uuid, ${place.categoryId}::uuid, 'sprawa', 'Sprawa')`;
});

type Actor = 'RESIDENT' | 'STAFF' | 'SYSTEM';

/** A cancelled booking as the old code stored it, with the audit entry that recorded it, if any. */
async function oldBooking(text: string | null, by: Actor | null, audit?: string) {
  const id = uuid();
  n++;
  await prisma.$executeRaw`
    INSERT INTO "Booking" (id, reference, "officeId", "categoryId", "matterId", "startsAt", "endsAt",
      "kioskCode", status, "cancelledBy", "cancelReason", "updatedAt")
    VALUES (${id}::uuid, ${`T-OLD${n}`}, ${place.officeId}::uuid, ${place.categoryId}::uuid,
      ${place.matterId}::uuid, '2026-12-01T08:00Z', '2026-12-01T08:15Z', ${String(10_000_000 + n)},
      ${by ? 'CANCELLED' : 'CONFIRMED'}::"BookingStatus", ${by}::"CancelledBy", ${text}, now())`;
  if (audit)
    await prisma.$executeRaw`
      INSERT INTO "AuditLog" (actor, action, entity, "entityId", data)
      VALUES ('urzednik@example.com', ${audit}, 'Booking', ${id}, ${JSON.stringify({ reason: text })}::jsonb)`;
  return id;
}

/** A contact block as the old code stored it. */
async function oldBlock(source: 'NO_SHOW_RULE' | 'MANUAL', reason: string, liftReason: string | null = null) {
  const id = uuid();
  await prisma.$executeRaw`
    INSERT INTO "ContactBlock" (id, "officeId", kind, value, reason, source, "endsAt", "liftedAt", "liftReason")
    VALUES (${id}::uuid, ${place.officeId}::uuid, 'EMAIL', ${`b${id}@example.com`}, ${reason},
      ${source}::"BlockSource", '2027-01-01T00:00Z', ${liftReason ? new Date() : null}, ${liftReason})`;
  return id;
}

const AT_REQUEST = 'booking.cancelled-at-request';
const BY_SCHEDULE = 'booking.cancelled-by-schedule';

// [old text, cancelled by, audit action] → [code, note]
const BOOKINGS = [
  ['odwołana przez mieszkańca', 'RESIDENT', undefined, 'BY_RESIDENT', null],
  ['nie potwierdzono na czas', 'SYSTEM', undefined, 'NOT_CONFIRMED', null],
  ['pięć błędnych kodów', 'SYSTEM', undefined, 'WRONG_CODES', null],
  ['spóźnienie', 'STAFF', undefined, 'LATE', null],
  ['usunięcie danych na wniosek mieszkańca', 'STAFF', undefined, 'ERASURE_REQUEST', null],
  ['wyjazd służbowy', 'STAFF', AT_REQUEST, 'AT_REQUEST', 'wyjazd służbowy'],
  ['krótsze godziny we wtorki', 'STAFF', BY_SCHEDULE, 'SCHEDULE_CHANGE', 'krótsze godziny we wtorki'],
  // Text nobody recognises keeps its words, under the code that fits who cancelled.
  ['awaria systemu', 'STAFF', undefined, 'AT_REQUEST', 'awaria systemu'],
  ['odwołana telefonicznie', 'RESIDENT', undefined, 'BY_RESIDENT', 'odwołana telefonicznie'],
  ['wygasła', 'SYSTEM', undefined, 'NOT_CONFIRMED', 'wygasła'],
  [null, null, undefined, null, null],
] as const;

// [source, old reason, old lift reason] → [reason columns, lift columns]
const BLOCKS = [
  [
    'NO_SHOW_RULE',
    '2 nieobecności na umówionych wizytach w ciągu 90 dni',
    null,
    { reason: 'NO_SHOWS', noShowCount: 2, noShowDays: 90, reasonNote: null },
    { liftReason: null, liftNote: null },
  ],
  [
    'NO_SHOW_RULE',
    '1 nieobecność na umówionych wizytach w ciągu 30 dni',
    'cofnięto nieobecność',
    { reason: 'NO_SHOWS', noShowCount: 1, noShowDays: 30, reasonNote: null },
    { liftReason: 'NO_SHOW_UNDONE', liftNote: null },
  ],
  [
    'NO_SHOW_RULE',
    'nieobecności',
    'wyjaśniono telefonicznie',
    { reason: 'MANUAL', noShowCount: null, noShowDays: null, reasonNote: 'nieobecności' },
    { liftReason: 'MANUAL', liftNote: 'wyjaśniono telefonicznie' },
  ],
  [
    'MANUAL',
    'odsprzedaż terminów',
    'cofnięto nieobecność',
    { reason: 'MANUAL', noShowCount: null, noShowDays: null, reasonNote: 'odsprzedaż terminów' },
    { liftReason: 'MANUAL', liftNote: 'cofnięto nieobecność' },
  ],
  // An administrator's words that happen to be the rule's sentence stay words: the source decides.
  [
    'MANUAL',
    '3 nieobecności na umówionych wizytach w ciągu 60 dni',
    null,
    {
      reason: 'MANUAL',
      noShowCount: null,
      noShowDays: null,
      reasonNote: '3 nieobecności na umówionych wizytach w ciągu 60 dni',
    },
    { liftReason: null, liftNote: null },
  ],
] as const;

const bookingIds: string[] = [];
const blockIds: string[] = [];

describe('the migration to reason codes', () => {
  beforeAll(async () => {
    for (const [text, by, audit] of BOOKINGS) bookingIds.push(await oldBooking(text, by, audit));
    // The hold's wording before 7 December 2026.
    bookingIds.push(await oldBooking('nie potwierdzono w ciągu 60 minut', 'SYSTEM'));
    // Another booking's audit entry with the same words decides nothing about this one.
    const other = await oldBooking('wyjazd służbowy', 'STAFF', AT_REQUEST);
    bookingIds.push(await oldBooking('wyjazd służbowy', 'RESIDENT'), other);
    for (const [source, reason, lift] of BLOCKS) blockIds.push(await oldBlock(source, reason, lift));
    await db.migrateRest();
  });

  const bookingsRead = () =>
    Promise.all(
      bookingIds.map((id) =>
        prisma.booking.findUniqueOrThrow({
          where: { id },
          select: { status: true, cancelReason: true, cancelNote: true },
        }),
      ),
    );

  it('maps each booking’s sentence to a code, and staff’s words to a note under the right code', async () => {
    const rows = await bookingsRead();
    expect(rows.map((r) => [r.cancelReason, r.cancelNote])).toEqual([
      ...BOOKINGS.map(([, , , code, note]) => [code, note]),
      ['NOT_CONFIRMED', null],
      ['BY_RESIDENT', 'wyjazd służbowy'],
      ['AT_REQUEST', 'wyjazd służbowy'],
    ]);
  });

  it('leaves every booking reading as before: its words, and the lateness label', async () => {
    const rows = await bookingsRead();
    BOOKINGS.forEach(([text], i) => {
      const r = rows[i]!;
      if (text === null) return expect(r.cancelReason).toBeNull();
      expect(cancelReasonText(t, r.cancelReason!, r.cancelNote)).toBe(text);
      expect(statusLabel(r.status, r.cancelReason)).toBe(
        text === 'spóźnienie' ? 'Anulowana (spóźnienie)' : 'Odwołana',
      );
    });
  });

  it('gives a rule’s block its figures and keeps any other text as the note; the same for lifts', async () => {
    const rows = await prisma.contactBlock.findMany({ where: { id: { in: blockIds } } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    BLOCKS.forEach(([, reason, lift, columns, liftColumns], i) => {
      const row = byId.get(blockIds[i]!)!;
      expect(row).toMatchObject({ ...columns, ...liftColumns });
      // Word for word what the blocks page and the e-mails said.
      expect(blockReasonText(t, blockReasonOf(row))).toBe(reason);
      if (lift)
        expect(
          liftReasonText(
            t,
            row.liftReason === 'MANUAL'
              ? { code: 'MANUAL', note: row.liftNote! }
              : { code: 'NO_SHOW_UNDONE' },
          ),
        ).toBe(lift);
    });
  });

  it('refuses a write of the old shape, as an old instance would make it during a rolling deploy', async () => {
    const id = bookingIds.at(-1)!;
    await expect(
      prisma.$executeRaw`UPDATE "Booking" SET "cancelReason" = 'odwołana przez mieszkańca' WHERE id = ${id}::uuid`,
    ).rejects.toThrow(/invalid input value for enum/);
    await expect(oldBlock('MANUAL', 'nadużycia')).rejects.toThrow(/invalid input value for enum/);
    // A code's columns go together (a typed code name, a rule's block without its figures).
    await expect(oldBlock('MANUAL', 'MANUAL')).rejects.toThrow(/ContactBlock_reason_check/);
    await expect(oldBlock('NO_SHOW_RULE', 'NO_SHOWS')).rejects.toThrow(/ContactBlock_reason_check/);
    await expect(
      prisma.$executeRaw`UPDATE "ContactBlock" SET "liftReason" = 'MANUAL' WHERE id = ${blockIds[0]!}::uuid`,
    ).rejects.toThrow(/ContactBlock_liftReason_check/);
    await expect(
      prisma.$executeRaw`UPDATE "Booking" SET "cancelReason" = NULL, "cancelNote" = 'x' WHERE id = ${id}::uuid`,
    ).rejects.toThrow(/Booking_cancelNote_check/);
  });
});
