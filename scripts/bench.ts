/**
 * `npm run bench [-- --scale 100,1000,5000] [--speed-notes 1000] [--skip-starlight] [--skip-lighthouse] [--skip-owner] [--skip-speed] [--skip-images] [--skip-workflows]`
 *
 * Measures, never judges: build time and memory, an owner-shaped notes repository built by us and by Starlight, the first-load weight of every page,
 * what search costs, the same notes built with Starlight, cold and warm builds of
 * generated notes and of a 1 MB note beside Starlight and the floor of the stack, what
 * screenshots cost a phone and a desktop and the build, what reading ComfyUI workflows and their pages cost, Lighthouse scores, and how build, link check, index and search grow with the number
 * of notes. Prints tables and writes bench/results.json. Never part of `npm test`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listSiteFiles } from '../src/links/scan-site.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { projectRoot } from '../tests/helpers/build-site.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { runLighthouse, LIGHTHOUSE_VERSION, type LighthouseScores } from './bench/lighthouse.ts';
import { measureBuildSpeed, type BuildSpeed, type SpeedCase } from './bench/build-speed.ts';
import { measureImageWidths, type ImageWidths, type ScreenBytes } from './bench/image-widths.ts';
import { measureOwnerShaped, type OwnerShaped } from './bench/owner-shaped.ts';
import { measureBuild, type BuildMeasure } from './bench/measure-build.ts';
import { total, weighPages, type Kind, type PageWeight } from './bench/page-weight.ts';
import { measureScale, type ScaleResult } from './bench/scale.ts';
import { measureWorkflowCost, type WorkflowCost } from './bench/workflow-cost.ts';
import { measureSearch, median } from './bench/search-cost.ts';
import { prepareStarlight, STARLIGHT_VERSION } from './bench/starlight.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '100,1000,5000' },
    'skip-starlight': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    'skip-owner': { type: 'boolean', default: false },
    'skip-speed': { type: 'boolean', default: false },
    'skip-images': { type: 'boolean', default: false },
    'skip-workflows': { type: 'boolean', default: false },
    'speed-notes': { type: 'string', default: '1000' },
  },
});
const scales = values.scale
  .split(',')
  .map(Number)
  .filter((count) => count > 0);
const work = join(projectRoot, '.cache/bench');
const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const RUNS = 3;

function builds(root: string, env: Record<string, string>): BuildMeasure[] {
  return Array.from({ length: RUNS }, () => measureBuild(root, env));
}
const pagesOf = (dir: string): string[] =>
  [...listSiteFiles(dir)]
    .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
    .map((file) => file.replace(/index\.html$/, ''))
    .sort();

/** What each screen downloads, and how much of it in images over 1.5× the device pixels they fill. */
function screenTable(screens: ScreenBytes[]): void {
  console.log('| screen | image bytes downloaded | in images over 1.5× the pixels they fill |');
  console.log('| --- | --- | --- |');
  for (const screen of screens) console.log(`| ${screen.screen} | ${kb(screen.bytes)} KB | ${(screen.oversized * 100).toFixed(0)}% |`);
}

const browser = await launchBrowser();

// Ours
const oursDir = join(projectRoot, 'dist-bench');
const ourBuilds = builds(projectRoot, { OUT_DIR: oursDir });
const ourServer = await serveStatic(oursDir);
const weights = await weighPages(browser, ourServer.url, pagesOf(oursDir));
const search = await measureSearch(browser, `${ourServer.url}alchemy/`, 'GGUF', [
  'hadamard',
  'Kinestasis',
  'LoKr',
  'Lightx2v',
  'Ditto',
  'CausVid',
  'VRAM',
  'merge',
  'Krea',
]);
let lighthouse: LighthouseScores | undefined;
if (!values['skip-lighthouse']) lighthouse = await runLighthouse(work, `${ourServer.url}alchemy/`);
await ourServer.close();

// Starlight, same notes, same machine, same run
let starlight: { builds: BuildMeasure[]; alchemy: PageWeight } | undefined;
if (!values['skip-starlight']) {
  const root = prepareStarlight(work, join(projectRoot, 'content'));
  const starlightBuilds = builds(root, {});
  const server = await serveStatic(join(root, 'dist'));
  const [alchemy] = await weighPages(browser, server.url, ['alchemy/']);
  await server.close();
  starlight = { builds: starlightBuilds, alchemy: alchemy! };
}

