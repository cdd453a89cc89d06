/**
 * Build speed side by side, on the same notes in the same run: our site and Starlight
 * on 1,000 generated notes, cold (no content cache) and warm (one note changed), and
 * on the 1 MB note of the build tests; beside them the floor of the stack: a bare Astro
 * page over the same unified plugins (`remark-gfm`, `rehype-slug`), and those plugins in a
 * plain Node loop.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { generateNotes, largeNote } from '../generate-notes.ts';
import { measureBuild, type BuildMeasure } from './measure-build.ts';
import { median } from './search-cost.ts';
import { prepareStarlight } from './starlight.ts';

export interface SpeedCase {
  /** Our site, Starlight and a bare Astro page: a cold build, then one with a note changed. */
  ours: { cold: BuildMeasure; warm: BuildMeasure };
  starlight: { cold: BuildMeasure; warm: BuildMeasure } | undefined;
  bare: BuildMeasure;
  /** The same notes through remark-parse, remark-gfm, remark-rehype, rehype-slug, rehype-stringify in one process. */
  unifiedMs: number;
}

export interface BuildSpeed {
  notes: number;
  generated: SpeedCase;
  largeNote: SpeedCase;
}

const BARE_CONFIG = `import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import rehypeSlug from 'rehype-slug';
export default defineConfig({
  markdown: { syntaxHighlight: false, processor: unified({ remarkPlugins: [remarkGfm], rehypePlugins: [rehypeSlug], gfm: false, smartypants: false }) },
});
`;
const BARE_PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('notes')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="en"><head><title>{Astro.props.entry.id}</title></head><body><Content /></body></html>
`;

/** A bare Astro project over the notes folder, inside the project so it resolves our node_modules. */
function prepareBare(root: string, notesDir: string): void {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src/pages'), { recursive: true });
  writeFileSync(join(root, 'package.json'), '{ "private": true, "type": "module" }\n');
  writeFileSync(join(root, 'astro.config.mjs'), BARE_CONFIG);
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n` +
      `export const collections = { notes: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(notesDir)} }) }) };\n`,
  );
  writeFileSync(join(root, 'src/pages/[...id].astro'), BARE_PAGE);
}

function plainUnified(notesDir: string): number {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeSlug).use(rehypeStringify);
  const texts = readdirSync(notesDir)
    .filter((file) => file.endsWith('.md'))
    .map((file) => readFileSync(join(notesDir, file), 'utf8'));
  const start = performance.now();
  for (const text of texts) processor.processSync(text);
  return performance.now() - start;
}

/** Builds on this shared machine vary by a fifth from one run to the next: each figure is the median of three. */
const RUNS = 3;

const medianMeasure = (measures: BuildMeasure[]): BuildMeasure => ({
  ms: median(measures.map((measure) => measure.ms)),
  peakMb: median(measures.map((measure) => measure.peakMb)),
});

/** Cold builds (the content cache removed first), each followed by one after a line was added to `changed`. */
export function coldAndWarm(root: string, cacheDir: string, changed: string, env: Record<string, string>): { cold: BuildMeasure; warm: BuildMeasure } {
  const colds: BuildMeasure[] = [];
  const warms: BuildMeasure[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    rmSync(cacheDir, { recursive: true, force: true });
    colds.push(measureBuild(root, env));
    appendFileSync(changed, '\nOne more line, so this note changed.\n');
    warms.push(measureBuild(root, env));
  }
  return { cold: medianMeasure(colds), warm: medianMeasure(warms) };
}

async function measureCase(
  projectRoot: string,
  work: string,
  name: string,
  notesDir: string,
  changedNote: string,
  withStarlight: boolean,
): Promise<SpeedCase> {
  const ours = coldAndWarm(projectRoot, join(projectRoot, 'node_modules/.astro'), join(notesDir, changedNote), {
    NOTES_DIR: notesDir,
    OUT_DIR: join(work, `${name}-dist`),
  });
  let starlight: SpeedCase['starlight'];
  if (withStarlight) {
    const root = prepareStarlight(work, notesDir);
    starlight = coldAndWarm(root, join(root, 'node_modules/.astro'), join(root, 'src/content/docs', changedNote), {});
  }
  const bareRoot = join(projectRoot, '.cache/bench-bare');
  prepareBare(bareRoot, notesDir);
  const bare = medianMeasure(
    Array.from({ length: RUNS }, () => {
      rmSync(join(bareRoot, 'node_modules'), { recursive: true, force: true }); // its content cache: cold each time
      return measureBuild(bareRoot, {});
    }),
  );
  rmSync(bareRoot, { recursive: true, force: true });
  return { ours, starlight, bare, unifiedMs: plainUnified(notesDir) };
}

export async function measureBuildSpeed(projectRoot: string, work: string, count: number, withStarlight: boolean): Promise<BuildSpeed> {
  const generated = join(work, `speed-${count}`);
  rmSync(generated, { recursive: true, force: true });
  generateNotes(count, generated);
  const large = join(work, 'speed-large');
  rmSync(large, { recursive: true, force: true });
  mkdirSync(large, { recursive: true });
  writeFileSync(join(large, 'big.md'), largeNote());
  return {
    notes: count,
    generated: await measureCase(projectRoot, work, 'generated', generated, 'note-00001.md', withStarlight),
    largeNote: await measureCase(projectRoot, work, 'large', large, 'big.md', withStarlight),
  };
}
