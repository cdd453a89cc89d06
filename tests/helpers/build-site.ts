import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { withAstroLock } from './astro-lock.ts';
import { projectRoot } from './project-root.ts';

export { projectRoot };
/** Notes written for the browser tests, so our own notes can change freely. */
export const fixtureSite = join(projectRoot, 'tests/fixtures/site');
/** The fixture's table-of-contents note. */
export const fixtureEnv = { NOTES_DIR: fixtureSite, TOC_NOTE: 'start' };
/** A notes repository as an owner keeps one: a README, notes in folders, screenshots, workflows, and each link mistake once. */
export const fixtureRepository = join(projectRoot, 'tests/fixtures/repository');
export const repositoryEnv = { NOTES_DIR: fixtureRepository, SOURCE_REPO: 'https://github.com/owner/notes/blob/main/' };

/** The sites the browser tests' global setup builds and serves. */
export type SiteKey = 'siteUrl' | 'baseUrl' | 'contentUrl' | 'referenceUrl' | 'repositoryUrl';
/** Where global setup builds a site, for tests that read the built files. */
export const builtSite = (key: SiteKey): string => join(projectRoot, 'dist-test', key);

const VITEST_ONLY = /^(NODE_ENV|MODE|DEV|PROD|SSR|BASE_URL|TEST|VITEST.*)$/;

export interface BuildResult {
  ok: boolean;
  /** stdout and stderr together, without colour codes. */
  output: string;
  outDir: string;
}

/**
 * The environment for an Astro command run from a test. Vitest sets NODE_ENV, MODE, DEV
 * and friends, which would make Astro build in development mode (drafts and all).
 */
export function astroEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const parentEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ONLY.test(key)));
  return { ...parentEnv, NO_COLOR: '1', FORCE_COLOR: '0', ...env };
}

/** Runs `astro build`, which is what `npm run build` runs, with the given environment, while no other test runs Astro. */
export async function buildSite(env: Record<string, string>, outDir?: string): Promise<BuildResult> {
  const [result] = await buildSitesOfOneFolder([{ env, outDir }]);
  return result;
}

/** One `astro build`: its environment, and its output folder (a new temporary one if none). */
export interface SiteBuild {
  env: Record<string, string>;
  outDir?: string;
}

/**
 * Runs several `astro build`s at once under one lock. Only for builds of the same notes: they write the same
 * lists into the project's `.astro/` folder.
 */
export function buildSitesOfOneFolder<const Builds extends readonly SiteBuild[]>(
  builds: Builds,
): Promise<{ [K in keyof Builds]: BuildResult }> {
  return withAstroLock(
    () => Promise.all(builds.map(({ env, outDir }) => runAstroBuild(env, outDir))) as Promise<{ [K in keyof Builds]: BuildResult }>,
  );
}

function runAstroBuild(env: Record<string, string>, outDir = mkdtempSync(join(tmpdir(), 'lora-notes-dist-'))): Promise<BuildResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'],
      { cwd: projectRoot, env: astroEnv({ OUT_DIR: outDir, ...env }), maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        // eslint-disable-next-line no-control-regex
        const output = `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
        done({ ok: !error, output, outDir });
      },
    );
  });
}

/** Writes a notes folder from `{ 'name.md': text }` and returns its path. */
export function notesFolder(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lora-notes-fixture-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
