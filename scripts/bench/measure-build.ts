import { execFileSync } from 'node:child_process';

export interface BuildMeasure {
  ms: number;
  /** Peak resident memory of the build process (Pagefind's indexer is a separate process and not counted). */
  peakMb: number;
}

/** Runs `astro build` through its API in a fresh Node, timing it and reading the process's peak memory. */
export function measureBuild(root: string, env: Record<string, string> = {}): BuildMeasure {
  const script = [
    "const { build } = await import('astro');",
    "await build({ root: process.cwd(), logLevel: 'error' });",
    'process.stdout.write(`\\nMAXRSS ${process.resourceUsage().maxRSS}\\n`);',
  ].join('\n');
  const start = performance.now();
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const kilobytes = Number(/MAXRSS (\d+)/.exec(output)?.[1] ?? Number.NaN);
  return { ms, peakMb: kilobytes / 1024 };
}
