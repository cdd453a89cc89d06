import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';
import { builtSite, type SiteKey } from '../helpers/build-site.ts';
import { referenceNotes } from '../helpers/owner-notes.ts';
import { recordProblems } from '../helpers/page-problems.ts';
import { sitePages } from '../helpers/site-pages.ts';

/** The fixture notes in tests/fixtures/site. */
const site = inject('siteUrl');
const builds: SiteKey[] = ['siteUrl', 'baseUrl', 'contentUrl', 'repositoryUrl', ...(referenceNotes ? (['referenceUrl'] as const) : [])];
/** The images tests/fixtures/repository/mistakes.md breaks on purpose (the build reports each): kept as written, they 404. */
const brokenOnPurpose: Record<string, string[]> = {
  'mistakes/': ['screenshots%5Cck-load-audio.png', '..screenshots/nodes/lora-loader.webp', 'screenshots/sdpose.web', '/screenshots/x.webp'],
};
const recorded = new WeakMap<Page, string[]>();
/**
 * Opens the page with every CSP violation and console error recorded from its first moment: the list starts empty
 * at each call, also on a page that an earlier test opened, and goes on filling.
 */
async function watched(page: Page, url: string): Promise<string[]> {
  const problems = recorded.get(page) ?? (await recordProblems(page));
  recorded.set(page, problems);
  problems.length = 0;
  await page.goto(url, { waitUntil: 'networkidle' });
  return problems;
}

describe('Content-Security-Policy', () => {
  it('is strict: no inline script without a hash, no plugins, no base-tag tricks', async () => {
    const html = await (await fetch(`${site}start/`)).text();
    const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = Object.fromEntries(
      policy
        .split(';')
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part) => [part.split(' ')[0], part]),
    );
    expect(directives['script-src']).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')+$/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain("'unsafe-eval'");
    expect(directives['object-src']).toBe("object-src 'none'");
    expect(directives['base-uri']).toBe("base-uri 'self'");
    expect(directives['default-src']).toBe("default-src 'self'");
  });

  it('is also in _headers, with frame-ancestors and the other security headers', () => {
    const headers = readFileSync(join(builtSite('siteUrl'), '_headers'), 'utf8');
    expect(headers).toMatch(/^\/\*\n/);
    expect(headers).toMatch(
      /Content-Security-Policy: default-src 'self';.*script-src 'self' 'wasm-unsafe-eval'.*; frame-ancestors 'none'\n/,
    );
    expect(headers).toContain('X-Content-Type-Options: nosniff');
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(headers).toMatch(/Permissions-Policy: accelerometer=\(\), camera=\(\), geolocation=\(\)/);
  });

  describe.each(builds)('on every page of the %s build', (key) => {
    const origin = inject(key);
    it.for(sitePages(key))('lets /%s load with no violation and no console error', async (path, { reader }) => {
      const url = `${origin}${path}`;
      const problems = await watched(reader, url);
      // The 404 page answers 404 on purpose: the line for that page itself is its status, not a fault; any other 404
      // (a stylesheet, a script, an image) is.
      const notFound = (at: string) => `console: Failed to load resource: the server responded with a status of 404 (Not Found) at ${at}`;
      const expected = key === 'repositoryUrl' ? (brokenOnPurpose[path] ?? []) : [];
      // Images a note takes from elsewhere (the owner's screenshots on GitHub) cannot load on a machine without the internet.
      const elsewhere = (problem: string) =>
        /^console: Failed to load resource: .* at (\S+)$/.exec(problem)?.[1]?.startsWith(new URL(origin).origin) === false;
      const unexpected = problems.filter(
        (problem) =>
          !elsewhere(problem) &&
          !(path === 'no-such-page/' && problem === notFound(url)) &&
          !expected.some((end) => problem.startsWith(notFound('')) && problem.endsWith(end)),
      );
      expect(unexpected).toEqual([]);
    });
  });

  it('sees a missing stylesheet on the 404 page', async ({ page }) => {
    const problems = await recordProblems(page);
    await page.route('**/*.css', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${site}no-such-page/`, { waitUntil: 'networkidle' });
    expect(problems.filter((problem) => problem.includes('.css'))).toHaveLength(1);
  });

  it('lets search and the theme toggle run under the policy', async ({ page }) => {
    const problems = await watched(page, `${site}start/`);
    await page.keyboard.press('/');
    await page.getByRole('searchbox', { name: 'Search the notes' }).fill('merging');
    await page.getByRole('status').filter({ hasText: 'merging' }).waitFor();
    expect(await page.getByRole('list', { name: 'Results' }).getByRole('link').count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /Switch to (dark|light) theme/ }).click();
    expect(await page.locator('html').getAttribute('data-theme')).toMatch(/^(dark|light)$/);
    await page.goto(`${site}start/?highlight=merging#merging`, { waitUntil: 'networkidle' });
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(problems).toEqual([]);
  });
});
