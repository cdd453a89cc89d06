import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';

/** The fixture notes in tests/fixtures/site, written for these tests. */
const site = inject('siteUrl');

describe('home page', () => {
  it('lists the notes in order with their descriptions', async ({ reader: page }) => {
    await page.goto(site);
    await expect(page.locator('h1').textContent()).resolves.toBe('LoRA Notes');
    const items = page.locator('.note-list li');
    expect(await items.locator('strong').allTextContents()).toEqual(['Field Guide', 'Speed Adapters', 'Training Notes', 'Two Forms']);
    expect(await items.first().locator('span').textContent()).toBe(
      'A small notes site written for the browser tests, so the real notes can change freely.',
    );
    expect(await items.nth(1).locator('span').textContent()).toBe(
      'Speed adapters for the fixture models, and the settings people use with them.',
    );
    expect(await page.title()).toBe('LoRA Notes');
  });
});

describe('note pages', () => {
  it('follows the table of contents to another note', async ({ reader: page }) => {
    await page.goto(`${site}start/`);
    await page.locator('article').getByRole('link', { name: 'Speed Adapters', exact: true }).click();
    await page.waitForURL(`${site}speed/`);
    expect(await page.locator('h1').textContent()).toBe('Speed Adapters');
  });

  it('lands a deep link on its heading', async ({ reader: page }) => {
    await page.goto(`${site}start/#glossary`);
    const heading = page.locator('#glossary');
    expect(await heading.textContent()).toBe('Glossary');
    const top = await heading.evaluate((element) => element.getBoundingClientRect().top);
    const headerBottom = await page.locator('.site-header').evaluate((element) => element.getBoundingClientRect().bottom);
    // Scrolled so the heading sits just below the sticky header, not under it and not far down.
    expect(top).toBeGreaterThanOrEqual(headerBottom);
    expect(top).toBeLessThan(headerBottom + 60);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  });

  it('marks the current note in the sidebar, and only that one', async ({ reader: page }) => {
    await page.goto(`${site}guides/training/`);
    const current = page.locator('.sidebar [aria-current="page"]');
    expect(await current.count()).toBe(1);
    expect(await current.textContent()).toBe('Training Notes');
    expect(await current.getAttribute('href')).toBe('/guides/training/');
  });

  it('lists the h2 and h3 headings under "On this page"', async ({ reader: page }) => {
    await page.goto(`${site}start/`);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    expect(await toc.getByRole('link').allTextContents()).toEqual(['Contents', 'Merging', 'Order', 'Glossary', 'Special Use']);
    expect(await toc.getByRole('link', { name: 'Special Use' }).getAttribute('href')).toBe('#special-use');
  });

  it('links previous and next notes in reading order', async ({ reader: page }) => {
    await page.goto(`${site}speed/`);
    const nav = page.getByRole('navigation', { name: 'Previous and next note' });
    expect(await nav.locator('a[rel="prev"]').getAttribute('href')).toBe('/start/');
    expect(await nav.locator('a[rel="next"]').getAttribute('href')).toBe('/guides/training/');
    await page.goto(`${site}start/`);
    expect(await page.locator('a[rel="prev"]').count()).toBe(0);
    await page.goto(`${site}forms/`);
    expect(await page.locator('a[rel="next"]').count()).toBe(0);
  });

  it('shows a copyable anchor link on heading hover', async ({ reader: page }) => {
    await page.goto(`${site}start/`);
    const anchor = page.locator('a.heading-anchor[href="#merging"]');
    expect(await anchor.evaluate((element) => getComputedStyle(element).opacity)).toBe('0');
    await page.locator('#merging').hover();
    expect(await anchor.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
    expect(await anchor.getAttribute('aria-label')).toBeNull();
    expect(await anchor.textContent()).toContain('Link to section: Merging');
  });

  it('marks external links as leaving the site', async ({ reader: page }) => {
    await page.goto(`${site}start/`);
    const link = page.getByRole('link', { name: 'owner-a/wan2.2-14B-demo-lora (on Hugging Face)' });
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('href')).toBe('https://huggingface.co/owner-a/wan2.2-14B-demo-lora');
    const autolink = page.getByRole('link', { name: 'https://wavespeed.ai/models/wavespeed-ai/wan-2.2-i2v-lora-trainer (on WaveSpeed)' });
    expect(await autolink.getAttribute('rel')).toBe('noopener noreferrer');
    const internal = await page.locator('article a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('rel')));
    expect(internal.length).toBeGreaterThan(0);
    expect(internal.every((rel) => rel === null)).toBe(true);
  });

  it('renders MDX components inside a note', async ({ reader: page }) => {
    await page.goto(`${site}forms/`);
    const callout = page.getByRole('note', { name: 'Why the adapter can fall short' });
    expect(await callout.getAttribute('class')).toBe('callout callout-tip');
    expect(await callout.textContent()).toContain('An adapter keeps a low-rank summary of what training changed');
    expect(await page.locator('.compare > .callout').count()).toBe(2);
  });

  it('renders tables with their alignment, footnotes and images', async ({ reader: page }) => {
    await page.goto(`${site}speed/`);
    const cells = page.locator('article table tbody tr').first().locator('td');
    expect(await cells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td).textAlign))).toEqual(['left', 'right', 'center']);
    await page.locator('article sup a').click();
    expect(await page.evaluate(() => decodeURIComponent(location.hash))).toBe('#user-content-fn-cfg');
    const image = page.locator('article img[alt="chart"]');
    await image.scrollIntoViewIfNeeded();
    expect(await image.evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth))).toBe(2);
  });

  it('says when the note was last changed, from git, and offers no edit link when none is configured', async ({ reader: page }) => {
    await page.goto(`${site}start/`);
    const time = page.locator('.note-meta time');
    expect(await time.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(await page.locator('.note-meta').textContent()).toMatch(/Last updated [A-Z][a-z]+ \d{1,2}, \d{4}/);
    expect(await page.getByRole('link', { name: /Edit this page/ }).count()).toBe(0);
  });

  it('sets title, description and Open Graph tags', async ({ reader: page }) => {
    await page.goto(`${site}speed/`);
    expect(await page.title()).toBe('Speed Adapters · LoRA Notes');
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    expect(await meta('meta[name="description"]')).toBe('Speed adapters for the fixture models, and the settings people use with them.');
    expect(await meta('meta[property="og:title"]')).toBe('Speed Adapters');
    expect(await meta('meta[property="og:type"]')).toBe('article');
  });
});

