import type { Request } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';
import { sitePages } from '../helpers/site-pages.ts';

/** The fixture notes in tests/fixtures/site, built under /lora-notes/. */
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
      '/lora-notes/start/',
      '/lora-notes/speed/',
      '/lora-notes/guides/training/',
      '/lora-notes/forms/',
    ]);
    await page.locator('.note-list a').first().click();
    await page.waitForURL(`${site}start/`);
    // The stylesheet loaded: the header is sticky only when our CSS applies.
    expect(await page.locator('.site-header').evaluate((element) => getComputedStyle(element).position)).toBe('sticky');
    await page.locator('article').getByRole('link', { name: 'Two Forms', exact: true }).click();
    await page.waitForURL(`${site}forms/`);
    await page.locator('article').getByRole('link', { name: 'Speed Adapters', exact: true }).click();
    await page.waitForURL(`${site}speed/`);
    // Loaded and decoded, however soon after the navigation this runs.
    await page.locator('article img[alt="chart"]').scrollIntoViewIfNeeded();
    expect(
      await page.locator('article img[alt="chart"]').evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth)),
    ).toBe(2);
    await page.getByRole('link', { name: 'LoRA Notes' }).click();
    await page.waitForURL(site);
    expect(failed).toEqual([]);
  });

  it('keeps internal hrefs inside the base path on every page', async ({ reader: page }) => {
    for (const path of ['', 'start/', 'speed/', 'guides/training/', 'forms/', 'models/']) {
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

  it('serves the files a note links, workflow and image alike, under the base path', async ({ reader: page }) => {
    await page.goto(`${site}speed/`);
    const workflow = page.locator('article').getByRole('link', { name: 'the workflow' });
    expect(await workflow.getAttribute('href')).toBe('/lora-notes/workflows/speed-workflow.json');
    const json = await page.request.get(new URL('/lora-notes/workflows/speed-workflow.json', site).href);
    expect(json.status()).toBe(200);
    expect(await json.json()).toEqual({ nodes: [{ type: 'LoraLoader', strength: 1.0 }] });
    await page.locator('article').getByRole('link', { name: 'the chart on its own' }).click();
    await page.waitForURL(`${site}img/chart.png`);
    expect(await page.evaluate(() => document.contentType)).toBe('image/png');
    expect((await page.request.get(new URL('/lora-notes/workflows/unlinked.json', site).href)).status()).toBe(404);
  });

  it('offers "Edit this page" when an edit URL is configured', async ({ reader: page }) => {
    await page.goto(`${site}forms/`);
    const edit = page.getByRole('link', { name: 'Edit this page (external site)' });
    expect(await edit.getAttribute('href')).toBe('https://github.com/example/lora-notes/edit/main/content/forms.mdx');
    await page.goto(`${site}guides/training/`);
    expect(await edit.getAttribute('href')).toBe('https://github.com/example/lora-notes/edit/main/content/guides/training.md');
  });

  it('publishes canonical URLs, sitemap and robots.txt for the configured site', async ({ reader: page }) => {
    await page.goto(`${site}speed/`);
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe('https://notes.example.org/lora-notes/speed/');
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe('https://notes.example.org/lora-notes/speed/');
    const robots = await (await fetch(`${site}robots.txt`)).text();
    expect(robots).toContain('Sitemap: https://notes.example.org/lora-notes/sitemap-index.xml');
    const sitemap = await (await fetch(`${site}sitemap-0.xml`)).text();
    expect(sitemap).toContain('<loc>https://notes.example.org/lora-notes/guides/training/</loc>');
    expect(sitemap).not.toContain('404');
  });

  // What the site could get wrong is a URL of its own outside the base path: the server there has nothing to give.
  it.for(sitePages('baseUrl'))('/lora-notes/%s links and loads nothing outside the base path', async (path, { reader }) => {
    const outside: string[] = [];
    const seeRequest = (request: Request) => {
      const url = new URL(request.url());
      if (url.origin === origin && !url.pathname.startsWith('/lora-notes/')) outside.push(`requested ${url.pathname}`);
    };
    reader.on('request', seeRequest);
    await reader.goto(`${site}${path}`, { waitUntil: 'networkidle' });
    reader.off('request', seeRequest);
    const urls = await reader.evaluate(() =>
      [...document.querySelectorAll('[href], [src], [srcset], [action]')].flatMap((element) => {
        const values = ['href', 'src', 'action'].map((name) => element.getAttribute(name));
        const srcset = (element.getAttribute('srcset') ?? '').split(',').map((candidate) => candidate.trim().split(/\s+/)[0]);
        return [...values, ...srcset].filter((value): value is string => !!value).map((value) => new URL(value, document.baseURI).href);
      }),
    );
    for (const url of urls.map((href) => new URL(href)))
      if (url.origin === origin && !url.pathname.startsWith('/lora-notes/')) outside.push(`links ${url.pathname}`);
    expect(outside).toEqual([]);
  });
});
