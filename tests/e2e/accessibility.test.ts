import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = inject('rootUrl');
const pages = ['', 'alchemy/', 'part-01/', 'part-02/', 'both-ways/', 'models/', 'no-such-page/'];
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Runs axe-core in the page: every violation of any impact, as `rule: target`. */
async function violations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the site's CSP does not stand in the way.
  await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: { run(context: Document, options: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    TAGS,
  );
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}`));
}

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (scheme) => {
  it.for(pages)('/%s has no violations', async (path, { page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site}${path}`, { waitUntil: 'networkidle' });
    expect(await violations(page)).toEqual([]);
  });

  it('the open search dialog, with results, has no violations', async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${site}alchemy/`, { waitUntil: 'networkidle' });
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: 'Search the notes' }).fill('LoRA');
    await page.getByRole('status').filter({ hasText: 'LoRA' }).waitFor();
    expect(await violations(page)).toEqual([]);
  });
});

it('axe-core finds a real problem when there is one', async ({ page }) => {
  await page.goto(`${site}alchemy/`);
  await page.evaluate(() => {
    document
      .querySelector('article')
      ?.insertAdjacentHTML('beforeend', '<img src="x.png"><p style="color:#fff;background:#fff">low contrast</p>');
  });
  const found = await violations(page);
  expect(found.some((line) => line.startsWith('image-alt'))).toBe(true);
});
