import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';
import { violations } from '../helpers/axe.ts';
import { referenceNotes } from '../helpers/owner-notes.ts';
import { sitePages } from '../helpers/site-pages.ts';
import type { SiteKey } from '../helpers/build-site.ts';

const builds: SiteKey[] = ['siteUrl', 'baseUrl', 'contentUrl', 'repositoryUrl', ...(referenceNotes ? (['referenceUrl'] as const) : [])];

// Notes of this kind are full of long LoRA file names (tests/fixtures/site/speed.md, tests/fixtures/repository/svi.md
// put them in quotes, lists, headings, tables and code): no page may get wider than the screen for them.
describe.each(builds)('every page of the %s build', (key) => {
  const site = inject(key);
  it.for([390, 1280])('fits a %d px wide screen: nothing scrolls the page sideways', async (width, { browser }) => {
    const context = await browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const wider: string[] = [];
    for (const path of sitePages(key)) {
      await page.goto(`${site}${path}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wider.push(`/${path} by ${overflow} px`);
    }
    expect(wider).toEqual([]);
    await context.close();
  });
});

describe('a code block or table wider than its column', () => {
  const site = inject('siteUrl');

  it.for([390, 1280])(
    'at %d px scrolls inside the page, is named, reached by Tab, scrolled by the arrow keys, with a focus ring',
    async (width, { browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${site}speed/`);
      const table = page.getByRole('region', { name: 'Table: LoRA file, Model, Steps, Shift, CFG, Sampler, Scheduler, Strength, Notes' });
      const code = page.getByRole('region', { name: 'Code (python)' });
      for (const region of [table, code]) {
        expect(await region.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
        // Reached from the element before it with Tab, as a keyboard user would.
        await region.evaluate((box) => {
          const before = document.createElement('button');
          before.textContent = 'before';
          box.before(before);
          before.focus();
        });
        await page.keyboard.press('Tab');
        expect(await region.evaluate((box) => document.activeElement === box)).toBe(true);
        expect(await region.evaluate((box) => getComputedStyle(box).outlineStyle)).toBe('solid');
        await page.keyboard.press('ArrowRight');
        await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
      }
      await context.close();
    },
  );

  it('is no tab stop where it fits, and becomes one when the window narrows', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site}speed/`);
    // The two-column table fits at 1280 px.
    const small = page.locator('.table-scroll').first();
    await expect.poll(() => small.getAttribute('tabindex')).toBeNull();
    expect(await small.getAttribute('role')).toBeNull();
    await page.setViewportSize({ width: 200, height: 800 });
    await expect.poll(() => small.getAttribute('tabindex')).toBe('0');
    expect(await small.getAttribute('aria-label')).toBe('Table: Adapter, Steps, Strength');
    await context.close();
  });

  it('without JavaScript every one is focusable and named', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}speed/`);
    const regions = page.locator('[data-scroll-region]');
    expect(await regions.count()).toBe(3);
    for (const region of await regions.all()) {
      expect(await region.getAttribute('tabindex')).toBe('0');
      expect(await region.getAttribute('role')).toBe('region');
    }
    await context.close();
  });

  it.for(['light', 'dark'] as const)('leaves axe nothing to find on a phone, %s theme', async (scheme, { browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const path of ['speed/']) {
      await page.goto(`${site}${path}`);
      expect(await violations(page)).toEqual([]);
    }
    await context.close();
  });
});
