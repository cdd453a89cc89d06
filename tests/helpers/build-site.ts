import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
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

/** Runs `astro build`, which is what `npm run build` runs, with the given environment. */
export function buildSite(env: Record<string, string>, outDir = mkdtempSync(join(tmpdir(), 'lora-notes-dist-'))): Promise<BuildResult> {
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
