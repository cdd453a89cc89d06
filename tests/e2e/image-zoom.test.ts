import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { violations } from '../helpers/axe.ts';
import { test as it } from '../helpers/browser-test.ts';
import { recordProblems } from '../helpers/page-problems.ts';

/** The fixture note with real-sized node-graph screenshots: a Markdown image, a raw <img>, and one inside a link. */
const site = inject('siteUrl');
const NOTE = `${site}speed/`;

const dialog = (page: Page) => page.locator('.pswp[role="dialog"]');
const shownImage = (page: Page) =>
  page.locator('.pswp__item[aria-hidden="false"] img.pswp__img, .pswp__slide[aria-hidden="false"] img.pswp__img').last();
const caption = (page: Page) => page.locator('.pswp__caption');

describe('screenshots a reader can read', () => {
  it('links every embedded image to its full size, and keeps the link of one already in a link', async ({ reader: page }) => {
    await page.goto(NOTE);
    const links = await page
      .locator('.prose a[data-zoom]')
      .evaluateAll((found) =>
        found.map((link) => ({ href: link.getAttribute('href'), alt: link.querySelector('img')?.getAttribute('alt') })),
      );
    expect(links).toEqual([
      { href: '/img/chart.png', alt: 'chart' },
      { href: '/img/lora-graph.webp', alt: 'LoRA loader chain: lightx2v at strength 1.00, shift 8.0' },
      { href: '/img/sampler-graph.webp', alt: 'KSamplerAdvanced with 6 steps and the Euler sampler' },
    ]);
    expect(await page.locator('a[href="/start/#merging"] img').count()).toBe(1);
    // The original, byte for byte, at its own path.
    const original = await page.request.get(`${site}img/lora-graph.webp`);
    expect(original.headers()['content-type']).toContain('image/webp');
  });

  it('gives an embedded screenshot the widths its column needs on a phone and a desktop, at 1× to 3×', async ({ reader: page }) => {
    await page.goto(NOTE);
    const image = page.locator('a[href="/img/lora-graph.webp"] img');
    // 480, 750, 1100 and 1500 px where the original is that wide; this one is 1,318.
    expect(await image.getAttribute('srcset')).toMatch(/^\S+ 480w, \S+ 750w, \S+ 1100w, \S+ 1318w$/);
    // The column's width at each screen, and never more than the image's own.
    expect(await image.getAttribute('sizes')).toBe(
      '(min-width: 75rem) min(1318px, 48rem, calc(100vw - 34rem)), (min-width: 50rem) min(1318px, 48rem, calc(100vw - 20rem)), min(1318px, calc(100vw - 2rem))',
    );
  });

  it('opens a clicked screenshot over the page larger than in the column, named, with its alt text, without a policy violation', async ({
    page,
  }) => {
    const problems = await recordProblems(page);
    await page.goto(NOTE, { waitUntil: 'networkidle' });
    const inColumn = await page.locator('a[href="/img/lora-graph.webp"] img').boundingBox();
    await page.locator('a[href="/img/lora-graph.webp"]').click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(await dialog(page).getAttribute('aria-label')).toBe('Image viewer');
    expect(await dialog(page).getAttribute('aria-modal')).toBe('true');
    await expect.poll(() => shownImage(page).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1318);
    const inViewer = await shownImage(page).boundingBox();
    expect(inViewer!.width).toBeGreaterThan(inColumn!.width);
    expect(await caption(page).textContent()).toBe('LoRA loader chain: lightx2v at strength 1.00, shift 8.0');
    expect(await violations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('works from the keyboard alone: Tab from the heading to its screenshot, Enter, arrows, +, Esc, and focus back on it', async ({
    page,
  }) => {
    await page.goto(NOTE, { waitUntil: 'networkidle' });
    await page.locator('a.heading-anchor[href="#node-graphs"]').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/img/lora-graph.webp');
    await page.keyboard.press('Enter');
    await expect.poll(() => caption(page).textContent()).toBe('LoRA loader chain: lightx2v at strength 1.00, shift 8.0');
    // Focus stays inside the viewer while it is open.
    for (let step = 0; step < 6; step += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => Boolean(document.activeElement?.closest('.pswp')))).toBe(true);
    }
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => caption(page).textContent()).toBe('KSamplerAdvanced with 6 steps and the Euler sampler');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => caption(page).textContent()).toBe('LoRA loader chain: lightx2v at strength 1.00, shift 8.0');
    await expect.poll(() => shownImage(page).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1318);
    const before = (await shownImage(page).boundingBox())!.width;
    await page.keyboard.press('+');
    await expect.poll(async () => (await shownImage(page).boundingBox())!.width).toBeGreaterThan(before * 1.2);
    await page.keyboard.press('-');
    await expect.poll(async () => (await shownImage(page).boundingBox())!.width).toBeLessThan(before * 1.2);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/img/lora-graph.webp');
  });

  it('goes to the next image with the close button returning focus, also for raw HTML whose size it learns on load', async ({ page }) => {
    // The raw <img> has no size the viewer knows until its file loads: hold the file until the viewer is open.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/img/sampler-graph.webp', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(NOTE, { waitUntil: 'domcontentloaded' });
    // From the keyboard: a click would wait for the image to take its height.
    await page.locator('a[href="/img/sampler-graph.webp"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog(page).count()).toBe(1);
    release();
    await expect.poll(() => shownImage(page).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1920);
    // Shown at the file's own proportions (1920 × 1080), no longer the placeholder's (1600 × 1000).
    await expect
      .poll(async () => {
        const box = (await shownImage(page).boundingBox())!;
        return Math.round((box.width / box.height) * 100) / 100;
      })
      .toBe(1.78);
    await page.locator('.pswp__button--close').click();
    await expect.poll(() => dialog(page).count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/img/sampler-graph.webp');
  });

  it('shows a raw HTML image already loaded at its size from the first frame', async ({ page }) => {
    await page.goto(NOTE, { waitUntil: 'networkidle' });
    await page.locator('a[href="/img/sampler-graph.webp"]').click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    const box = (await shownImage(page).boundingBox())!;
    expect(Math.round((box.width / box.height) * 100) / 100).toBe(1.78);
  });

  it('loads nothing of the viewer before the first click, then the viewer alone, and every page the same scripts as before', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(NOTE, { waitUntil: 'networkidle' });
    const scripts = requested.filter((path) => path.endsWith('.js'));
    // The page's one module (prefetch, theme, search and zoom entries), as on a page without images.
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^\/_astro\/page\.[\w-]+\.js$/);
    await page.locator('a[href="/img/lora-graph.webp"]').click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    // The viewer alone: its module, and the chunk it shares with the workflow graph's viewer (PhotoSwipe and the keys).
    expect(
      requested
        .filter((path) => path.endsWith('.js'))
        .slice(1)
        .sort(),
    ).toEqual([expect.stringMatching(/^\/_astro\/image-zoom\.[\w-]+\.js$/), expect.stringMatching(/^\/_astro\/viewer-keys\.[\w-]+\.js$/)]);
  });

  it('opens the full image with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(NOTE);
    await page.locator('a[href="/img/lora-graph.webp"]').click();
    await page.waitForURL(`${site}img/lora-graph.webp`);
    await context.close();
  });

  it('turns the viewer’s animations off for a reader who asks for reduced motion', async ({ reader: page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(NOTE, { waitUntil: 'networkidle' });
    await page.locator('a[href="/img/lora-graph.webp"]').click();
    await expect.poll(() => dialog(page).count()).toBe(1);
    const durations = await page
      .locator('.pswp, .pswp__bg')
      .evaluateAll((found) => found.map((element) => getComputedStyle(element).transitionDuration));
    expect(durations.every((duration) => duration.split(',').every((each) => parseFloat(each) === 0))).toBe(true);
  });

  it('prints screenshots at the column’s width, with no link target after them', async ({ reader: page }) => {
    await page.goto(NOTE, { waitUntil: 'networkidle' });
    await page.emulateMedia({ media: 'print' });
    const { image, column, after } = await page.evaluate(() => {
      const link = document.querySelector('a[href="/img/sampler-graph.webp"]')!;
      return {
        image: link.querySelector('img')!.getBoundingClientRect().width,
        column: document.querySelector('.prose')!.getBoundingClientRect().width,
        after: getComputedStyle(link, '::after').content,
      };
    });
    expect(image).toBeLessThanOrEqual(column);
    expect(after).toBe('none');
  });
});
