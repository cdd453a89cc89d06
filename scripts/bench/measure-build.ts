import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCommand } from '../build-command.ts';

export interface BuildMeasure {
  ms: number;
  /** Peak resident memory of the build process (Pagefind's indexer is a separate process and not counted). */
  peakMb: number;
}

const REPORTER = join(dirname(fileURLToPath(import.meta.url)), 'report-peak-memory.ts');

/** Runs a project's build as `npm run build` does, in a fresh Node, timing it and reading the process's peak memory. */
export function measureBuild(root: string, env: Record<string, string> = {}): BuildMeasure {
  const start = performance.now();
  const output = execFileSync(process.execPath, ['--import', REPORTER, ...buildCommand(root), '--silent'], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const kilobytes = Number(/MAXRSS (\d+)/.exec(output)?.[1] ?? Number.NaN);
  return { ms, peakMb: kilobytes / 1024 };
}
