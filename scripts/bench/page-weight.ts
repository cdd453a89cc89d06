import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
export interface PageWeight {
  page: string;
  requests: number;
  raw: Record<Kind, number>;
  gzip: Record<Kind, number>;
}

function kindOf(type: string): Kind {
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  if (type === 'font') return 'font';
  return 'other';
}

const zero = (): Record<Kind, number> => ({ html: 0, css: 0, js: 0, font: 0, other: 0 });
export const total = (record: Record<Kind, number>): number => Object.values(record).reduce((a, b) => a + b, 0);

/** Everything the first visit to each page downloads, in a fresh context (nothing cached). */
export async function weighPages(browser: Browser, origin: string, pages: readonly string[]): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const page of pages) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    const bodies: Promise<[Kind, Buffer]>[] = [];
    tab.on('response', (response) => {
      bodies.push(
        response
          .body()
          .then((body) => [kindOf(response.request().resourceType()), body] as [Kind, Buffer])
          .catch(() => ['other', Buffer.alloc(0)] as [Kind, Buffer]),
      );
    });
    await tab.goto(new URL(page, origin).href, { waitUntil: 'networkidle' });
    const weight: PageWeight = { page, requests: bodies.length, raw: zero(), gzip: zero() };
    for (const [kind, body] of await Promise.all(bodies)) {
      weight.raw[kind] += body.length;
      weight.gzip[kind] += gzipSync(body).length;
    }
    weights.push(weight);
    await context.close();
  }
  return weights;
}
