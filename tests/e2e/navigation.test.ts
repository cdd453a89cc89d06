import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';

/** tests/fixtures/repository: its README is the contents page; built under /notes/. */
const site = inject('repositoryUrl');
const sidebar = '.sidebar-groups';

describe('navigation from the notes’ own contents page', () => {
  it('shows the README as the home page, then the notes it does not list, by folder', async ({ reader: page }) => {
    await page.goto(site);
    expect(await page.locator('main h1').textContent()).toBe('Wan Notes');
    expect(await page.locator('main article h2').allTextContents()).toEqual(['News', 'Models', 'Loras']);
    // The newest dated sections first (tests/fixtures/repository/svi.md), then the notes the contents page does not list.
    expect(await page.locator('main section h2').allTextContents()).toEqual(['Recently', 'Other notes', 'extra-tools']);
    expect(await page.locator('#more-notes .note-list strong').allTextContents()).toEqual(['Mistakes']);
    expect(await page.locator('#more-extra-tools .note-list strong').allTextContents()).toEqual(['Upscale']);
    // Its links are rewritten like any note's, and it is in the search index.
    expect(await page.locator('main article').getByRole('link', { name: 'HuMo' }).getAttribute('href')).toBe('/notes/talkies/humo/');
    expect(await page.locator('main article').getAttribute('data-pagefind-body')).toBe('');
  });

  it('makes the contents page’s sections, labels and nesting the sidebar, in its order', async ({ reader: page }) => {
    await page.goto(site);
    expect(await page.locator(`${sidebar} > details > summary`).allTextContents()).toEqual([
      'News',
      'Models',
      'Loras',
      'Other notes',
      'extra-tools',
    ]);
    const models = page.locator(`${sidebar} > details`).nth(1);
    // "Wan" is a label, not a link; its list nests under it, and a link to a heading nests under its note.
    expect(await models.locator('> ol > li > .nav-label').allTextContents()).toEqual(['Wan']);
    expect(
      await models.locator('> ol > li > ol > li > ol > li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    ).toEqual(['/notes/wan-animates/#scail-2']);
    expect(await models.locator('a[href="/notes/talkies/"] + ol a').allTextContents()).toEqual(['HuMo']);
    // A note listed twice appears twice; a link out of the site is not navigation.
    expect(await page.locator(`${sidebar} a[href="/notes/bernini/"]`).count()).toBe(2);
    expect(await page.locator(`${sidebar} a[href^="https:"]`).count()).toBe(0);
  });

  it('reaches every page from the navigation, under the base path', async ({ reader: page }) => {
    await page.goto(site);
    const hrefs = await page.locator(`${sidebar} a`).evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.every((href) => href.startsWith('/notes/'))).toBe(true);
    const pages = new Set(hrefs.map((href) => href.split('#')[0]));
    for (const path of [
      'svi/',
      'bernini/',
      'wan-animates/',
      'extra-tools/z-image/',
      'talkies/',
      'talkies/humo/',
      'loras/alchemy/',
      'mistakes/',
      'extra-tools/upscale/',
      'models/',
    ])
      expect(pages, path).toContain(`/notes/${path}`);
  });

  it('marks the current page and keeps its group open', async ({ reader: page }) => {
    await page.goto(`${site}talkies/humo/`);
    const current = page.locator(`${sidebar} [aria-current="page"]`);
    expect(await current.allTextContents()).toEqual(['HuMo']);
    expect(await current.evaluate((link) => link.closest('details.nav-group')!.hasAttribute('open'))).toBe(true);
  });

  it('leads by previous and next through the sidebar’s order, each page once', async ({ reader: page }) => {
    await page.goto(`${site}svi/`);
    const visited = ['SVI'];
    for (;;) {
      const next = page.locator('.prev-next a.next');
      if ((await next.count()) === 0) break;
      await next.click();
      await page.waitForLoadState();
      visited.push((await page.locator('main h1').textContent())!);
    }
    expect(visited).toEqual(['SVI', 'Bernini', 'Wan Animate', 'Z-Image', 'Talkies', 'HuMo', 'Lora Alchemy', 'Mistakes', 'Upscale']);
    expect(await page.locator('.prev-next a.previous').textContent()).toContain('Mistakes');
  });

  it('shows a folder’s README as the folder’s page, with its notes', async ({ reader: page }) => {
    await page.goto(`${site}talkies/`);
    expect(await page.locator('main h1').textContent()).toBe('Talkies');
    expect(await page.locator('main .note-list strong').allTextContents()).toEqual(['HuMo']);
  });

  it('opens and closes groups with JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(site);
    const news = page.locator(`${sidebar} > details`).first();
    const link = news.getByRole('link', { name: 'SVI' });
    expect(await link.isVisible()).toBe(true);
    await news.locator('summary').click();
    expect(await link.isVisible()).toBe(false);
    await news.locator('summary').click();
    await link.click();
    await page.waitForURL(`${site}svi/`);
    await context.close();
  });

  it('loads a page when its link is hovered, before the click', async ({ page }) => {
    await page.goto(`${site}svi/`);
    await page.waitForLoadState('networkidle');
    const requested = page.waitForRequest(`${site}talkies/humo/`, { timeout: 5_000 });
    await page.locator(`${sidebar} a[href="/notes/talkies/humo/"]`).hover();
    await requested;
    expect(page.url()).toBe(`${site}svi/`);
  });
});
