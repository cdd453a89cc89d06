import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';

const site = inject('rootUrl');
const row = (page: Page, name: string) =>
  page
    .locator('tr.model-row', { has: page.getByRole('link', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }) })
    .first();

describe('the model index', () => {
  it('lists the model repos of the alchemy note with host, family and a link back to the section', async ({ page }) => {
    await page.goto(`${site}models/`);
    const expected = [
      ['Cseti/wan2.2-14B-Kinestasis_concept-lora-v1', 'Hugging Face', 'Wan 2.2', ''],
      ['Cseti/LTXV-13B-LoRA-Wallace_and_Gromit-v1', 'Hugging Face', 'LTXV', 'aka Walgro'],
      ['Charlietooth/wan2.1-14B-lora-punk-style', 'Hugging Face', 'Wan 2.1', 'a mix of cartoonish and realistic look'],
      ['Lazy Susan Rotation Wan 2.2', 'RunningHub', 'Wan 2.2', 'trained on I2V but works on T2V too'],
    ] as const;
    for (const [name, host, family, context] of expected) {
      const model = row(page, name);
      expect(await model.locator('td').nth(1).textContent(), name).toBe(host);
      const group = await model.evaluate((element) => element.closest('section')?.querySelector('h2')?.textContent);
      expect(group, name).toBe(family);
      const back = model.getByRole('link', { name: 'Lora Alchemy › Special Use' });
      expect(await back.getAttribute('href'), name).toBe('/alchemy/#special-use');
      if (context) expect(await model.locator('.mention-context').allTextContents(), name).toContain(context);
    }
  });

  it('filters by base model and by host with CSS alone', async ({ page }) => {
    await page.goto(`${site}models/`);
    const visible = () => page.locator('tr.model-row:visible').count();
    const all = await visible();
    await page.getByRole('radio', { name: 'LTXV' }).check();
    expect(await row(page, 'Cseti/LTXV-13B-LoRA-Wallace_and_Gromit-v1').isVisible()).toBe(true);
    expect(await row(page, 'Cseti/wan2.2-14B-Kinestasis_concept-lora-v1').isVisible()).toBe(false);
    expect(await visible()).toBeLessThan(all);
    await page.getByRole('radio', { name: 'All' }).first().check();
    await page.getByRole('radio', { name: 'RunningHub' }).check();
    expect(await row(page, 'Lazy Susan Rotation Wan 2.2').isVisible()).toBe(true);
    expect(
      await page.locator('tr.model-row:visible').evaluateAll((rows) => rows.every((r) => r.getAttribute('data-host') === 'runninghub')),
    ).toBe(true);
    expect(await page.locator('section.family-group:visible h2').allTextContents()).toEqual(['Wan 2.2']);
  });

  it('shows the whole list with JavaScript off, and is in the sidebar', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const quiet = await context.newPage();
    await quiet.goto(`${site}alchemy/`);
    await quiet.getByRole('navigation', { name: 'Notes' }).getByRole('link', { name: 'Model index' }).click();
    await quiet.waitForURL(`${site}models/`);
    expect(await quiet.locator('tr.model-row').count()).toBeGreaterThanOrEqual(15);
    expect(await quiet.locator('[aria-current="page"]').textContent()).toBe('Model index');
    await context.close();
  });

  it('marks model links in notes with their host', async ({ page }) => {
    await page.goto(`${site}alchemy/`);
    const link = page.getByRole('link', { name: 'Lazy Susan Rotation Wan 2.2 (on RunningHub)' });
    expect(await link.locator('.host-label').textContent()).toBe('RunningHub');
    expect(await page.getByRole('link', { name: 'drnighthan on HuggingFace (on Hugging Face)' }).count()).toBe(1);
  });

  it('publishes the same data as /models.json', async () => {
    const data = (await (await fetch(`${site}models.json`)).json()) as {
      models: { name: string; host: string; kind: string; families: string[]; mentions: { page: string }[] }[];
    };
    const walgro = data.models.find((model) => model.name === 'Cseti/LTXV-13B-LoRA-Wallace_and_Gromit-v1');
    expect(walgro).toMatchObject({ host: 'huggingface', kind: 'model', families: ['LTXV'] });
    expect(walgro?.mentions.map((mention) => mention.page)).toContain('/alchemy/#special-use');
    expect(data.models.find((model) => model.host === 'wavespeed')).toMatchObject({
      kind: 'tool',
      name: 'wavespeed-ai/wan-2.2-i2v-lora-trainer',
    });
  });

  it('is found by search: Walgro', async ({ page }) => {
    await page.goto(`${site}part-01/`);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search the notes' }).fill('Walgro');
    await page.getByRole('status').filter({ hasText: 'Walgro' }).waitFor();
    const titles = await page.getByRole('list', { name: 'Results' }).locator('.search-result-title').allTextContents();
    expect(titles.some((title) => title.startsWith('Model index') || title.startsWith('Lora Alchemy'))).toBe(true);
  });
});
