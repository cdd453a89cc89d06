import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';

/** The fixture notes in tests/fixtures/site, written for these tests. */
const site = inject('siteUrl');
const row = (page: Page, name: string) =>
  page
    .locator('tr.model-row', { has: page.getByRole('link', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }) })
    .first();

describe('the model index', () => {
  it('lists the models of a note with host, family and a link back to the section', async ({ reader: page }) => {
    await page.goto(`${site}models/`);
    const expected = [
      ['owner-a/wan2.2-14B-demo-lora', 'Hugging Face', 'Wan 2.2', ''],
      ['owner-a/LTXV-13B-LoRA-Claymation', 'Hugging Face', 'LTX-2 / LTXV', 'aka Claymo'],
      ['owner-b/wan2.1-14B-ink-style', 'Hugging Face', 'Wan 2.1', 'a mix of ink and watercolour'],
      ['Turntable Rotation Wan 2.2', 'RunningHub', 'Wan 2.2', 'trained on I2V but works on T2V too'],
    ] as const;
    for (const [name, host, family, context] of expected) {
      const model = row(page, name);
      expect(await model.locator('td').nth(1).textContent(), name).toBe(host);
      const group = await model.evaluate((element) => element.closest('section')?.querySelector('h2')?.textContent);
      expect(group, name).toBe(family);
      const back = model.getByRole('link', { name: 'Field Guide › Special Use' });
      expect(await back.getAttribute('href'), name).toBe('/start/#special-use');
      if (context) expect(await model.locator('.mention-context').allTextContents(), name).toContain(context);
    }
  });

  it('filters by base model and by host with CSS alone: JavaScript off', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site}models/`);
    const visible = () => page.locator('tr.model-row:visible').count();
    const all = await visible();
    await page.getByRole('radio', { name: 'LTX-2 / LTXV (2)' }).check();
    expect(await row(page, 'owner-a/LTXV-13B-LoRA-Claymation').isVisible()).toBe(true);
    expect(await row(page, 'owner-a/wan2.2-14B-demo-lora').isVisible()).toBe(false);
    expect(await visible()).toBeLessThan(all);
    await page.getByRole('radio', { name: 'All' }).first().check();
    await page.getByRole('radio', { name: 'RunningHub' }).check();
    expect(await row(page, 'Turntable Rotation Wan 2.2').isVisible()).toBe(true);
    expect(
      await page.locator('tr.model-row:visible').evaluateAll((rows) => rows.every((r) => r.getAttribute('data-host') === 'runninghub')),
    ).toBe(true);
    expect(await page.locator('section.family-group:visible h2').allTextContents()).toEqual(['Wan 2.2']);
    await context.close();
  });

  it('shows the whole list with JavaScript off, and is in the sidebar', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const quiet = await context.newPage();
    await quiet.goto(`${site}start/`);
    await quiet.getByRole('navigation', { name: 'Notes' }).getByRole('link', { name: 'Model index' }).click();
    await quiet.waitForURL(`${site}models/`);
    expect(await quiet.locator('tr.model-row').count()).toBe(9);
    expect(await quiet.locator('[aria-current="page"]').textContent()).toBe('Model index');
    await context.close();
  });

  it('marks model links in notes with their host', async ({ reader: page }) => {
    await page.goto(`${site}start/`);
    const link = page.getByRole('link', { name: 'Turntable Rotation Wan 2.2 (on RunningHub)' });
    expect(await link.locator('.host-label').textContent()).toBe('RunningHub');
    expect(await page.getByRole('link', { name: 'owner-c on HuggingFace (on Hugging Face)' }).count()).toBe(1);
  });

  it('publishes the same data as /models.json', async () => {
    const data = (await (await fetch(`${site}models.json`)).json()) as {
      models: { name: string; host: string; kind: string; families: string[]; familySource: string; mentions: { page: string }[] }[];
    };
    const claymation = data.models.find((model) => model.name === 'owner-a/LTXV-13B-LoRA-Claymation');
    expect(claymation).toMatchObject({ host: 'huggingface', kind: 'model', families: ['LTX-2 / LTXV'], familySource: 'name' });
    expect(data.models.find((model) => model.name === 'owner-d/edit-adapter-base')).toMatchObject({
      families: ['Qwen-Image'],
      familySource: 'section',
    });
    expect(claymation?.mentions.map((mention) => mention.page)).toContain('/start/#special-use');
    expect(data.models.find((model) => model.host === 'wavespeed')).toMatchObject({
      kind: 'tool',
      name: 'wavespeed-ai/wan-2.2-i2v-lora-trainer',
    });
  });

  it('names a model by its URL, never by a shorthand or a query, and says where a family was read when not from the name', async ({
    page,
  }) => {
    await page.goto(`${site}models/`);
    const civitai = row(page, 'seikon-no-qwaser-ecchi-anime-style-lora-ltxv2 (version 2716034)');
    expect(await civitai.locator('td').nth(1).textContent()).toBe('Civitai');
    expect(await page.getByText('CA:2415727').count()).toBe(0);
    expect(await row(page, 'owner-d/edit-adapter-base').locator('.family-source').textContent()).toBe('family from the section');
    expect(await row(page, 'owner-a/LTXV-13B-LoRA-Claymation').locator('.family-source').count()).toBe(0);
  });

  it('shows every column without sideways scrolling at 1280 px, and reads as a list on a phone', async ({ reader: page }) => {
    await page.goto(`${site}models/`);
    const fits = () =>
      page.evaluate(() => {
        const main = document.querySelector('main')!.getBoundingClientRect();
        const tables = [...document.querySelectorAll<HTMLElement>('.models table')];
        const lastCells = [...document.querySelectorAll('.models tr.model-row > td:last-child')].map((td) => td.getBoundingClientRect());
        return {
          page: document.documentElement.scrollWidth <= window.innerWidth,
          tables: tables.every((table) => table.scrollWidth <= table.clientWidth + 1),
          lastColumn: lastCells.every((cell) => cell.right <= main.right + 1 && cell.width > 100),
        };
      });
    expect(await fits()).toEqual({ page: true, tables: true, lastColumn: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const first = page.locator('tr.model-row').first();
    expect(await first.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
    expect(await first.locator('td[data-label="Host"]').evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Host: "');
  });

  it('is found by search: Claymo', async ({ reader: page }) => {
    await page.goto(`${site}speed/`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search the notes' }).fill('Claymo');
    await page.getByRole('status').filter({ hasText: 'Claymo' }).waitFor();
    const titles = await page.getByRole('list', { name: 'Results' }).locator('.search-result-title').allTextContents();
    expect(titles.some((title) => title.startsWith('Model index'))).toBe(true);
  });
});