describe('theme', () => {
  it('follows the system scheme, and a toggle that persists across a reload', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${site}start/`);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    const toggle = page.getByRole('button', { name: 'Switch to dark theme' });
    await toggle.click();
    expect(await background()).toBe('rgb(22, 24, 29)');
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await background()).toBe('rgb(22, 24, 29)');
    await page.getByRole('button', { name: 'Switch to light theme' }).click();
    await page.goto(`${site}speed/`);
    expect(await background()).toBe('rgb(255, 255, 255)');
  });

  it('applies a saved theme before the first frame, so the wrong one never flashes', async ({ page }) => {
    await page.goto(`${site}start/`);
    await page.evaluate(() => localStorage.setItem('theme', 'dark'));
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstFrameTheme: string | undefined }).firstFrameTheme = document.documentElement.dataset.theme;
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { firstFrameTheme: string | undefined }).firstFrameTheme)).toBe('dark');
  });

  it('shows the dark theme to a reader whose system prefers it', async ({ reader: page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${site}start/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 24, 29)');
    expect(await page.getByRole('button', { name: 'Switch to light theme' }).isVisible()).toBe(true);
  });
});

describe('without JavaScript', () => {
  it('reads and navigates completely, with no dead controls', async ({ browser }) => {
    const noScript = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const quiet = await noScript.newPage();
    await quiet.goto(`${site}start/`);
    expect(await quiet.locator('article').textContent()).toContain('The quokkafold trick keeps them apart');
    expect(await quiet.locator('#theme-toggle').isVisible()).toBe(false);
    expect(await quiet.getByRole('link', { name: 'Search' }).getAttribute('href')).toBe('/#notes');
    await quiet.getByRole('navigation', { name: 'Notes' }).getByRole('link', { name: 'Two Forms' }).click();
    await quiet.waitForURL(`${site}forms/`);
    expect(await quiet.locator('h1').textContent()).toBe('Two Forms');
    await noScript.close();
  });
});

describe('404', () => {
  it('answers a missing page with the site 404 page and a way home', async ({ reader: page }) => {
    const response = await page.goto(`${site}no-such-note/`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    await page.getByRole('link', { name: /^Go to the home page/ }).click();
    await page.waitForURL(site);
    expect(await page.locator('.note-list li').count()).toBe(4);
  });
});

describe('narrow screens', () => {
  it('folds the sidebar into a menu that opens and navigates', async ({ reader: page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${site}start/`);
    const sidebarLink = page.getByRole('navigation', { name: 'Notes' }).getByRole('link', { name: 'Training Notes' });
    expect(await sidebarLink.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.getByText('Menu', { exact: true }).click();
    expect(await sidebarLink.isVisible()).toBe(true);
    await sidebarLink.click();
    await page.waitForURL(`${site}guides/training/`);
  });

  it('keeps the sidebar open without a menu button on wide screens', async ({ reader: page }) => {
    await page.goto(`${site}start/`);
    expect(await page.getByText('Menu', { exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Notes' }).getByRole('link', { name: 'Two Forms' }).isVisible()).toBe(true);
  });
});

describe('print', () => {
  it('prints the note alone, in the light theme, with link targets spelled out', async ({ reader: page }) => {
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.goto(`${site}start/`);
    for (const selector of ['.site-header', '.sidebar', '.page-toc', '.prev-next']) {
      expect(await page.locator(selector).isVisible(), selector).toBe(false);
    }
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    const after = await page
      .locator('article a[href="https://huggingface.co/owner-c"]')
      .evaluate((link) => getComputedStyle(link, '::after').content);
    expect(after).toContain('https://huggingface.co/owner-c');
  });
});

describe('keyboard', () => {
  it('offers a skip link first, which moves focus to the content', async ({ reader: page }) => {
    await page.goto(`${site}start/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('content');
  });
});
