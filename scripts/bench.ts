/**
 * `npm run bench [-- --scale 100,1000,5000]`: build time and first-load page weight of
 * every page, measured in headless Chromium against the built site on loopback, and
 * build and internal-link-check times on generated sites of growing size. Prints
 * tables and writes bench/results.json. Never part of `npm test`: figures, not pass/fail.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { checkInternalLinks } from '../src/links/check-internal-links.ts';
import { listNoteFiles } from '../src/notes/note-files.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { projectRoot } from '../tests/helpers/build-site.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { generateNotes } from './generate-notes.ts';

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';
interface PageWeight {
  page: string;
  requests: number;
  raw: Record<Kind, number>;
  gzip: Record<Kind, number>;
}

const { values } = parseArgs({ options: { scale: { type: 'string', default: '100,1000' } } });
const scales = values.scale.split(',').map(Number).filter((count) => count > 0);
const outDir = join(projectRoot, 'dist-bench');
const runs = 3;

function build(env: Record<string, string>, out: string): number {
  const start = performance.now();
  execFileSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: projectRoot,
    env: { ...process.env, ...env, OUT_DIR: out },
    stdio: 'ignore',
  });
  return performance.now() - start;
}

function timeBuild(): number[] {
  return Array.from({ length: runs }, () => build({}, outDir));
}

interface ScaleResult {
  notes: number;
  buildMs: number;
  pages: number;
  links: number;
  checkMs: number;
  nsPerLink: number;
}

/** Builds generated sites of growing size and times the internal link check alone on each. */
function scale(count: number): ScaleResult {
  const work = mkdtempSync(join(tmpdir(), `bench-${count}-`));
  const notesDir = join(work, 'notes');
  const out = join(work, 'dist');
  generateNotes(count, notesDir);
  const buildMs = build({ NOTES_DIR: notesDir }, out);
  const noteFiles = listNoteFiles(notesDir);
  const options = { distDir: out, base: '/', noteFiles, linkOptions: { notesDir, noteIds: new Set(noteFiles.keys()) } };
  const times: number[] = [];
  let result = checkInternalLinks(options);
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    result = checkInternalLinks(options);
    times.push(performance.now() - start);
  }
  rmSync(work, { recursive: true, force: true });
  const checkMs = median(times);
  return { notes: count, buildMs, pages: result.pages, links: result.links, checkMs, nsPerLink: (checkMs * 1e6) / result.links };
}

function pagesOf(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => `/${file.replace(/index\.html$/, '')}`)
    .sort();
}

function kindOf(type: string): Kind {
  if (type === 'document') return 'html';
  if (type === 'stylesheet') return 'css';
  if (type === 'script') return 'js';
  if (type === 'font') return 'font';
  return 'other';
}

const zero = (): Record<Kind, number> => ({ html: 0, css: 0, js: 0, font: 0, other: 0 });
const sum = (record: Record<Kind, number>): number => Object.values(record).reduce((a, b) => a + b, 0);
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function weigh(url: string, pages: string[]): Promise<PageWeight[]> {
  const browser = await launchBrowser();
  const weights: PageWeight[] = [];
  for (const page of pages) {
    // A new context per page: nothing cached, as on a reader's first visit.
    const context = await browser.newContext();
    const tab = await context.newPage();
    const bodies: Promise<[Kind, Buffer]>[] = [];
    tab.on('response', (response) => {
      bodies.push(response.body().then((body) => [kindOf(response.request().resourceType()), body]));
    });
    await tab.goto(new URL(page.slice(1), url).href, { waitUntil: 'networkidle' });
    const weight: PageWeight = { page, requests: bodies.length, raw: zero(), gzip: zero() };
    for (const [kind, body] of await Promise.all(bodies)) {
      weight.raw[kind] += body.length;
      weight.gzip[kind] += gzipSync(body).length;
    }
    weights.push(weight);
    await context.close();
  }
  await browser.close();
  return weights;
}

interface SearchCost {
  requests: number;
  raw: number;
  gzip: number;
  /** Our own code: the bootstrap on every page and the dialog chunk, gzip. */
  ownGzip: number;
  coldMs: number;
  warmMs: number[];
}

