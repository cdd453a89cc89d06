import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject, test as base } from 'vitest';
import { connectBrowser } from './browser.ts';

const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

interface BrowserFixtures {
  /** The Chromium that the browser tests' global setup started, shared by every test file. */
  browser: Browser;
  /** A fresh context for each test: no cookies, storage or cache from another test. */
  context: BrowserContext;
  page: Page;
  /**
   * The page `reader` lends each test of a file, one after another: a new context costs a renderer process (most of a
   * page test's time), and axe-core and Pagefind compile again in each.
   */
  readerPage: Page;
  /**
   * For a test that only opens pages and reads them: the file's one page, back at the default viewport, in the light
   * scheme, with the mouse in the corner. Storage, cache, listeners and routes carry over, so a test that sets any of
   * them (a saved theme, a request count, a route) takes `page`.
   */
  reader: Page;
}

/** Vitest's `test`, with Chromium, a context and a page as fixtures: `it('…', async ({ page }) => …)`. */
export const test = base.extend<BrowserFixtures>({
  browser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await connectBrowser(inject('browserEndpoint'));
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ browser }, use) => {
    const context = await browser.newContext({ viewport: DEFAULT_VIEWPORT });
    await use(context);
    await context.close();
  },
  page: async ({ context }, use) => {
    await use(await context.newPage());
  },
  readerPage: [
    async ({ browser }, use) => {
      const context = await browser.newContext({ viewport: DEFAULT_VIEWPORT });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'file' },
  ],
  reader: async ({ readerPage }, use) => {
    await readerPage.setViewportSize(DEFAULT_VIEWPORT);
    await readerPage.emulateMedia({ colorScheme: 'light', media: 'screen', reducedMotion: 'no-preference' });
    await readerPage.mouse.move(0, 0);
    await use(readerPage);
  },
});
