/**
 * What the screenshots' widths cost and save, on a page of a dozen real-sized node-graph screenshots: the image
 * bytes five screens (390 px at 1×, 2× and 3×, 1280 px at 1× and 2×) download scrolling it from top to bottom, with
 * the share of them in images more than 1.5× wider than the device pixels they fill, and cold and warm builds with our
 * image settings and with Astro's defaults (one width, its own service), interleaved, medians of three.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../tests/helpers/static-server.ts';
import { generateScreenshots } from '../generate-screenshots.ts';
import { measureBuild } from './measure-build.ts';
import { median } from './search-cost.ts';

/** What one screen downloads scrolling the page. */
export interface ScreenBytes {
  screen: string;
  bytes: number;
  /** The share of the bytes in images more than 1.5× wider than the device pixels they fill. */
  oversized: number;
}

export interface ImageWidths {
  screenshots: number;
  screens: ScreenBytes[];
  /** Cold builds (no content or image cache) with the extra width and without, and warm ones (both caches kept). */
  coldMs: number;
  coldWithoutMs: number;
  warmMs: number;
  warmWithoutMs: number;
}

const COUNT = 12;
const RUNS = 3;

const SCREENS = [
  [390, 1],
  [390, 2],
  [390, 3],
  [1280, 1],
  [1280, 2],
] as const;

/** The page's image bytes in a fresh context of that screen, scrolled to the bottom a screen at a time. */
async function imageBytesOn(browser: Browser, url: string, width: number, scale: number): Promise<ScreenBytes> {
  const viewport = { width, height: 800 };
  const context = await browser.newContext({ viewport, deviceScaleFactor: scale });
  const page = await context.newPage();
  const sizes = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'image') sizes.set(response.url(), response.body().then((body) => body.length, () => 0));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += viewport.height) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForLoadState('networkidle');
  }
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const shown = await page.locator('article img').evaluateAll((images) =>
    (images as HTMLImageElement[]).map((img) => ({ url: img.currentSrc, pixels: img.naturalWidth, fills: img.getBoundingClientRect().width * devicePixelRatio })),
  );
  let bytes = 0;
  let oversized = 0;
  for (const image of shown) {
    const size = (await sizes.get(image.url)) ?? 0;
    bytes += size;
    if (image.pixels > image.fills * 1.5) oversized += size;
  }
  await context.close();
  return { screen: `${width} px, ${scale}×`, bytes, oversized: bytes ? oversized / bytes : 0 };
}

/** What each of the five screens downloads scrolling one page of a built site. */
export async function imageBytes(browser: Browser, outDir: string, page: string): Promise<ScreenBytes[]> {
  const server = await serveStatic(outDir);
  const screens: ScreenBytes[] = [];
  for (const [width, scale] of SCREENS) screens.push(await imageBytesOn(browser, `${server.url}${page}`, width, scale));
  await server.close();
  return screens;
}

export async function measureImageWidths(projectRoot: string, work: string, browser: Browser): Promise<ImageWidths> {
  const notesDir = join(work, 'screenshots-notes');
  rmSync(notesDir, { recursive: true, force: true });
  const names = await generateScreenshots(COUNT, join(notesDir, 'screenshots'));
  const embeds = names.map((name, index) => `## Graph ${index + 1}\n\n![Node graph ${index + 1}: LoRA loaders and sampler](screenshots/${name})\n`);
  writeFileSync(join(notesDir, 'graphs.md'), `# Node graphs\n\nA dozen workflow screenshots.\n\n${embeds.join('\n')}`);
  // Our config with Astro's default image settings: one width, its own service.
  const without = join(work, 'astro.without-widths.config.mjs');
  writeFileSync(
    without,
    `import config from ${JSON.stringify(join(projectRoot, 'astro.config.mjs'))};\nexport default { ...config, image: { responsiveStyles: false } };\n`,
  );
  const outDir = join(work, 'screenshots-dist');
  const env = { NOTES_DIR: notesDir, TOC_NOTE: 'graphs', OUT_DIR: outDir };
  const cache = join(projectRoot, 'node_modules/.astro');
  const times = { cold: [] as number[], coldWithout: [] as number[], warm: [] as number[], warmWithout: [] as number[] };
  for (let run = 0; run < RUNS; run += 1) {
    for (const [cold, warm, args] of [
      // Astro reads --config relative to the project's root.
      [times.coldWithout, times.warmWithout, ['--config', relative(projectRoot, without)]],
      [times.cold, times.warm, []],
    ] as const) {
      rmSync(cache, { recursive: true, force: true });
      cold.push(measureBuild(projectRoot, env, [...args]).ms);
      warm.push(measureBuild(projectRoot, env, [...args]).ms);
    }
  }
  return {
    screenshots: COUNT,
    screens: await imageBytes(browser, outDir, 'graphs/'),
    coldMs: median(times.cold),
    coldWithoutMs: median(times.coldWithout),
    warmMs: median(times.warm),
    warmWithoutMs: median(times.warmWithout),
  };
}
