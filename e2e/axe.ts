import AxeBuilder from '@axe-core/playwright';
import { type Page, expect } from '@playwright/test';

/** axe on the whole page; a failure lists each rule with the offending HTML. */
export async function expectNoAxeViolations(page: Page) {
  await page.waitForLoadState('load');
  // Next.js may stream the <title> in after the first bytes; axe must see the finished document.
  await page.waitForFunction(() => document.title.length > 0);
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual(
    [],
  );
}