/** What the first search costs on /alchemy/, and how fast results follow a keystroke once the index is warm. */
async function measureSearch(url: string): Promise<SearchCost> {
  const browser = await launchBrowser();
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.goto(new URL('alchemy/', url).href, { waitUntil: 'networkidle' });
  const bodies: Promise<[string, Buffer]>[] = [];
  tab.on('response', (response) => bodies.push(response.body().then((body) => [new URL(response.url()).pathname, body])));
  const own = await tab.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname).filter((path) => path.includes('Header.astro')));
  const timeQuery = (query: string) =>
    tab.evaluate(
      (text) =>
        new Promise<number>((done) => {
          const input = document.querySelector<HTMLInputElement>('#search-input')!;
          const list = document.querySelector('.search-results')!;
          const start = performance.now();
          new MutationObserver((_, observer) => {
            observer.disconnect();
            done(performance.now() - start);
          }).observe(list, { childList: true });
          input.value = text;
          input.dispatchEvent(new Event('input'));
        }),
      query,
    );
  await tab.keyboard.press('/');
  await tab.locator('#search-input').waitFor();
  const coldMs = await timeQuery('GGUF');
  await tab.waitForLoadState('networkidle');
  const files = await Promise.all(bodies);
  const warmMs: number[] = [];
  for (const query of ['hadamard', 'Kinestasis', 'LoKr', 'Lightx2v', 'Ditto', 'CausVid', 'VRAM', 'merge', 'Krea']) warmMs.push(await timeQuery(query));
  const ownFiles = [...files.filter(([path]) => path.includes('search-dialog'))];
  let ownGzip = ownFiles.reduce((total, [, body]) => total + gzipSync(body).length, 0);
  for (const path of own) ownGzip += gzipSync(await (await fetch(new URL(path, url))).arrayBuffer().then((b) => Buffer.from(b))).length;
  await browser.close();
  return {
    requests: files.length,
    raw: files.reduce((total, [, body]) => total + body.length, 0),
    gzip: files.reduce((total, [, body]) => total + gzipSync(body).length, 0),
    ownGzip,
    coldMs,
    warmMs,
  };
}

const buildTimes = timeBuild();
const pages = pagesOf(outDir);
const server = await serveStatic(outDir);
const weights = await weigh(server.url, pages);
const search = await measureSearch(server.url);
await server.close();

console.log(`Build (${runs} runs, median): ${(median(buildTimes) / 1000).toFixed(2)} s`);
console.log('\nFirst load, no cache (KB; gzip in brackets)');
console.log('| page | requests | HTML | CSS | JS | fonts | other | total gzip |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const w of weights) {
  const cell = (kind: Kind) => `${kb(w.raw[kind])} (${kb(w.gzip[kind])})`;
  console.log(`| ${w.page} | ${w.requests} | ${cell('html')} | ${cell('css')} | ${cell('js')} | ${cell('font')} | ${cell('other')} | ${kb(sum(w.gzip))} |`);
}

console.log(`\nSearch on /alchemy/: first query downloads ${search.requests} files, ${kb(search.raw)} KB (${kb(search.gzip)} KB gzip); our own search code ${kb(search.ownGzip)} KB gzip`);
console.log(`Keystroke to results: first query ${search.coldMs.toFixed(0)} ms (loads the index); warm median ${median(search.warmMs).toFixed(0)} ms over ${search.warmMs.length} queries`);

const scaled = scales.map(scale);
console.log('\nGenerated sites (20 note links and 5 external links a note; internal check median of 3)');
console.log('| notes | build | pages | links checked | internal check | per link |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const row of scaled) {
  console.log(`| ${row.notes} | ${(row.buildMs / 1000).toFixed(1)} s | ${row.pages} | ${row.links} | ${row.checkMs.toFixed(0)} ms | ${(row.nsPerLink / 1000).toFixed(2)} µs |`);
}

mkdirSync(join(projectRoot, 'bench'), { recursive: true });
writeFileSync(
  join(projectRoot, 'bench/results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), buildMs: { runs: buildTimes, median: median(buildTimes) }, firstLoad: weights, search, scale: scaled }, null, 2)}\n`,
);
