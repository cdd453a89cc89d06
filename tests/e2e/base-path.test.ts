import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';

const site = inject('baseUrl');
const origin = new URL(site).origin;

describe('the site deployed under /lora-notes/', () => {
  it('links every note, asset and home link under the base path', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(site);
    expect(await page.locator('.note-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      '/lora-notes/alchemy/',
      '/lora-notes/part-01/',
      '/lora-notes/part-02/',
      '/lora-notes/both-ways/',
    ]);
    await page.locator('.note-list a').first().click();
    await page.waitForURL(`${site}alchemy/`);
    // The stylesheet loaded: the header is sticky only when our CSS applies.
    expect(await page.locator('.site-header').evaluate((element) => getComputedStyle(element).position)).toBe('sticky');
    await page.getByRole('link', { name: 'LoRa-s Part II', exact: true }).click();
    await page.waitForURL(`${site}part-02/`);
    await page.getByRole('link', { name: 'LoRA Notes' }).click();
    await page.waitForURL(site);
    expect(failed).toEqual([]);
  });

  it('keeps internal hrefs inside the base path on every page', async ({ page }) => {
    for (const path of ['', 'alchemy/', 'part-01/', 'part-02/', 'both-ways/', 'models/']) {
      await page.goto(`${site}${path}`);
      const hrefs = await page
        .locator('a[href^="/"], link[href^="/"]')
        .evaluateAll((elements) => elements.map((e) => e.getAttribute('href')!));
      expect(
        hrefs.filter((href) => !href.startsWith('/lora-notes/')),
        path,
      ).toEqual([]);
    }
  });

  it('offers "Edit this page" when an edit URL is configured', async ({ page }) => {
    await page.goto(`${site}both-ways/`);
    const edit = page.getByRole('link', { name: 'Edit this page (external site)' });
    expect(await edit.getAttribute('href')).toBe('https://github.com/example/lora-notes/edit/main/content/both-ways.mdx');
  });

  it('publishes canonical URLs, sitemap and robots.txt for the configured site', async ({ page }) => {
    await page.goto(`${site}part-01/`);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('https://notes.example.org/lora-notes/part-01/');
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe('https://notes.example.org/lora-notes/part-01/');
    const robots = await (await fetch(`${site}robots.txt`)).text();
    expect(robots).toContain('Sitemap: https://notes.example.org/lora-notes/sitemap-index.xml');
    const sitemap = await (await fetch(`${site}sitemap-0.xml`)).text();
    expect(sitemap).toContain('<loc>https://notes.example.org/lora-notes/both-ways/</loc>');
    expect(sitemap).not.toContain('404');
    expect((await fetch(`${origin}/alchemy/`)).status).toBe(404);
  });
});
