import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the notes' });
const results = (page: Page) => dialog(page).getByRole('list', { name: 'Results' }).getByRole('link');

async function searchFor(page: Page, query: string): Promise<void> {
  await page.getByRole('button', { name: 'Search' }).click();
  await dialog(page).getByRole('searchbox', { name: 'Search the notes' }).fill(query);
  await dialog(page).getByRole('status').filter({ hasText: query }).waitFor();
}

/** The fixture notes in tests/fixtures/site, written for these tests. */
// Each section of the field guide at the root; one under a base path, where every URL must carry it.
describe('search', () => {
  it.for([
    ['quokkafold', 'merging', 'siteUrl'],
    ['zephyrine', 'glossary', 'siteUrl'],
    ['periwinkle', 'special-use', 'siteUrl'],
    ['zephyrine', 'glossary', 'baseUrl'],
  ] as const)('finds %s in the field guide and leads to #%s, marked (%s)', async ([query, section, key], { reader: page }) => {
    const site = inject(key);
    await page.goto(`${site}speed/`);
    await searchFor(page, query);
    const first = results(page).first();
    expect(await first.locator('.search-result-title').textContent()).toMatch(/^Field Guide/);
    expect((await first.locator('mark').first().textContent())?.toLowerCase()).toContain(query.toLowerCase());
    const href = await first.getAttribute('href');
    expect(href).toBe(`${new URL(site).pathname}start/?highlight=${query.toLowerCase()}#${section}`);
    await first.click();
    await page.waitForURL(`**/start/?highlight=*#${section}`);
    const marked = page.locator(`mark.pagefind-highlight`);
    await marked.first().waitFor();
    expect((await marked.first().textContent())?.toLowerCase()).toContain(query.toLowerCase());
    // Scrolled to the section: at the top of the view, or as near as the end of the page allows.
    const { top, atEnd } = await page.locator(`#${section}`).evaluate((element) => ({
      top: element.getBoundingClientRect().top,
      atEnd: Math.ceil(window.scrollY + window.innerHeight) >= document.documentElement.scrollHeight,
    }));
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top < 150 || atEnd).toBe(true);
    expect(top).toBeLessThan(800);
  });
});

