import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { generateScreenshot, SCREENSHOT_SIZES } from '../../scripts/generate-screenshots.ts';
import { buildSite, notesFolder } from '../helpers/build-site.ts';
import { test as it } from '../helpers/browser-test.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

/**
 * A note of real-sized node-graph screenshots, as the owner commits them: PNG captures of 1,180 to 2,560 px, the same
 * graphs saved as WebP (one of them small, as a careful author saves it), each under a dated heading.
 */
async function screenshotNotes(): Promise<{ dir: string; originals: Map<string, number> }> {
  const files: Record<string, Buffer | string> = {};
  const embeds: string[] = [];
  // Three of the real sizes (1,318, 2,560 and 1,180 × 1,640 px): the narrowest, the widest and a tall one.
  for (const [index, [width, height]] of SCREENSHOT_SIZES.entries()) {
    if (index % 2) continue;
    const png = await generateScreenshot(width, height, index + 1);
    files[`screenshots/graph-${index}.png`] = png;
    embeds.push(`## 2026.06.${10 + index}\n\n![Node graph ${index}: LoRA loaders and the sampler](screenshots/graph-${index}.png)\n`);
    if (index < 4) {
      // The first two also as WebP; the first at a quality that leaves re-encoding nothing to gain.
      const webp = await sharp(png)
        .webp({ quality: index === 0 ? 30 : 80 })
        .toBuffer();
      files[`screenshots/graph-${index}.webp`] = webp;
      embeds.push(`![Node graph ${index} as WebP](screenshots/graph-${index}.webp)\n`);
    }
  }
  files['graphs.md'] = `# Node graphs\n\nWorkflow screenshots, newest last.\n\n${embeds.join('\n')}`;
  const dir = notesFolder(files);
  const originals = new Map(
    Object.entries(files).flatMap(([name, bytes]) => (name.endsWith('.md') ? [] : [[name, bytes.length] as const])),
  );
  return { dir, originals };
}

/** Each image a screen downloads scrolling the page top to bottom: its bytes, its pixels, and the device pixels it fills. */
async function downloads(browser: Browser, url: string, width: number, scale: number) {
  const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: scale });
  const page = await context.newPage();
  const bytes = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    if (response.request().resourceType() === 'image')
      bytes.set(
        response.url(),
        response.body().then((body) => body.length),
      );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  for (let y = 0; y < (await page.evaluate(() => document.body.scrollHeight)); y += 700) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForLoadState('networkidle');
  }
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  const shown = await page.locator('article img').evaluateAll((images) =>
    (images as HTMLImageElement[]).map((img) => ({
      url: img.currentSrc,
      pixels: img.naturalWidth,
      fills: img.getBoundingClientRect().width * devicePixelRatio,
    })),
  );
  await context.close();
  return Promise.all(shown.map(async (image) => ({ ...image, bytes: (await bytes.get(image.url)) ?? 0 })));
}

describe('screenshots on every screen', () => {
  let server: StaticServer;
  let originals: Map<string, number>;
  let outDir: string;

  beforeAll(async () => {
    const notes = await screenshotNotes();
    originals = notes.originals;
    const build = await buildSite({ NOTES_DIR: notes.dir, TOC_NOTE: 'graphs' });
    expect(build.ok, build.output.slice(-2000)).toBe(true);
    outDir = build.outDir;
    server = await serveStatic(outDir);
  }, 180_000);
  afterAll(() => server?.close());

  it('never serve an image bigger than the file its author committed', () => {
    const served = readdirSync(join(outDir, '_astro')).filter((name) => /^graph-\d\./.test(name));
    expect(served.length).toBeGreaterThan(originals.size);
    for (const name of served) {
      const [stem] = name.split('.') as [string];
      const original = Math.max(...[...originals].filter(([path]) => path.startsWith(`screenshots/${stem}.`)).map(([, size]) => size));
      expect(statSync(join(outDir, '_astro', name)).size, name).toBeLessThanOrEqual(original);
    }
    // The small WebP is served as committed, byte for byte, at its own width.
    const small = readFileSync(join(outDir, 'screenshots/graph-0.webp'));
    expect(served.some((name) => name.startsWith('graph-0.') && readFileSync(join(outDir, '_astro', name)).equals(small))).toBe(true);
  });

  it.for([
    [390, 1],
    [390, 2],
    [390, 3],
    [1280, 1],
    [1280, 2],
  ] as const)(
    'download at %i px, %ix, images at most 1.5× the pixels they fill for nine tenths of the bytes',
    async ([width, scale], { browser }) => {
      const images = await downloads(browser, `${server.url}graphs/`, width, scale);
      expect(images).toHaveLength(5);
      const total = images.reduce((sum, image) => sum + image.bytes, 0);
      const oversized = images.filter((image) => image.pixels > image.fills * 1.5).reduce((sum, image) => sum + image.bytes, 0);
      expect(total).toBeGreaterThan(0);
      expect(oversized / total).toBeLessThanOrEqual(0.1);
    },
  );
});
