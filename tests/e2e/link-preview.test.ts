import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';

const preview = (page: Page) => page.getByRole('tooltip');
const fieldGuide = (page: Page) => page.locator('.prose a', { hasText: 'the field guide' });

/** Whether two boxes share any point. */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('a link to another note', () => {
  const site = inject('siteUrl');

  it('shows, on hover after a short delay, the note’s title, the section it names and its first lines, beside the link, never over it', async ({
    page,
  }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${site}speed/`);
    const link = fieldGuide(page);
    await link.hover();
    await preview(page).waitFor();
    expect(await preview(page).locator('strong').textContent()).toBe('Field Guide › Merging');
    expect((await preview(page).locator('p').textContent())?.length).toBeGreaterThan(20);
    expect(await link.getAttribute('aria-describedby')).toBe('link-preview');
    expect(overlap((await link.boundingBox())!, (await preview(page).boundingBox())!)).toBe(false);
    // Placed through the CSSOM, which the policy allows: no style attribute in the page's HTML.
    expect(refused).toEqual([]);
    // Away from the link, it goes.
    await page.mouse.move(5, 5);
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    expect(await link.getAttribute('aria-describedby')).toBeNull();
  });

  it('shows on keyboard focus too, and Escape closes it', async ({ reader: page }) => {
    await page.goto(`${site}speed/`);
    await fieldGuide(page).focus();
    await preview(page).waitFor();
    expect(await preview(page).locator('strong').textContent()).toBe('Field Guide › Merging');
    await page.keyboard.press('Escape');
    await expect.poll(() => preview(page).isVisible()).toBe(false);
    // Focus stays on the link.
    expect(await fieldGuide(page).evaluate((link) => link === document.activeElement)).toBe(true);
  });

  it('shows nothing, and loads nothing for it, on a touch screen', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site}speed/`);
    expect(await page.evaluate(() => matchMedia('(hover: hover)').matches)).toBe(false);
    await fieldGuide(page).hover();
    await fieldGuide(page).focus();
    await page.waitForTimeout(800);
    expect(await page.locator('.link-preview').count()).toBe(0);
    expect(requested.filter((path) => path.includes('link-preview'))).toEqual([]);
    await context.close();
  });

  it('loads the preview’s code only on the first hover, and nothing of it without JavaScript', async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site}speed/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.includes('link-preview'))).toEqual([]);
    await fieldGuide(page).hover();
    await preview(page).waitFor();
    expect(requested.some((path) => path.includes('link-preview'))).toBe(true);
    await context.close();
    const off = await browser.newContext({ javaScriptEnabled: false });
    const still = await off.newPage();
    await still.goto(`${site}speed/`);
    await fieldGuide(still).hover();
    expect(await still.locator('.link-preview').count()).toBe(0);
    await off.close();
  });
});