describe('search dialog', () => {
  const site = inject('siteUrl');

  it('downloads no search code, CSS or WebAssembly until it is opened', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site}start/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.includes('pagefind') || path.includes('search-dialog'))).toEqual([]);
    await page.keyboard.press('/');
    await dialog(page).waitFor();
    await page.waitForLoadState('networkidle');
    expect(requested.some((path) => path.includes('search-dialog'))).toBe(true);
    expect(requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  it('works from the keyboard alone: shortcut, type, arrows, Enter', async ({ reader: page }) => {
    await page.goto(`${site}start/`);
    await page.keyboard.press('/');
    const input = dialog(page).getByRole('searchbox');
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('zephyrine');
    await dialog(page).getByRole('status').filter({ hasText: 'zephyrine' }).waitFor();
    expect(await dialog(page).getByRole('status').textContent()).toBe('1 note matches “zephyrine”.');
    await page.keyboard.press('ArrowDown');
    expect(
      await results(page)
        .first()
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);
    await page.keyboard.press('ArrowUp');
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/start/?highlight=zephyrine#glossary');
  });

  it('opens with Ctrl+K, and Escape closes it and gives focus back', async ({ reader: page }) => {
    await page.goto(`${site}start/`);
    const sidebarLink = page.getByRole('navigation', { name: 'Notes' }).getByRole('link', { name: 'Two Forms' });
    await sidebarLink.focus();
    await page.keyboard.press('Control+k');
    await dialog(page).waitFor();
    expect(
      await dialog(page)
        .getByRole('searchbox')
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);
    await page.keyboard.type('merging');
    await page.keyboard.press('Escape');
    expect(await dialog(page).isVisible()).toBe(false);
    expect(await sidebarLink.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('does not steal "/" while the reader types in a field', async ({ reader: page }) => {
    await page.goto(`${site}start/`);
    await page.keyboard.press('/');
    await dialog(page).waitFor();
    await page.keyboard.type('a/b');
    expect(await dialog(page).getByRole('searchbox').inputValue()).toBe('a/b');
  });

  it.for([
    ['Lightningbolt', 'Speed Adapters'],
    ['hadrosaur', 'Training Notes'],
    ['marmoset', 'Two Forms'],
  ] as const)('finds %s in %s', async ([query, note], { reader: page }) => {
    await page.goto(`${site}start/`);
    await searchFor(page, query);
    const titles = await results(page).locator('.search-result-title').allTextContents();
    expect(titles.some((title) => title.startsWith(note))).toBe(true);
  });

  it('says so when nothing matches', async ({ reader: page }) => {
    await page.goto(`${site}start/`);
    await searchFor(page, 'zzqxjw');
    expect(await dialog(page).getByRole('status').textContent()).toBe('No results for “zzqxjw”.');
    expect(await results(page).count()).toBe(0);
  });

  it('shows the search entry as a button with JavaScript on', async ({ reader: page }) => {
    await page.goto(`${site}start/`);
    const entry = page.getByRole('button', { name: 'Search' });
    expect(await entry.getAttribute('aria-haspopup')).toBe('dialog');
    expect(await entry.getAttribute('aria-keyshortcuts')).toBe('/ Control+K Meta+K');
  });

  it('fills a phone screen', async ({ reader: page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${site}start/`);
    await searchFor(page, 'merging');
    const box = await dialog(page).boundingBox();
    expect(box?.width).toBe(360);
    expect(await results(page).first().isVisible()).toBe(true);
  });

  it("has every note, the model index and What's new in the index, and nothing else", async ({ reader: page }) => {
    await page.goto(`${site}`);
    // Passed as text: Vitest would rewrite a dynamic import() inside a function.
    const urls = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const found = await pagefind.search(null);
      const pages = await Promise.all(found.results.map((result) => result.data()));
      return pages.map((data) => data.url).sort();
    })()`);
    expect(urls).toEqual(['/forms/', '/guides/training/', '/models/', '/speed/', '/start/', '/whats-new/']);
  });
});

describe('search on a notes repository with workflow pages', () => {
  const site = inject('repositoryUrl');

  it.for([
    ['Z-Image', '/notes/extra-tools/z-image/'],
    ['SVI', '/notes/svi/'],
    ['lightx2v', '/notes/svi/'],
  ] as const)(
    'lists the note on %s before the workflow pages that match too, each result saying what it is',
    async ([query, note], { reader: page }) => {
      await page.goto(`${site}svi/`);
      await searchFor(page, query);
      const found = await results(page).evaluateAll((links) =>
        links.map((link) => ({
          page: link.getAttribute('href')!.split(/[?#]/)[0],
          kind: link.querySelector('.search-result-kind')?.textContent,
        })),
      );
      // The note that discusses it first, before the workflow pages and indexes that name it too.
      expect(found[0]).toEqual({ page: note, kind: 'Note' });
      expect(found.map((result) => result.kind)).toContain('Workflow');
      expect(found.every((result) => result.kind)).toBe(true);
    },
  );

  it('narrows the results to one kind, from the keyboard too, and back to all', async ({ reader: page }) => {
    await page.goto(`${site}svi/`);
    await searchFor(page, 'Z-Image');
    const status = dialog(page).getByRole('status');
    expect(await status.textContent()).toMatch(/^1 note, 1 contents page, \d+ workflows? and \d+ index pages? match “Z-Image”\.$/);
    const kinds = dialog(page).getByRole('group', { name: 'Show' });
    const workflows = kinds.getByRole('radio', { name: /^Workflows \(\d+\)$/ });
    await workflows.check();
    await status.filter({ hasText: /^\d+ workflows? match/ }).waitFor();
    const shown = await results(page).locator('.search-result-kind').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(['Workflow']));
    // The arrows choose another kind, as in any group of radio buttons.
    await workflows.focus();
    await page.keyboard.press('ArrowLeft');
    expect(await kinds.getByRole('radio', { name: /^Contents pages/ }).isChecked()).toBe(true);
    await status.filter({ hasText: /^1 contents page matches/ }).waitFor();
    expect(await results(page).locator('.search-result-kind').allTextContents()).toEqual(['Contents']);
    await page.keyboard.press('ArrowLeft');
    expect(await kinds.getByRole('radio', { name: /^Notes/ }).isChecked()).toBe(true);
    await status.filter({ hasText: /^1 note matches/ }).waitFor();
    expect(new Set(await results(page).locator('.search-result-kind').allTextContents())).toEqual(new Set(['Note']));
    await kinds.getByRole('radio', { name: /^All/ }).check();
    await status.filter({ hasText: /workflows? and/ }).waitFor();
  });
});
