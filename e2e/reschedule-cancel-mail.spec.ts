// Issue 24, points 1 and 5: a resident books, confirms, moves the visit to another day with
// "Zmień termin" and then cancels it; each e-mail says what changed, by whom, the old time and
// what still stands, and carries the calendar event with the right method (REQUEST, REQUEST with a
// higher SEQUENCE, CANCEL) under one UID, which "Dodaj do kalendarza" offers too.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { localDateOf } from '../lib/domain/time';
import { expectNoAxeViolations } from './axe';
import { bookConfirmed, bookingOf, pickFreeTime } from './booking';
import { bodyOf, calendarOf, manageLinkOf, readCalendar, waitForEmail } from './mail';

/** The time an e-mail's subject names ("…: środa, 2 grudnia 2026, 08:15 — C-7K3MQX"). */
const whenOf = (subject: string) => /: (.+) — /.exec(subject)![1]!;

test('a resident reschedules and then cancels, and gets each e-mail with its details and calendar method', async ({
  page,
}) => {
  test.skip(test.info().project.name !== 'desktop', 'the e-mails are the same on a phone; read once');
  const visit = await bookConfirmed(page, 'zmiana-odwolanie');

  // The confirmation: the event goes into the calendar.
  const confirmed = await waitForEmail(
    visit.email,
    new RegExp(`Wizyta potwierdzona: .* — ${visit.reference}`),
  );
  const first = calendarOf(confirmed);
  expect(first).toMatchObject({ partMethod: 'REQUEST', method: 'REQUEST', sequence: 0, status: 'CONFIRMED' });
  expect(first.start).toEqual(visit.startsAt);
  const oldWhen = whenOf(confirmed.subject);
  const oldLink = manageLinkOf(confirmed);

  // "Zmień termin" to another day: the second of the coming free days (the first is its own).
  await page.goto(oldLink);
  await page.getByRole('link', { name: 'Zmień termin' }).click();
  await pickFreeTime(page, 1);
  await page
    .getByRole('region', { name: 'Potwierdź zmianę terminu' })
    .getByRole('button', { name: 'Zmień termin' })
    .click();

  // The page it lands on: the new time, the e-mail on its way, the old link dead.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta potwierdzona');
  const moved = await bookingOf(visit.email);
  expect(localDateOf(moved.startsAt)).not.toBe(localDateOf(visit.startsAt));
  const notice = page.getByRole('status').filter({ hasText: 'Termin wizyty zmieniony na' });
  await expect(notice).toContainText(`Wizyta w nowym dniu ma nowy identyfikator: ${moved.reference}.`);
  await expect(notice).toContainText(`Potwierdzenie z nowym terminem jest w drodze na adres ${visit.email}.`);
  await expect(notice).toContainText('Poprzedni odnośnik do rezerwacji już nie działa');
  await expectNoAxeViolations(page);
  const newLink = new URL(page.url()).pathname;
  expect((await page.request.get(oldLink)).status()).toBe(404);

  // The reschedule's e-mail: by whom, the new and the old time, what stands; the event updated.
  const rescheduled = await waitForEmail(
    visit.email,
    new RegExp(`Termin wizyty zmieniony: .* — ${moved.reference}`),
  );
  const newWhen = whenOf(rescheduled.subject);
  await expect(notice).toContainText(`Termin wizyty zmieniony na ${newWhen}.`);
  const told = bodyOf(rescheduled);
  for (const words of [
    'Na Twoją prośbę zmieniliśmy termin wizyty',
    'Wymiana prawa jazdy',
    newWhen,
    'Centrum Usług Publicznych',
    `Identyfikator wizyty: ${moved.reference}`,
    `Poprzedni termin (${oldWhen}) jest już nieaktualny.`,
    `zamiast poprzedniego (${visit.reference})`,
    'Obowiązuje tylko nowy termin',
  ])
    expect(told).toContain(words);
  expect(manageLinkOf(rescheduled)).toBe(newLink);
  const second = calendarOf(rescheduled);
  expect(second).toMatchObject({ partMethod: 'REQUEST', method: 'REQUEST', uid: first.uid, sequence: 1 });
  expect(second.start).toEqual(moved.startsAt);

  // "Dodaj do kalendarza": the same event as the e-mails, as they left it.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Dodaj do kalendarza' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('wizyta.ics');
  const file = readCalendar(fs.readFileSync((await download.path())!, 'utf8'));
  expect(file).toMatchObject({ method: 'PUBLISH', uid: first.uid, sequence: 1, status: 'CONFIRMED' });
  expect(file.start).toEqual(moved.startsAt);

  // The resident cancels: nothing is booked any more, how to book again; the event taken out.
  await page.getByRole('button', { name: 'Odwołaj wizytę' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta odwołana');
  const cancelled = await waitForEmail(
    visit.email,
    new RegExp(`Wizyta odwołana na Twoją prośbę — ${moved.reference}`),
  );
  const gone = bodyOf(cancelled);
  for (const words of [
    'Na Twoją prośbę odwołaliśmy wizytę',
    'Wymiana prawa jazdy',
    newWhen,
    `Identyfikator wizyty: ${moved.reference}`,
    'Ta wizyta nie jest już zarezerwowana',
    '/rezerwacja/cup/prawa-jazdy',
  ])
    expect(gone).toContain(words);
  expect(calendarOf(cancelled)).toMatchObject({
    partMethod: 'CANCEL',
    method: 'CANCEL',
    uid: first.uid,
    sequence: 2,
    status: 'CANCELLED',
  });

  // Nothing to add to a calendar any more: a Polish 404, nothing about the visit.
  const dead = await page.request.get(`${newLink}/kalendarz`);
  expect(dead.status()).toBe(404);
  const body = await dead.text();
  expect(body).toContain('Nie znaleziono wizyty');
  expect(body).not.toContain(moved.reference);
});
