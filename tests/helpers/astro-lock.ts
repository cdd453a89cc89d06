import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { lock } from 'proper-lockfile';
import { projectRoot } from './project-root.ts';

const lockedFolder = join(projectRoot, '.astro');
const lockfilePath = join(projectRoot, 'dist-test', 'astro.lock');

/**
 * Runs `use` while no other test process runs Astro. Every Astro command writes the project's `.astro/` folder
 * (the notes' module and asset lists among it), so two at once on different notes would build each other's notes;
 * with this lock the build tests can run beside the browser tests, which only read built sites.
 */
export async function withAstroLock<T>(use: () => Promise<T>): Promise<T> {
  mkdirSync(join(projectRoot, 'dist-test'), { recursive: true });
  // A build waits for the one before it, which may be a dev server test of a minute.
  const release = await lock(lockedFolder, {
    lockfilePath,
    realpath: false,
    retries: { retries: 2_000, minTimeout: 100, maxTimeout: 250, factor: 1.1 },
  });
  try {
    return await use();
  } finally {
    await release();
  }
}
