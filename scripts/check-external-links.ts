/**
 * `npm run links [-- options]`: checks every external link of the last build.
 * Exit code 1 when a link is broken (or, with --strict, unverified); 0 otherwise.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { collectExternalLinks } from '../src/links/external/collect-external-links.ts';
import { LinkCache } from '../src/links/external/link-cache.ts';
import { githubAnnotations, humanReport, jsonReport } from '../src/links/external/report.ts';
import { runChecks } from '../src/links/external/run-checks.ts';
import { readLinkManifest } from '../src/links/link-manifest.ts';
import { settings } from '../src/site.ts';

const USAGE = `Usage: npm run links -- [options]

  --dist <dir>             built site to read (default: $OUT_DIR or dist)
  --json <file>            also write the report as JSON
  --strict                 exit 1 on unverified links too
  --timeout <ms>           per request (default 10000)
  --retries <n>            retries on 429, 5xx and time-outs (default 3)
  --backoff <ms>           first wait between retries, doubled each time (default 1000)
  --max-retry-after <ms>   longest Retry-After honoured (default 60000)
  --concurrency <n>        requests at once (default 16)
  --per-host <n>           requests at once to one host (default 4)
  --no-cache               ask every host again, ignoring .cache/external-links.json
  --cache-ttl <hours>      how long a good result is trusted (default 24)
  -h, --help               this text`;

function number(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) {
    console.error(`--${name} takes a number, got "${value}"\n\n${USAGE}`);
    process.exit(2);
  }
  return parsed;
}

let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      dist: { type: 'string' },
      json: { type: 'string' },
      strict: { type: 'boolean', default: false },
      timeout: { type: 'string' },
      retries: { type: 'string' },
      backoff: { type: 'string' },
      'max-retry-after': { type: 'string' },
      concurrency: { type: 'string' },
      'per-host': { type: 'string' },
      'no-cache': { type: 'boolean', default: false },
      'cache-ttl': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const { values } = args;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

const checkOptions = {
  timeoutMs: number(values.timeout, 10_000, 'timeout'),
  retries: number(values.retries, 3, 'retries'),
  backoffMs: number(values.backoff, 1_000, 'backoff'),
  maxRetryAfterMs: number(values['max-retry-after'], 60_000, 'max-retry-after'),
  concurrency: Math.max(1, number(values.concurrency, 16, 'concurrency')),
  perHost: Math.max(1, number(values['per-host'], 4, 'per-host')),
  hubEndpoint: process.env.HF_ENDPOINT || 'https://huggingface.co',
};
const cacheTtlHours = number(values['cache-ttl'], 24, 'cache-ttl');

const distDir = resolve(values.dist ?? process.env.OUT_DIR ?? 'dist');
// The build keeps its notes' links in the project's .cache/, wherever this runs from.
const notes = readLinkManifest(fileURLToPath(new URL('..', import.meta.url)), distDir);
let collected;
try {
  if (!notes) throw new Error('the build that wrote it left no record of its notes’ links');
  collected = collectExternalLinks({ distDir, site: settings.site, notes });
} catch (error) {
  console.error(
    `Could not read the built site in ${distDir}: ${(error as Error).message}\nRun \`npm run build\` first (with the same NOTES_DIR, BASE and SITE).`,
  );
  process.exit(2);
}

const cache = values['no-cache'] ? undefined : new LinkCache(join(process.cwd(), '.cache/external-links.json'), cacheTtlHours * 3_600_000);
const started = performance.now();
const run = await runChecks(
  collected.map((link) => link.url),
  { ...checkOptions, cache },
);
cache?.save();

const report = jsonReport(collected, run);
console.log(humanReport(report.links, run, (performance.now() - started) / 1000));
if (process.env.GITHUB_ACTIONS === 'true') for (const annotation of githubAnnotations(report.links)) console.log(annotation);
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);

const failing = report.links.some((link) => link.status === 'broken' || (values.strict && link.status === 'unverified'));
process.exit(failing ? 1 : 0);
