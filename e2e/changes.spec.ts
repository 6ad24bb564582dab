// Everyday changes: a clerk cancels one visit at the resident's request (the resident gets the
// reason by e-mail), and a resident moves a confirmed visit to another day from the e-mail's link.
import { expect, test } from '@playwright/test';
import { localDateOf } from '../lib/domain/time';
import { expectNoAxeViolations } from './axe';
import { bookConfirmed, bookingOf, pickFreeTime } from './booking';
import { bodyOf, manageLinkOf, waitForEmail } from './mail';
import { signInAsAdmin } from './staff';

// Both with JavaScript and with plain form posts (links and forms work without it).
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('a clerk cancels one visit at the resident’s request; the resident gets the reason by e-mail', async ({
      page,
    }) => {
      const visit = await bookConfirmed(page, 'odwolanie');
      const manageUrl = page.url();
      await page.context().clearCookies();

      await signInAsAdmin(page);
      const day = localDateOf(visit.startsAt);
      await page.goto(
        `/admin/lista?${new URLSearchParams({ biuro: 'cup', kategoria: 'prawa-jazdy', data: day })}`,
      );
      await page.getByRole('link', { name: `Wizyta ${visit.reference}: odwołaj lub przenieś` }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Wizyta ${visit.reference}`);
      await expect(page.getByText('e-mailem')).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(page); // axe runs as a script

      // Without a reason nothing is cancelled, and the field says why.
      await page.getByRole('button', { name: 'Odwołaj wizytę' }).click();
      await expect(page.getByText('Podaj powód odwołania (co najmniej 5 znaków)')).toBeVisible();
      await page.getByLabel('Powód (mieszkaniec go dostanie)').fill('wyjazd służbowy');
      await page.getByRole('button', { name: 'Odwołaj wizytę' }).click();
      await expect(
        page.getByRole('status').filter({ hasText: `Wizyta ${visit.reference} odwołana` }),
      ).toBeVisible();
      await expect(page.getByRole('button', { name: 'Odwołaj wizytę' })).toHaveCount(0);

      const mail = await waitForEmail(visit.email, /Wizyta odwołana na Twoją prośbę/);
      expect(mail.subject).toContain(visit.reference);
      expect(bodyOf(mail)).toContain('wyjazd służbowy');
      await page.goto(manageUrl);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta odwołana');
    });

    test('a resident moves a confirmed visit to another day from the e-mail’s link', async ({ page }) => {
      const visit = await bookConfirmed(page, 'zmiana');
      const first = await waitForEmail(visit.email, /Wizyta potwierdzona/);
      const oldLink = manageLinkOf(first);

      await page.goto(oldLink);
      await page.getByRole('link', { name: 'Zmień termin' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zmień termin wizyty');
      if (javaScriptEnabled) await expectNoAxeViolations(page); // axe runs as a script
      // A day other than the visit's: the second of the coming free days (the first is its own).
      await pickFreeTime(page, 1);
      const confirm = page.getByRole('region', { name: 'Potwierdź zmianę terminu' });
      await expect(confirm).toContainText('nowy identyfikator');
      if (javaScriptEnabled) await expectNoAxeViolations(page); // axe runs as a script
      await confirm.getByRole('button', { name: 'Zmień termin' }).click();

      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Wizyta potwierdzona');
      await expect(page).not.toHaveURL(new RegExp(`${oldLink}$`));
      const moved = await bookingOf(visit.email);
      expect(localDateOf(moved.startsAt)).not.toBe(localDateOf(visit.startsAt));
      expect(moved.reference).not.toBe(visit.reference);
      await expect(page.getByText(moved.reference, { exact: true }).first()).toBeVisible();

      // The news of the change: the new time, the new identifier and the new link.
      const again = await waitForEmail(
        visit.email,
        new RegExp(`Termin wizyty zmieniony: .* — ${moved.reference}`),
      );
      expect(manageLinkOf(again)).toBe(new URL(page.url()).pathname);
      // The old link no longer opens the booking.
      const old = await page.goto(oldLink);
      expect(old?.status()).toBe(404);
    });
  });
}
