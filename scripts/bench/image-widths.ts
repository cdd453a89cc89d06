/**
 * What the screenshots' extra width costs and saves, on a page of a dozen real-sized node-graph
 * screenshots: the image bytes a 390 px phone and a 1280 px desktop download scrolling it from top
 * to bottom, and cold and warm builds with the extra width and without (Astro's image settings
 * before it), interleaved, medians of three.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../tests/helpers/static-server.ts';
import { generateScreenshots } from '../generate-screenshots.ts';
import { measureBuild } from './measure-build.ts';
import { median } from './search-cost.ts';

export interface ImageWidths {
  screenshots: number;
  /** Image bytes downloaded scrolling the page, by viewport. */
  phoneBytes: number;
  desktopBytes: number;
  /** Cold builds (no content or image cache) with the extra width and without, and warm ones (both caches kept). */
  coldMs: number;
  coldWithoutMs: number;
  warmMs: number;
  warmWithoutMs: number;
}

const COUNT = 12;
const RUNS = 3;

/** The page's image bytes in a fresh context of that size, scrolled to the bottom a screen at a time. */
async function imageBytes(browser: Browser, url: string, viewport: { width: number; height: number }): Promise<number> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'image') sizes.push(response.body().then((body) => body.length, () => 0));
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += viewport.height) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForLoadState('networkidle');
  }
  const total = (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  await context.close();
  return total;
}

export async function measureImageWidths(projectRoot: string, work: string, browser: Browser): Promise<ImageWidths> {
  const notesDir = join(work, 'screenshots-notes');
  rmSync(notesDir, { recursive: true, force: true });
  const names = await generateScreenshots(COUNT, join(notesDir, 'screenshots'));
  const embeds = names.map((name, index) => `## Graph ${index + 1}\n\n![Node graph ${index + 1}: LoRA loaders and sampler](screenshots/${name})\n`);
  writeFileSync(join(notesDir, 'graphs.md'), `# Node graphs\n\nA dozen workflow screenshots.\n\n${embeds.join('\n')}`);
  // Our config with Astro's image settings as they were before the extra width.
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
  mkdirSync(outDir, { recursive: true });
  const server = await serveStatic(outDir);
  const url = `${server.url}graphs/`;
  const phoneBytes = await imageBytes(browser, url, { width: 390, height: 844 });
  const desktopBytes = await imageBytes(browser, url, { width: 1280, height: 800 });
  await server.close();
  return {
    screenshots: COUNT,
    phoneBytes,
    desktopBytes,
    coldMs: median(times.cold),
    coldWithoutMs: median(times.coldWithout),
    warmMs: median(times.warm),
    warmWithoutMs: median(times.warmWithout),
  };
}
