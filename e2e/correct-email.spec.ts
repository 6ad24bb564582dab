// A resident corrects the booking's e-mail address from the manage page (issue 24 point 4,
// decision 039): a code goes to the new address, typed on the page it makes the address the
// booking's, the old address is told and the new one gets the confirmation with the manage link.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { bookConfirmed, uniqueEmail } from './booking';
import { bodyOf, manageLinkOf, waitForEmail } from './mail';
import { withDb } from './staff';

test.skip(({ isMobile }) => isMobile, 'the same forms on every screen: desktop only');

// Both with JavaScript and with plain form posts (the manage page works without it).
for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
    test.use({ javaScriptEnabled });

    test('a resident corrects the e-mail address with a code sent to the new one', async ({ page }) => {
      const visit = await bookConfirmed(page, javaScriptEnabled ? 'stary-js' : 'stary');
      const manageUrl = new URL(page.url()).pathname;
      const fresh = uniqueEmail(javaScriptEnabled ? 'nowy-js' : 'nowy');
      const section = page.getByRole('region', { name: 'Zmień adres e-mail' });

      // A mistyped address is said on its field; nothing is sent.
      await section.getByLabel('Nowy adres e-mail').fill('jan.kowalski@');
      await section.getByRole('button', { name: 'Wyślij kod na nowy adres' }).click();
      await expect(
        section.getByText('Podaj poprawny adres e-mail, np. jan.kowalski@example.com.'),
      ).toBeVisible();

      await section.getByLabel('Nowy adres e-mail').fill(fresh);
      await section.getByRole('button', { name: 'Wyślij kod na nowy adres' }).click();
      await expect(section.getByText(`Wysłaliśmy kod na adres ${fresh}. Wpisz go poniżej.`)).toBeVisible();
      await expect(
        section.getByText(
          new RegExp(`^Wysłaliśmy kod na adres ${fresh}\\. Wpisz go do godz\\. \\d\\d:\\d\\d\\.$`),
        ),
      ).toBeVisible();
      if (javaScriptEnabled) await expectNoAxeViolations(page); // axe runs as a script

      // The code reached the new address only.
      const codeMail = await waitForEmail(fresh, /^Kod potwierdzający nowy adres e-mail: \d{6}$/);
      const code = /(\d{6})/.exec(codeMail.subject)![1]!;
      expect(bodyOf(codeMail)).not.toContain(visit.reference); // nothing of the visit to an unproven address

      // A wrong code says how many tries are left and keeps the address.
      const wrong = code === '000000' ? '111111' : '000000';
      await section.getByLabel('Kod z e-maila (6 cyfr)').fill(wrong);
      await section.getByRole('button', { name: 'Zmień adres e-mail' }).click();
      await expect(section.getByText('Kod jest nieprawidłowy. Pozostało prób: 4.')).toBeVisible();

      await section.getByLabel('Kod z e-maila (6 cyfr)').fill(code);
      await section.getByRole('button', { name: 'Zmień adres e-mail' }).click();
      await expect(
        section.getByRole('status').filter({ hasText: `Zmieniono adres e-mail na ${fresh}.` }),
      ).toBeVisible();
      await expect(section.getByLabel('Kod z e-maila (6 cyfr)')).toHaveCount(0);
      const details = page.getByRole('region', { name: 'Dane zapisane w rezerwacji' });
      await expect(details.getByText(fresh, { exact: true })).toBeVisible();
      await expect(details.getByText(visit.email, { exact: true })).toHaveCount(0);

      const stored = await withDb(
        async (db) =>
          (
            await db.query<{ email: string; locks: string[] }>(
              `SELECT b.email, array(SELECT value FROM "ContactLock" l WHERE l."bookingId" = b.id AND l.kind = 'EMAIL') AS locks
               FROM "Booking" b WHERE b.reference = $1`,
              [visit.reference],
            )
          ).rows[0]!,
      );
      expect(stored).toEqual({ email: fresh, locks: [fresh] });

      // The old address is told, the new one masked, with the number to call.
      const notice = await waitForEmail(
        visit.email,
        new RegExp(`^Zmieniono dane rezerwacji ${visit.reference}$`),
      );
      const told = bodyOf(notice);
      expect(told).toContain(
        `Adres e-mail w rezerwacji ${visit.reference} zmieniono na ${fresh[0]}***@example.com.`,
      );
      expect(told).toContain('Jeśli to nie Ty wprowadzałeś(-aś) tę zmianę, zadzwoń od razu:');
      expect(told).not.toContain(fresh);

      // The new address gets the confirmation, with the same manage link.
      const confirmation = await waitForEmail(fresh, /^Wizyta potwierdzona: /);
      expect(manageLinkOf(confirmation)).toBe(manageUrl);
    });
  });
}
