import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface SearchCost {
  requests: number;
  raw: number;
  gzip: number;
  /** Our own search code (the page's bootstrap and the dialog chunk), gzip. */
  ownGzip: number;
  coldMs: number;
  warmMs: number[];
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
export { median };

/** What the first search downloads on `page`, and how fast results follow a keystroke once the index is warm. */
export async function measureSearch(
  browser: Browser,
  pageUrl: string,
  firstQuery: string,
  warmQueries: readonly string[],
): Promise<SearchCost> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(pageUrl, { waitUntil: 'networkidle' });
  const bootstrap = await tab.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => name.includes('Header.astro')),
  );
  const bodies: Promise<[string, Buffer]>[] = [];
  tab.on('response', (response) =>
    bodies.push(response.body().then((body) => [new URL(response.url()).pathname, body] as [string, Buffer])),
  );
  const timeQuery = (query: string) =>
    tab.evaluate(
      (text) =>
        new Promise<number>((done) => {
          const input = document.querySelector<HTMLInputElement>('#search-input')!;
          const list = document.querySelector('.search-results')!;
          const start = performance.now();
          new MutationObserver((_, observer) => {
            observer.disconnect();
            done(performance.now() - start);
          }).observe(list, { childList: true });
          input.value = text;
          input.dispatchEvent(new Event('input'));
        }),
      query,
    );
  await tab.keyboard.press('/');
  await tab.locator('#search-input').waitFor();
  const coldMs = await timeQuery(firstQuery);
  await tab.waitForLoadState('networkidle');
  const files = await Promise.all(bodies);
  const warmMs: number[] = [];
  for (const query of warmQueries) warmMs.push(await timeQuery(query));
  let ownGzip = files.filter(([path]) => path.includes('search-dialog')).reduce((sum, [, body]) => sum + gzipSync(body).length, 0);
  for (const url of bootstrap) ownGzip += gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).length;
  await context.close();
  return {
    requests: files.length,
    raw: files.reduce((sum, [, body]) => sum + body.length, 0),
    gzip: files.reduce((sum, [, body]) => sum + gzipSync(body).length, 0),
    ownGzip,
    coldMs,
    warmMs,
  };
}
