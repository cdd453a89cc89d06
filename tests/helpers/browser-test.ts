import type { Browser, BrowserContext, Page } from 'playwright-core';
import { test as base } from 'vitest';
import { launchBrowser } from './browser.ts';

interface BrowserFixtures {
  /** One Chromium for all the tests a worker runs. */
  browser: Browser;
  /** A fresh context for each test: no cookies, storage or cache from another test. */
  context: BrowserContext;
  page: Page;
}

/** Vitest's `test`, with Chromium, a context and a page as fixtures: `it('…', async ({ page }) => …)`. */
export const test = base.extend<BrowserFixtures>({
  browser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await launchBrowser();
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ browser }, use) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    await use(await context.newPage());
  },
});
