/** Lighthouse, pinned, run against Debian's Chromium; installed by the benchmark in a scratch folder. */
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LIGHTHOUSE_VERSION = '13.5.0';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
}

/** Asynchronous, so the site's server in this same process can answer Lighthouse's requests. */
export async function runLighthouse(workDir: string, url: string): Promise<LighthouseScores> {
  const root = join(workDir, 'lighthouse');
  mkdirSync(root, { recursive: true });
  if (
    !existsSync(join(root, 'node_modules/lighthouse/package.json')) ||
    !readFileSync(join(root, 'package.json'), 'utf8').includes(LIGHTHOUSE_VERSION)
  ) {
    writeFileSync(
      join(root, 'package.json'),
      `${JSON.stringify({ private: true, dependencies: { lighthouse: LIGHTHOUSE_VERSION } }, null, 2)}\n`,
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  }
  const report = join(root, 'report.json');
  await promisify(execFile)(
    process.execPath,
    [
      join(root, 'node_modules/lighthouse/cli/index.js'),
      url,
      '--quiet',
      '--output=json',
      `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --disable-background-networking --disable-component-update --disable-sync --no-first-run',
    ],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
  );
  const categories = (JSON.parse(readFileSync(report, 'utf8')) as { categories: Record<string, { score: number }> }).categories;
  return {
    performance: Math.round(categories.performance!.score * 100),
    accessibility: Math.round(categories.accessibility!.score * 100),
    'best-practices': Math.round(categories['best-practices']!.score * 100),
    seo: Math.round(categories.seo!.score * 100),
  };
}
