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

describe.each([
  ['at the root', () => inject('rootUrl')],
  ['under a base path', () => inject('baseUrl')],
])('search %s', (_, siteUrl) => {
  it.for([
    ['GGUF', 'kijai-on-merging-vs-unmerged-loras'],
    ['hadamard', 'some-interesting-words'],
    ['Kinestasis', 'special-use'],
  ] as const)('finds %s in the alchemy note and leads to the section, marked', async ([query, section], { page }) => {
    const site = siteUrl();
    await page.goto(`${site}part-01/`);
    await searchFor(page, query);
    const first = results(page).first();
    expect(await first.locator('.search-result-title').textContent()).toMatch(/^Lora Alchemy/);
    expect((await first.locator('mark').first().textContent())?.toLowerCase()).toContain(query.toLowerCase());
    const href = await first.getAttribute('href');
    expect(href).toBe(`${new URL(site).pathname}alchemy/?highlight=${query.toLowerCase()}#${section}`);
    await first.click();
    await page.waitForURL(`**/alchemy/?highlight=*#${section}`);
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
  const site = inject('rootUrl');

  it('downloads no search code, CSS or WebAssembly until it is opened', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site}alchemy/`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.includes('pagefind') || path.includes('search-dialog'))).toEqual([]);
    await page.keyboard.press('/');
    await dialog(page).waitFor();
    await page.waitForLoadState('networkidle');
    expect(requested.some((path) => path.includes('search-dialog'))).toBe(true);
    expect(requested.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  it('works from the keyboard alone: shortcut, type, arrows, Enter', async ({ page }) => {
    await page.goto(`${site}alchemy/`);
    await page.keyboard.press('/');
    const input = dialog(page).getByRole('searchbox');
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('hadamard');
    await dialog(page).getByRole('status').filter({ hasText: 'hadamard' }).waitFor();
    expect(await dialog(page).getByRole('status').textContent()).toBe('1 note matches “hadamard”.');
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
    await page.waitForURL('**/alchemy/?highlight=hadamard#some-interesting-words');
  });

  it('opens with Ctrl+K, and Escape closes it and gives focus back', async ({ page }) => {
    await page.goto(`${site}alchemy/`);
    const sidebarLink = page.getByRole('navigation', { name: 'Notes' }).getByRole('link', { name: 'Both Ways' });
    await sidebarLink.focus();
    await page.keyboard.press('Control+k');
    await dialog(page).waitFor();
    expect(
      await dialog(page)
        .getByRole('searchbox')
        .evaluate((element) => element === document.activeElement),
    ).toBe(true);
    await page.keyboard.type('GGUF');
    await page.keyboard.press('Escape');
    expect(await dialog(page).isVisible()).toBe(false);
    expect(await sidebarLink.evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('does not steal "/" while the reader types in a field', async ({ page }) => {
    await page.goto(`${site}alchemy/`);
    await page.keyboard.press('/');
    await dialog(page).waitFor();
    await page.keyboard.type('a/b');
    expect(await dialog(page).getByRole('searchbox').inputValue()).toBe('a/b');
  });

  it.for([
    ['Lightx2v', 'LoRA-s Part I'],
    ['FusionX', 'LoRA-s Part I'],
    ['Ditto', 'LoRA-s Part II'],
    ['CausVid', 'Both Ways'],
    ['Krea', 'Both Ways'],
  ] as const)('finds %s in %s', async ([query, note], { page }) => {
    await page.goto(`${site}alchemy/`);
    await searchFor(page, query);
    const titles = await results(page).locator('.search-result-title').allTextContents();
    expect(titles.some((title) => title.startsWith(note))).toBe(true);
  });

  it('says so when nothing matches', async ({ page }) => {
    await page.goto(`${site}alchemy/`);
    await searchFor(page, 'zzqxjw');
    expect(await dialog(page).getByRole('status').textContent()).toBe('No results for “zzqxjw”.');
    expect(await results(page).count()).toBe(0);
  });

  it('shows the search entry as a button with JavaScript on', async ({ page }) => {
    await page.goto(`${site}alchemy/`);
    const entry = page.getByRole('button', { name: 'Search' });
    expect(await entry.getAttribute('aria-haspopup')).toBe('dialog');
    expect(await entry.getAttribute('aria-keyshortcuts')).toBe('/ Control+K Meta+K');
  });

  it('fills a phone screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(`${site}alchemy/`);
    await searchFor(page, 'GGUF');
    const box = await dialog(page).boundingBox();
    expect(box?.width).toBe(360);
    expect(await results(page).first().isVisible()).toBe(true);
  });

  it('has every note and the model index in the index, and nothing else', async ({ page }) => {
    await page.goto(`${site}`);
    // Passed as text: Vitest would rewrite a dynamic import() inside a function.
    const urls = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const found = await pagefind.search(null);
      const pages = await Promise.all(found.results.map((result) => result.data()));
      return pages.map((data) => data.url).sort();
    })()`);
    expect(urls).toEqual(['/alchemy/', '/both-ways/', '/models/', '/part-01/', '/part-02/']);
  });
});
