/**
 * Our site and Starlight building a notes repository shaped like the owner's (scripts/generate-owner-notes.ts: 70
 * notes in folders, about 470 KB of Markdown, 105 embedded screenshots in PNG and WebP, 88 linked workflows), cold
 * and with one note changed, side by side in the same run. Ours builds every page it has (notes, workflow pages
 * and their pictures, the indexes); Starlight its pages of the same notes, with the same images. Then our
 * `npm run dev` on the same notes and cache, and the image bytes five screens download on the note page with the most
 * screenshots.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { listSiteFiles } from '../../src/links/scan-site.ts';
import { generateOwnerNotes, OWNER_NOTES, OWNER_SCREENSHOTS, OWNER_WORKFLOWS } from '../generate-owner-notes.ts';
import { coldAndWarm } from './build-speed.ts';
import { measureDevServer, type DevServer } from './dev-server.ts';
import { imageBytes, type ScreenBytes } from './image-widths.ts';
import type { BuildMeasure } from './measure-build.ts';
import { nodeGraphScreenshots } from './node-graph-screenshots.ts';
import { prepareStarlight } from './starlight.ts';

export interface OwnerShaped {
  notes: number;
  screenshots: number;
  workflows: number;
  ours: { cold: BuildMeasure; warm: BuildMeasure };
  starlight: { cold: BuildMeasure; warm: BuildMeasure } | undefined;
  /** `npm run dev` after those builds, with their cache. */
  dev: DevServer;
  /** The note page with the most screenshots, and what each of the five screens downloads scrolling it. */
  screenshotPage: { page: string; images: number; screens: ScreenBytes[] };
}

/** The note the warm builds change: one in a folder, with a screenshot. */
const CHANGED = 'wan/wan-02.md';

/** The built note page whose article embeds the most images (workflow pages left out: they draw, not embed). */
function mostScreenshots(outDir: string): { page: string; images: number } {
  let most = { page: '', images: -1 };
  for (const file of listSiteFiles(outDir)) {
    if (!file.endsWith('index.html') || file.startsWith('workflow/')) continue;
    const article = /<article[\s\S]*<\/article>/.exec(readFileSync(join(outDir, file), 'utf8'))?.[0] ?? '';
    const images = article.match(/<img\b/g)?.length ?? 0;
    if (images > most.images) most = { page: file.replace(/index\.html$/, ''), images };
  }
  return most;
}

export async function measureOwnerShaped(projectRoot: string, work: string, browser: Browser, withStarlight: boolean): Promise<OwnerShaped> {
  const notesDir = join(work, 'owner-notes');
  await generateOwnerNotes(notesDir, (await nodeGraphScreenshots(work)).dir);
  const cacheDir = join(work, 'owner-cache');
  const outDir = join(work, 'owner-dist');
  const ours = coldAndWarm(projectRoot, cacheDir, join(notesDir, CHANGED), { NOTES_DIR: notesDir, OUT_DIR: outDir, CACHE_DIR: cacheDir });
  const most = mostScreenshots(outDir);
  const screenshotPage = { ...most, screens: await imageBytes(browser, outDir, most.page) };
  const dev = await measureDevServer(projectRoot, { NOTES_DIR: notesDir, CACHE_DIR: cacheDir }, CHANGED, '/wan/wan-02/');
  let starlight: OwnerShaped['starlight'];
  if (withStarlight) {
    const root = prepareStarlight(work, notesDir);
    starlight = coldAndWarm(root, join(root, 'node_modules/.astro'), join(root, 'src/content/docs', CHANGED), {});
  }
  return { notes: OWNER_NOTES, screenshots: OWNER_SCREENSHOTS, workflows: OWNER_WORKFLOWS, ours, starlight, dev, screenshotPage };
}
