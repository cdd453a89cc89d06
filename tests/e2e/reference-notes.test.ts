import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';
import { referenceNotes, skipReason } from '../helpers/owner-notes.ts';

/** The owner's four published notes, built as they are (no front matter, a BOM, links out of the set). */
const site = inject('referenceUrl');
const repo = 'https://github.com/wanx-troopers/wanx-troopers.github.io';

describe.skipIf(!referenceNotes)(`the owner’s notes (${referenceNotes ? 'REFERENCE_NOTES' : skipReason.reference})`, () => {
  it('take their titles from their first heading, in table-of-contents order', async ({ page }) => {
    await page.goto(site);
    expect(await page.locator('.note-list strong').allTextContents()).toEqual([
      'Lora Alchemy',
      'LoRa-s, Part I',
      'LoRa-s, Part II',
      'Both Ways',
    ]);
  });

  it('render their wide tables and keep them scrollable inside the page', async ({ page }) => {
    await page.goto(`${site}part-01/`);
    expect(await page.locator('article table').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('article table').first().locator('th').allTextContents()).toEqual([
      'Repo',
      'Lora',
      'Generation',
      'Approx. Released',
      'Comment',
    ]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it.for([
    ['alchemy/', 'LoRa-s Part I', 'part-01/'],
    ['part-01/', 'Loras Alchemy', 'alchemy/'],
    ['part-02/', 'Both Ways', 'both-ways/'],
    ['both-ways/', 'LoRa-s Part II', 'part-02/'],
  ] as const)('lead from /%s by its table of contents to “%s”', async ([from, link, to], { page }) => {
    await page.goto(`${site}${from}`);
    await page.locator('article').getByRole('link', { name: link, exact: true }).click();
    await page.waitForURL(`${site}${to}`);
  });

  it('send links out of their folder, and screenshots beside it, to the source repository', async ({ page }) => {
    await page.goto(`${site}part-01/`);
    expect(await page.getByRole('link', { name: 'Morphing (external site)', exact: true }).getAttribute('href')).toBe(
      `${repo}/blob/main/wan-i2v-advanced.md#morphing`,
    );
    // A note the folder should have and lacks is a broken link (reported by the build), never sent elsewhere.
    expect(await page.getByRole('link', { name: 'drozbay', exact: true }).getAttribute('href')).toBe('hidden-knowledge.md#drozbay');
    expect(await page.locator('img[alt="FL13-wan22-i2v-loras1"]').getAttribute('src')).toBe(
      `${repo}/raw/main/screenshots/FL13-wan22-i2v-loras1.png`,
    );
  });
});
