import AxeBuilder from '@axe-core/playwright';
import { type Page, expect } from '@playwright/test';

/** axe on the whole page; a failure lists each rule with the offending HTML. */
export async function expectNoAxeViolations(page: Page) {
  await page.waitForLoadState('load');
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.html).join(' | ')}`)).toEqual(
    [],
  );
}
