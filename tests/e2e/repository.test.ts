import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject } from 'vitest';
import { builtSite, fixtureRepository } from '../helpers/build-site.ts';
import { test as it } from '../helpers/browser-test.ts';

/** tests/fixtures/repository, built from its root under /notes/ with BROKEN_LINKS=warn. */
const site = inject('repositoryUrl');
const file = (path: string) => readFileSync(join(fixtureRepository, path));

describe('a whole notes repository published as it is, under /notes/', () => {
  it('gives each model the notes discuss its family, from its name or else the note’s title, none guessed', () => {
    const { models } = JSON.parse(readFileSync(join(builtSite('repositoryUrl'), 'models.json'), 'utf8')) as {
      models: { name: string; families: string[]; familySource: string | null }[];
    };
    const families = Object.fromEntries(models.map((model) => [model.name, [model.families.join(', '), model.familySource]]));
    expect(families).toMatchObject({
      'ByteDance/Bernini': ['Bernini', 'name'],
      'someone/face-swap-v2': ['Bernini', 'note title'],
      'Comfy-Org/Krea-2': ['Krea 2', 'name'],
      'krea/Krea-2-Raw': ['Krea 2', 'name'],
      'meituan-longcat/LongCat-Video': ['LongCat-Video', 'name'],
      'Kijai/LongCat-Video_comfy': ['LongCat-Video', 'name'],
      'dx8152/Qwen-Edit-2509-Light-Migration': ['Qwen-Image', 'name'],
    });
    const without = models.filter((model) => model.families.length === 0);
    expect(without.length, without.map((model) => model.name).join(', ')).toBeLessThanOrEqual(models.length / 10);
  });

  it('serves a linked workflow file byte for byte at its path, from a note at the root and one in a folder', async ({ reader: page }) => {
    await page.goto(`${site}bernini/`);
    // The navigation's own response: hovering the link may prefetch the same file first, whose body the navigation discards.
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('.json') && r.request().isNavigationRequest()),
      page.locator('article').getByRole('link', { name: 'VK-BerniniSwapVK.json' }).click(),
    ]);
    expect(response.url()).toBe(`${site}workflows/bernini/VK-BerniniSwapVK.json`);
    expect(response.status()).toBe(200);
    expect(await response.body()).toEqual(file('workflows/bernini/VK-BerniniSwapVK.json'));

    await page.goto(`${site}extra-tools/z-image/`);
    const href = await page.locator('article').getByRole('link', { name: 'Z-Image workflow' }).getAttribute('href');
    expect(href).toBe('/notes/workflows/z-image/z-image-turbo.json');
    expect(await (await page.request.get(new URL(href!, site).href)).body()).toEqual(file('workflows/z-image/z-image-turbo.json'));
  });

  it('follows a plain link to an image to the file, and shows the same image embedded', async ({ reader: page }) => {
    await page.goto(`${site}bernini/`);
    await page.locator('article img[alt="uni3c"]').scrollIntoViewIfNeeded();
    expect(
      await page.locator('article img[alt="uni3c"]').evaluate((img: HTMLImageElement) => img.decode().then(() => img.naturalWidth)),
    ).toBe(4);
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('.webp')),
      page.locator('article').getByRole('link', { name: 'uni3c screenshot' }).click(),
    ]);
    expect(response.url()).toBe(`${site}screenshots/uni3c.webp`);
    expect(await response.body()).toEqual(file('screenshots/uni3c.webp'));
  });

  it('reaches a dated heading, a note in another folder and the contents page', async ({ reader: page }) => {
    await page.goto(`${site}bernini/`);
    await page.locator('article').getByRole('link', { name: 'December' }).click();
    await page.waitForURL(`${site}svi/#20251204`);
    expect(await page.locator('[id="20251204"]').textContent()).toContain('2025.12.04');
    await page.goto(`${site}loras/alchemy/`);
    await page.locator('article').getByRole('link', { name: 'SVI' }).click();
    await page.waitForURL(`${site}svi/#20251120`);
    await page.goto(`${site}loras/alchemy/`);
    await page.locator('article').getByRole('link', { name: 'contents' }).click();
    await page.waitForURL(site);
  });

  it('publishes only what notes link: no dot-file, no unlinked file, no note source', async ({ reader: page }) => {
    for (const path of ['.env', 'mistakes.md', 'README.md', 'screenshots/sdpose.webp'])
      expect((await page.request.get(`${site}${path}`)).status(), path).toBe(404);
    expect((await page.request.get(`${site}code/bernini-tools.zip`)).status()).toBe(200);
  });
});
