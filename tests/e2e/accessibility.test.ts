import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';
import { violations } from '../helpers/axe.ts';
import { sitePages } from '../helpers/site-pages.ts';

// Every page of the fixture notes and of our own notes in content/, in both themes (one load, the scheme switched in place).
describe.each([
  ['fixture', 'siteUrl'],
  ['content', 'contentUrl'],
] as const)('axe-core on the %s site', (_, key) => {
  const site = inject(key);
  it.for(sitePages(key))('/%s has no violations, light or dark', async (path, { reader }) => {
    await reader.goto(`${site}${path}`);
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await reader.emulateMedia({ colorScheme: scheme });
      found.push(...(await violations(reader)).map((violation) => `${scheme}: ${violation}`));
    }
    expect(found).toEqual([]);
  });
});

// A notes repository with a README contents page, on a short screen so that the sidebar scrolls.
// What comes from a note's own text is the author's: the build lists it as warnings at its file:line.
describe('axe-core on a notes repository', () => {
  const site = inject('repositoryUrl');
  const fromTheNotes: Record<string, string[]> = {
    'talkies/humo/': ['heading-order: #setup', 'image-redundant-alt: img'],
  };
  it.for(sitePages('repositoryUrl'))('/%s has no violations the site makes, light or dark', async (path, { reader }) => {
    await reader.setViewportSize({ width: 1280, height: 360 });
    await reader.goto(`${site}${path}`);
    for (const scheme of ['light', 'dark'] as const) {
      await reader.emulateMedia({ colorScheme: scheme });
      expect(await violations(reader), scheme).toEqual(fromTheNotes[path] ?? []);
    }
  });

  it('the sidebar scrolls on that screen, so the scrolling rule is tested', async ({ reader }) => {
    await reader.setViewportSize({ width: 1280, height: 360 });
    await reader.goto(`${site}talkies/humo/`);
    expect(await reader.locator('.sidebar-groups').evaluate((element) => element.scrollHeight > element.clientHeight)).toBe(true);
  });
});

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (scheme) => {
  const site = inject('siteUrl');

  it('the open search dialog, with results, has no violations', async ({ reader: page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site}start/`);
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: 'Search the notes' }).fill('adapter');
    await page.getByRole('status').filter({ hasText: 'adapter' }).waitFor();
    expect(await violations(page)).toEqual([]);
  });
});

it('axe-core finds a real problem when there is one', async ({ reader: page }) => {
  await page.goto(`${inject('siteUrl')}start/`);
  await page.evaluate(() => {
    document
      .querySelector('article')
      ?.insertAdjacentHTML('beforeend', '<img src="x.png"><p style="color:#fff;background:#fff">low contrast</p>');
  });
  const found = await violations(page);
  expect(found.some((line) => line.startsWith('image-alt'))).toBe(true);
});
