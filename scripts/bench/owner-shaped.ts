/**
 * Our site and Starlight building a notes repository shaped like the owner's (scripts/generate-owner-notes.ts: 70
 * notes in folders, about 470 KB of Markdown, 105 embedded screenshots in PNG and WebP, 88 linked workflows), cold
 * and with one note changed, side by side in the same run. Ours builds every page it has (notes, workflow pages
 * and their pictures, the indexes); Starlight its pages of the same notes, with the same images. Then our
 * `npm run dev` on the same notes and cache.
 */
import { join } from 'node:path';
import { generateOwnerNotes, OWNER_NOTES, OWNER_SCREENSHOTS, OWNER_WORKFLOWS } from '../generate-owner-notes.ts';
import { coldAndWarm } from './build-speed.ts';
import { measureDevServer, type DevServer } from './dev-server.ts';
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
}

/** The note the warm builds change: one in a folder, with a screenshot. */
const CHANGED = 'wan/wan-02.md';

export async function measureOwnerShaped(projectRoot: string, work: string, withStarlight: boolean): Promise<OwnerShaped> {
  const notesDir = join(work, 'owner-notes');
  await generateOwnerNotes(notesDir, (await nodeGraphScreenshots(work)).dir);
  const cacheDir = join(work, 'owner-cache');
  const ours = coldAndWarm(projectRoot, cacheDir, join(notesDir, CHANGED), {
    NOTES_DIR: notesDir,
    OUT_DIR: join(work, 'owner-dist'),
    CACHE_DIR: cacheDir,
  });
  const dev = await measureDevServer(projectRoot, { NOTES_DIR: notesDir, CACHE_DIR: cacheDir }, CHANGED, '/wan/wan-02/');
  let starlight: OwnerShaped['starlight'];
  if (withStarlight) {
    const root = prepareStarlight(work, notesDir);
    starlight = coldAndWarm(root, join(root, 'node_modules/.astro'), join(root, 'src/content/docs', CHANGED), {});
  }
  return { notes: OWNER_NOTES, screenshots: OWNER_SCREENSHOTS, workflows: OWNER_WORKFLOWS, ours, starlight, dev };
}
