import crypto from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { waitForEmail } from './mail';
import { signInAsAdmin, withDb } from './staff';

/** A message the worker gave up (as after a long SMTP outage), written straight to the outbox. */
async function failedMessage(template: string, recipient: string, subject: string) {
  await withDb((db) =>
    db.query(
      `INSERT INTO "OutboxMessage" (id, channel, template, recipient, payload, status, attempts, "lastError", "expiresAt")
       VALUES ($1, 'EMAIL', $2, $3, $4, 'FAILED', 31, 'Nie wysłano przed końcem ważności wiadomości.', now())`,
      [crypto.randomUUID(), template, recipient, JSON.stringify({ subject, text: `${subject}. Treść.` })],
    ),
  );
}

test('an administrator sends a failed notice again, and closes a code that cannot be re-sent', async ({
  page,
}) => {
  const tag = crypto.randomBytes(4).toString('hex');
  const notice = `odwolanie-${tag}@example.com`;
  const code = `kod-${tag}@example.com`;
  await failedMessage('booking-cancelled', notice, `Wizyta odwołana — W-${tag.toUpperCase()}`);
  await failedMessage('confirmation-code', code, 'Kod potwierdzający rezerwację: {{secret:code}}');

  await signInAsAdmin(page);
  await page
    .getByRole('navigation', { name: 'Panel urzędu' })
    .getByRole('link', { name: 'Wiadomości' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niewysłane wiadomości');
  const rowOf = (to: string) => page.getByRole('row').filter({ hasText: to });
  await expect(rowOf(code)).toContainText('Kod potwierdzający rezerwację: ••••••');
  await expect(rowOf(code)).toContainText('Kodu potwierdzającego nie można wysłać ponownie');
  await expect(rowOf(code).getByRole('button', { name: 'Wyślij ponownie' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  await rowOf(notice).getByRole('button', { name: 'Wyślij ponownie' }).click();
  await expect(rowOf(notice)).toHaveCount(0); // dealt with: off the list
  await waitForEmail(notice, new RegExp(`Wizyta odwołana — W-${tag.toUpperCase()}`)); // sent by the worker

  await rowOf(code).getByRole('button', { name: 'Zamknij' }).click();
  await expect(rowOf(code)).toHaveCount(0);
  await page.reload();
  await expect(rowOf(code)).toHaveCount(0);
});