let owner: OwnerShaped | undefined;
if (!values['skip-owner']) owner = await measureOwnerShaped(projectRoot, work, browser, !values['skip-starlight']);

let speed: BuildSpeed | undefined;
if (!values['skip-speed']) speed = await measureBuildSpeed(projectRoot, work, Number(values['speed-notes']), !values['skip-starlight']);

let images: ImageWidths | undefined;
if (!values['skip-images']) images = await measureImageWidths(projectRoot, work, browser);

let workflows: WorkflowCost | undefined;
if (!values['skip-workflows']) workflows = await measureWorkflowCost(projectRoot, work);

const scaled: ScaleResult[] = [];
for (const count of scales) scaled.push(await measureScale(projectRoot, browser, count));
await browser.close();

// Report
const buildMedian = median(ourBuilds.map((b) => b.ms));
console.log(
  `\nBuild of our notes (${RUNS} runs): median ${seconds(buildMedian)}, peak memory ${Math.max(...ourBuilds.map((b) => b.peakMb)).toFixed(0)} MB`,
);
console.log('\nFirst load, nothing cached (KB; gzip in brackets)');
console.log('| page | requests | HTML | CSS | JS | fonts | other | total gzip |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
const cell = (w: PageWeight, kind: Kind) => `${kb(w.raw[kind])} (${kb(w.gzip[kind])})`;
for (const w of weights) {
  console.log(
    `| /${w.page} | ${w.requests} | ${cell(w, 'html')} | ${cell(w, 'css')} | ${cell(w, 'js')} | ${cell(w, 'font')} | ${cell(w, 'other')} | ${kb(total(w.gzip))} |`,
  );
}
console.log(
  `\nSearch on /alchemy/: the first query downloads ${search.requests} files, ${kb(search.raw)} KB (${kb(search.gzip)} KB gzip); our own search code is ${kb(search.ownGzip)} KB gzip.`,
);
console.log(
  `Keystroke to results: ${search.coldMs.toFixed(0)} ms for the first query (loads the index), median ${median(search.warmMs).toFixed(0)} ms warm.`,
);
if (lighthouse)
  console.log(
    `\nLighthouse ${LIGHTHOUSE_VERSION} on /alchemy/: ${Object.entries(lighthouse)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );

const alchemy = weights.find((w) => w.page === 'alchemy/')!;
if (starlight) {
  const theirBuild = median(starlight.builds.map((b) => b.ms));
  console.log(`\nAgainst Starlight ${STARLIGHT_VERSION} (same notes, same machine, same run)`);
  console.log('| | ours | Starlight | ours / Starlight |');
  console.log('| --- | --- | --- | --- |');
  console.log(
    `| /alchemy/ first load, gzip | ${kb(total(alchemy.gzip))} KB | ${kb(total(starlight.alchemy.gzip))} KB | ${(total(alchemy.gzip) / total(starlight.alchemy.gzip)).toFixed(2)} |`,
  );
  console.log(`| /alchemy/ requests | ${alchemy.requests} | ${starlight.alchemy.requests} | |`);
  console.log(
    `| build time (median of ${RUNS}) | ${seconds(buildMedian)} | ${seconds(theirBuild)} | ${(buildMedian / theirBuild).toFixed(2)} |`,
  );
}

if (owner) {
  const theirs = owner.starlight;
  const row = (name: string, ours: number, them: number | undefined, unit: (value: number) => string) =>
    console.log(
      `| ${name} | ${unit(ours)} | ${them === undefined ? '–' : unit(them)} | ${them === undefined ? '–' : (ours / them).toFixed(2)} |`,
    );
  const megabytes = (value: number) => `${value.toFixed(0)} MB`;
  console.log(
    `\nAn owner-shaped repository (${owner.notes} notes in folders, ${owner.screenshots} screenshots, ${owner.workflows} workflows) against Starlight ${STARLIGHT_VERSION} (medians of 3)`,
  );
  console.log('| | ours | Starlight | ours / Starlight |');
  console.log('| --- | --- | --- | --- |');
  row('cold build', owner.ours.cold.ms, theirs?.cold.ms, seconds);
  row('warm build, one note changed', owner.ours.warm.ms, theirs?.warm.ms, seconds);
  row('peak memory (cold)', owner.ours.cold.peakMb, theirs?.cold.peakMb, megabytes);
  const { dev } = owner;
  console.log(
    `\nnpm run dev on it after those builds: the first page served ${seconds(dev.firstPageMs)} after starting, ${dev.rendered} notes rendered; ` +
      `a saved edit on the page after ${dev.editMs.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`,
  );
  const { page, images: count, screens } = owner.screenshotPage;
  console.log(`\nThe note page with the most screenshots, /${page} (${count} images), scrolled top to bottom`);
  screenTable(screens);
}

if (speed) {
  const mb = (measure: BuildMeasure) => `${measure.peakMb.toFixed(0)} MB`;
  const ratio = (ours: number, theirs: number | undefined) => (theirs ? (ours / theirs).toFixed(2) : '–');
  const rows = (name: string, c: SpeedCase) => {
    const them = c.starlight;
    console.log(
      `| ${name}, cold | ${seconds(c.ours.cold.ms)} | ${them ? seconds(them.cold.ms) : '–'} | ${ratio(c.ours.cold.ms, them?.cold.ms)} | ${seconds(c.bare.ms)} | ${seconds(c.unifiedMs)} |`,
    );
    console.log(
      `| ${name}, one note changed | ${seconds(c.ours.warm.ms)} | ${them ? seconds(them.warm.ms) : '–'} | ${ratio(c.ours.warm.ms, them?.warm.ms)} | | |`,
    );
    console.log(
      `| ${name}, peak memory (cold) | ${mb(c.ours.cold)} | ${them ? mb(them.cold) : '–'} | ${ratio(c.ours.cold.peakMb, them?.cold.peakMb)} | ${mb(c.bare)} | |`,
    );
  };
  console.log(
    `\nBuild speed against Starlight ${STARLIGHT_VERSION} (same notes, same machine, same run; medians of 3), with the floor of the stack`,
  );
  console.log('| work | ours | Starlight | ours / Starlight | bare Astro page | plain unified |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  rows(`${speed.notes.toLocaleString('en')} generated notes`, speed.generated);
  rows('the 1 MB note', speed.largeNote);
}

if (workflows) {
  console.log(
    `\nWorkflows: ${workflows.workflows} workflows and ${workflows.screenshots} screenshots beside 70 notes (median of ${RUNS})\n` +
      `| reading them all (JSON files, images' text chunks) | ${workflows.readMs.toFixed(0)} ms |\n` +
      `| warm build, the notes linking the workflows (a page each) | ${seconds(workflows.linkedMs)} |\n` +
      `| warm build, the same notes linking none | ${seconds(workflows.unlinkedMs)} |\n` +
      `| the workflows' pages cost | ${seconds(workflows.linkedMs - workflows.unlinkedMs)} |`,
  );
}
if (images) {
  console.log(`\nScreenshots: a page of ${images.screenshots} node-graph screenshots (1,180 to 2,560 px wide), scrolled top to bottom`);
  screenTable(images.screens);
  console.log("| build (medians of 3) | our image settings | Astro's defaults | ours / defaults |");
  console.log('| --- | --- | --- | --- |');
  console.log(
    `| cold | ${seconds(images.coldMs)} | ${seconds(images.coldWithoutMs)} | ${(images.coldMs / images.coldWithoutMs).toFixed(2)} |`,
  );
  console.log(
    `| warm | ${seconds(images.warmMs)} | ${seconds(images.warmWithoutMs)} | ${(images.warmMs / images.warmWithoutMs).toFixed(2)} |`,
  );
}

console.log('\nGenerated notes (headings, tables, 20 note links, 5 external links and a dated section each)');
console.log(
  '| notes | build | peak memory | pages | links checked | internal check | per link | search index | first search (gzip) | a note page (HTML, gzip) |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of scaled) {
  console.log(
    `| ${row.notes} | ${seconds(row.buildMs)} | ${row.peakMb.toFixed(0)} MB | ${row.pages} | ${row.links} | ${row.checkMs.toFixed(0)} ms | ${((row.checkMs * 1000) / row.links).toFixed(2)} µs | ${kb(row.indexBytes)} KB | ${kb(row.searchGzip)} KB | ${kb(row.notePageGzip)} KB |`,
  );
}

mkdirSync(join(projectRoot, 'bench'), { recursive: true });
writeFileSync(
  join(projectRoot, 'bench/results.json'),
  `${JSON.stringify({ date: new Date().toISOString(), build: ourBuilds, firstLoad: weights, search, lighthouse, starlight, owner, speed, images, workflows, scale: scaled }, null, 2)}\n`,
);
console.log('\nWrote bench/results.json');
