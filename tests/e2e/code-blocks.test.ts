import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';
import { violations } from '../helpers/axe.ts';

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

describe('a code block', () => {
  const site = inject('siteUrl');

  it.for(['light', 'dark'] as const)(
    'is coloured by class names in the %s theme, legible (axe), with no style attribute anywhere and nothing the policy refuses',
    async (scheme, { browser }) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: scheme });
      const page = await context.newPage();
      const refused: string[] = [];
      page.on('console', (message) => {
        if (/Content.Security.Policy/i.test(message.text())) refused.push(message.text());
      });
      await page.goto(`${site}speed/`);
      const code = page.locator('pre code.language-python');
      expect(await code.locator('span[class^="pl-"]').count()).toBeGreaterThan(3);
      // Coloured: a keyword is not the colour of the plain text around it.
      const [plain, keyword] = await Promise.all([
        code.evaluate((element) => getComputedStyle(element).color),
        code
          .locator('.pl-k')
          .first()
          .evaluate((element) => getComputedStyle(element).color),
      ]);
      expect(keyword).not.toBe(plain);
      expect(await page.locator('[style]').count()).toBe(0);
      expect(await violations(page)).toEqual([]);
      expect(refused).toEqual([]);
      await context.close();
    },
  );
});
