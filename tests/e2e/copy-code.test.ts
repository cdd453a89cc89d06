import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';

describe('the Copy button of a code block', () => {
  const site = inject('siteUrl');

  it('puts the block’s exact text on the clipboard, from the keyboard, says so to screen readers, and leaves the block scrolling', async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site).origin });
    const page = await context.newPage();
    await page.goto(`${site}speed/`);
    const code = page.getByRole('region', { name: 'Code (python)' });
    const expected = await code.evaluate((block) => block.querySelector('code')!.textContent);
    // Tab from the block reaches its button.
    await code.focus();
    await page.keyboard.press('Tab');
    const button = page.getByRole('button', { name: 'Copy code (python)' });
    expect(await button.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Copied');
    expect(await button.textContent()).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    // The block still scrolls, and its button stays at the corner.
    await code.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => code.evaluate((block) => block.scrollLeft)).toBeGreaterThan(0);
    const [box, corner] = await Promise.all([code.boundingBox(), button.boundingBox()]);
    expect(corner!.x + corner!.width).toBeLessThanOrEqual(box!.x + box!.width);
    await context.close();
  });

  it('is on every code block with JavaScript, and on none without it', async ({ browser }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto(`${site}speed/`);
      const blocks = await page.locator('.prose pre').count();
      expect(blocks).toBeGreaterThan(0);
      expect(await page.locator('.copy-code').count()).toBe(javaScriptEnabled ? blocks : 0);
      await context.close();
    }
  });
});
