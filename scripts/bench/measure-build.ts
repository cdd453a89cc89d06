import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BuildMeasure {
  ms: number;
  /** Peak resident memory of the build process (Pagefind's indexer is a separate process and not counted). */
  peakMb: number;
}

const REPORTER = join(dirname(fileURLToPath(import.meta.url)), 'report-peak-memory.ts');

/** The `astro` command a project's own node_modules has: each project builds with its own Astro. */
export const astroBin = (root: string): string =>
  join(dirname(createRequire(join(root, 'package.json')).resolve('astro/package.json')), 'bin/astro.mjs');

/** Runs a project's `astro build` (with `args`, such as `--config`) in a fresh Node, timing it and reading the process's peak memory. */
export function measureBuild(root: string, env: Record<string, string> = {}, args: string[] = []): BuildMeasure {
  const start = performance.now();
  const output = execFileSync(process.execPath, ['--import', REPORTER, astroBin(root), 'build', '--silent', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const kilobytes = Number(/MAXRSS (\d+)/.exec(output)?.[1] ?? Number.NaN);
  return { ms, peakMb: kilobytes / 1024 };
}
