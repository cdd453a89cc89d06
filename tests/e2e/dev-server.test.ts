import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { test as it } from '../helpers/browser-test.ts';
import { withAstroLock } from '../helpers/astro-lock.ts';
import { astroEnv, builtSite, fixtureEnv, projectRoot } from '../helpers/build-site.ts';

interface DevServer {
  url: string;
  /** What the server has printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `astro dev` on a free port with the given build folder. */
function startDev(outDir: string, env: Record<string, string> = fixtureEnv): Promise<DevServer> {
  const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '0'], {
    cwd: projectRoot,
    env: astroEnv({ ...env, OUT_DIR: outDir }),
  });
  const exited = new Promise<void>((done) => child.on('exit', () => done()));
  const stop = async () => {
    child.kill();
    await exited;
  };
  return new Promise((ready, fail) => {
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Local\s+(http:\/\/\S+)/.exec(output)?.[1];
      if (url) ready({ url, output: () => output, stop });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    void exited.then(() => fail(new Error(`astro dev stopped:\n${output}`)));
  });
}

/** Runs `use` with a dev server of its own, while no other test runs Astro: Astro allows one dev server per project. */
function withDevServer(outDir: string, env: Record<string, string> | undefined, use: (dev: DevServer) => Promise<void>): Promise<void> {
  return withAstroLock(async () => {
    const dev = await startDev(outDir, env);
    try {
      await use(dev);
    } finally {
      await dev.stop();
    }
  });
}

// Starting a dev server (and Vite's first dependency scan after an install) takes longer than a page test, and each
// first waits for the builds that hold Astro's folder.
describe('npm run dev', { timeout: 300_000 }, () => {
  it('links a note added while the server runs, from Markdown and MDX notes alike, and shows a saved edit', async ({ page }) => {
    const notes = mkdtempSync(join(tmpdir(), 'dev-notes-'));
    writeFileSync(join(notes, 'a.md'), '# A\n\nSee [B](b.md).\n');
    writeFileSync(join(notes, 'c.mdx'), '# C\n\nSee [B](b.md).\n');
    await withDevServer(mkdtempSync(join(tmpdir(), 'no-build-')), { NOTES_DIR: notes, TOC_NOTE: 'a' }, async ({ url, output }) => {
      await page.goto(`${url}c/`);
      expect(await page.locator('article').getByRole('link', { name: 'B', exact: true }).getAttribute('href')).toBe('b.md');
      writeFileSync(join(notes, 'b.md'), '# B\n\nBee.\n');
      for (const note of ['a', 'c']) {
        await expect
          .poll(
            async () => {
              await page.goto(`${url}${note}/`);
              // Short tries: the page may render before the loader has taken the new note in.
              return page.locator('article').getByRole('link', { name: 'B', exact: true }).getAttribute('href', { timeout: 2_000 });
            },
            { timeout: 40_000 },
          )
          .toBe('/b/');
      }
      // A saved edit is loaded again through Astro's sync, which writes the store at once rather than after its debounce.
      const syncs = () => output().match(/Syncing content/g)?.length ?? 0;
      const before = syncs();
      writeFileSync(join(notes, 'b.md'), '# B\n\nBee, edited.\n');
      await expect
        .poll(
          async () => {
            await page.goto(`${url}b/`);
            return page.locator('article').textContent();
          },
          { timeout: 40_000 },
        )
        .toContain('Bee, edited.');
      expect(syncs()).toBeGreaterThan(before);
    });
  });

  it('uses the last build’s index when there is one', async ({ page }) => {
    await withDevServer(builtSite('siteUrl'), undefined, async ({ url }) => {
      await page.goto(`${url}start/`, { waitUntil: 'networkidle' });
      await page.keyboard.press('/');
      await page.getByRole('searchbox', { name: 'Search the notes' }).fill('zephyrine');
      await page.getByRole('status').filter({ hasText: 'zephyrine' }).waitFor({ timeout: 20_000 });
      expect(await page.getByRole('list', { name: 'Results' }).getByRole('link').first().textContent()).toMatch(/^Field Guide/);
    });
  });

  it('says to build first when there is none', async ({ page }) => {
    await withDevServer(mkdtempSync(join(tmpdir(), 'no-build-')), undefined, async ({ url }) => {
      await page.goto(`${url}start/`, { waitUntil: 'networkidle' });
      await page.keyboard.press('/');
      await page.getByRole('searchbox', { name: 'Search the notes' }).fill('zephyrine');
      await page.getByRole('status').filter({ hasText: 'npm run build' }).waitFor({ timeout: 20_000 });
      expect(await page.getByRole('status').textContent()).toContain('Search needs the index that `npm run build` makes');
    });
  });
});
