import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { BuildContext } from '../build/build-context.ts';
import { brokenLinksReport, formatBrokenLink, noteWarningLines, unresolvedLinks } from '../links/broken-links.ts';
import type { NoteChecks, NoteReport } from '../notes/note-reports.ts';
import { listNoteFiles } from '../notes/note-files.ts';
import { readNoteFile, splitFrontmatter } from '../notes/read-note-file.ts';
import { messageOf, NoteError } from '../util/note-error.ts';
import { posixPath } from '../util/posix-path.ts';
import { ChecksCache } from './checks-cache.ts';
import { keptDirIn, keptFilesFor, notesCacheDir, type KeptFiles } from './kept-files.ts';
import { linkSettingsDigest, noteDigest } from './note-digest.ts';
import { problemIn } from './note-problem.ts';
import { readMdxNote } from './read-mdx-note.ts';
import { RenderPool } from './render-pool.ts';
import type { RenderResult } from './render-job.ts';
import { schemaProblems } from './schema-problems.ts';

type Store = LoaderContext['store'];
type StoredEntry = NonNullable<ReturnType<Store['get']>>;

/** A note file read: its text and the digest that names its rendering. */
interface ReadNote {
  id: string;
  file: string;
  text: string;
  digest: string;
}

/** A note whose front matter passed the schema, to render (Markdown) or read (MDX). */
interface CheckedNote extends ReadNote {
  data: Record<string, unknown>;
  body: string;
  /** Its path from the project root, as Astro's entries keep it. */
  filePath: string;
  kept: KeptFiles;
}

/** What one load learns, stage by stage: the notes it renders, and every problem, reported together at the end. */
interface LoadRun {
  store: Store;
  cacheDir: string;
  checks: ChecksCache;
  reports: Map<string, NoteReport>;
  /** The reports of the notes rendered or read in this load (not those reused from the cache). */
  fresh: NoteReport[];
  problems: string[];
}

/** The files an entry keeps beside the store: its links to models and notes, and its page HTML unless it has images of its own. */
const keptFilesOf = (entry: StoredEntry | undefined): string[] =>
  [entry?.rendered?.metadata?.htmlFile, entry?.rendered?.metadata?.modelLinksFile, entry?.rendered?.metadata?.linksOutFile].filter(
    (path) => typeof path === 'string',
  );

/** Stage 1, list: every note of the notes folder and its workflows; the build context learns the notes and workflows there are. */
async function listNotes(context: BuildContext): Promise<Map<string, string>> {
  const files = listNoteFiles(context.settings.notesDir);
  context.setNoteIds(files.keys());
  await context.workflows();
  return files;
}

/** Stage 2, read and digest: each note's text (UTF-8 or a problem), named by its text and what every note renders from. */
async function readNotes(files: Map<string, string>, context: BuildContext, run: LoadRun): Promise<ReadNote[]> {
  const linkSettings = linkSettingsDigest(context.settings, files.keys(), context.linkOptions().workflows ?? []);
  const read: ReadNote[] = [];
  for (const [id, file] of files) {
    try {
      const text = await readNoteFile(file);
      read.push({ id, file, text, digest: noteDigest(text, linkSettings) });
    } catch (error) {
      run.problems.push(problemIn(file, error));
    }
  }
  return read;
}

/** Stage 3, reuse the cached: a note whose digest, checks and kept files are all still there is not rendered again. */
function reuseCached(notes: ReadNote[], run: LoadRun): ReadNote[] {
  return notes.filter(({ id, file, digest }) => {
    const existing = run.store.get(id);
    const cached = existing?.digest === digest ? run.checks.get(id, digest) : undefined;
    if (!existing || !cached || !keptFilesOf(existing).every((path) => existsSync(path))) return true;
    if (existing.deferredRender && existing.filePath) run.store.addModuleImport(existing.filePath);
    run.reports.set(id, { file, ...cached });
    return false;
  });
}

/** Stage 4, check front matter: valid YAML that the schema accepts, or one problem line per field. */
async function checkFrontmatter(notes: ReadNote[], loader: LoaderContext, run: LoadRun): Promise<CheckedNote[]> {
  const root = fileURLToPath(loader.config.root);
  const checked: CheckedNote[] = [];
  for (const note of notes) {
    try {
      const { data, body } = splitFrontmatter(note.text, note.file);
      const parsed = await loader.parseData({ id: note.id, data, filePath: note.file }).catch((error: unknown) => {
        throw new NoteError(schemaProblems(error, note.text, note.file));
      });
      const filePath = posixPath(relative(root, note.file));
      checked.push({ ...note, data: parsed, body, filePath, kept: keptFilesFor(run.cacheDir, note.digest) });
    } catch (error) {
      run.problems.push(problemIn(note.file, error));
    }
  }
  return checked;
}

/** A note rendered or read: its checks kept for the next build and for the checks after this one. */
function keepChecks(note: CheckedNote, checks: NoteChecks, run: LoadRun): void {
  run.checks.set(note.id, note.digest, checks);
  const report = { file: note.file, ...checks };
  run.reports.set(note.id, report);
  run.fresh.push(report);
}

/** Stage 5a, read MDX: Astro's compiler renders it with its page; what we read of it travels in `rendered.metadata` and beside the store. */
async function readMdxNotes(notes: CheckedNote[], context: BuildContext, run: LoadRun): Promise<void> {
  for (const note of notes) {
    try {
      const { note: reading, checks, modelLinks, linksOut } = readMdxNote(note.id, note.body, note.file, context.linkOptions());
      await writeFile(note.kept.modelLinks, JSON.stringify(modelLinks));
      await writeFile(note.kept.linksOut, JSON.stringify(linksOut));
      const { id, data, filePath, digest } = note;
      const metadata = { note: reading, modelLinksFile: note.kept.modelLinks, linksOutFile: note.kept.linksOut };
      run.store.set({ id, data, filePath, digest, deferredRender: true, rendered: { html: '', metadata } });
      keepChecks(note, checks, run);
    } catch (error) {
      run.problems.push(problemIn(note.file, error));
    }
  }
}

/**
 * Stage 5b, render Markdown (on the pool), and store each page: the render wrote its model links and HTML
 * beside the store, where the pages read them. A note with images of its own keeps its HTML in the store,
 * where Astro's render() puts the optimised images in.
 */
async function renderMarkdownNotes(notes: CheckedNote[], pool: RenderPool, context: BuildContext, run: LoadRun): Promise<string> {
  const jobs = notes.map(({ id, body, file, digest, kept }) => ({ id, body, file, digest, kept }));
  const { results, threads, done } = pool.render(jobs, context.linkOptions());
  for (const [index, note] of notes.entries()) {
    let result: RenderResult;
    try {
      result = await results[index]!;
    } catch (error) {
      run.problems.push(problemIn(note.file, error));
      continue;
    }
    const { id, data, filePath, digest, kept } = note;
    const { page } = result;
    if (page.metadata.imagePaths.length === 0) {
      const metadata = { ...page.metadata, htmlFile: kept.html, modelLinksFile: kept.modelLinks, linksOutFile: kept.linksOut };
      run.store.set({ id, data, filePath, digest, rendered: { html: '', metadata } });
    } else {
      const metadata = { ...page.metadata, modelLinksFile: kept.modelLinks, linksOutFile: kept.linksOut };
      run.store.set({ id, data, filePath, digest, rendered: { ...page, metadata }, assetImports: page.metadata.imagePaths });
    }
    keepChecks(note, result.checks, run);
  }
  await done;
  return threads === 0 ? 'the main thread' : `${threads} thread${threads === 1 ? '' : 's'}`;
}

/**
 * Stage 6, clean up: entries of notes that are gone, and kept files no entry refers to any more (a note
 * changed or removed, a store cleared when the settings changed). Kept files stay while `npm run dev`
 * runs, where a page may still be served from the entry a change replaced.
 */
async function cleanUp(files: Map<string, string>, run: LoadRun, dev: boolean): Promise<void> {
  for (const id of [...run.store.keys()].filter((id) => !files.has(id))) {
    run.store.delete(id);
    run.reports.delete(id);
    run.checks.delete(id);
  }
  await run.checks.save();
  if (dev) return;
  const keptDir = keptDirIn(run.cacheDir);
  const kept = new Set([...run.store.values()].flatMap((entry) => keptFilesOf(entry)));
  for (const name of await readdir(keptDir)) if (!kept.has(join(keptDir, name))) await rm(join(keptDir, name), { force: true });
}

/** Stage 7, report: every note that cannot be published in one error (with the broken links, as the build stops), else one line. */
function report(files: Map<string, string>, run: LoadRun, loader: LoaderContext, started: number, where: string): void {
  if (run.problems.length > 0) {
    const broken = unresolvedLinks(run.reports.values());
    throw new NoteError(
      `${run.problems.length} of ${files.size} notes cannot be published:\n${run.problems.join('\n')}` +
        (broken.length > 0 ? `\n\n${brokenLinksReport(broken, [])}` : ''),
    );
  }
  const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const rendered = run.fresh.length;
  loader.logger.info(`${files.size} notes in ${took}: ${rendered} rendered (on ${where}), ${files.size - rendered} unchanged`);
  // In `npm run dev` nothing checks the built site: say at once what a note just saved breaks.
  if (loader.watcher) {
    for (const link of unresolvedLinks(run.fresh)) loader.logger.warn(formatBrokenLink(link));
    for (const line of noteWarningLines(run.fresh)) loader.logger.warn(line);
  }
}

/**
 * The notes collection: every note in the notes folder, its front matter checked against the schema,
 * Markdown rendered by our own unified pipeline and cached (metadata in Astro's store, HTML and model
 * links beside it), so a rebuild renders only the notes that changed. MDX notes need Astro's compiler
 * and are rendered with the page. Every note that cannot be published is reported, all in one error,
 * and fails the build. Each note's report goes to the build context, for the checks after the build.
 */
export function notesLoader(context: BuildContext): Loader {
  const pool = new RenderPool();
  let checks: Promise<ChecksCache> | undefined;
  let watching = false;

  /** In `npm run dev`, a note added, changed or removed is loaded again, also after a load that failed. */
  function watch(loader: LoaderContext): void {
    const { watcher, logger } = loader;
    if (!watcher || watching) return;
    watching = true;
    const { notesDir } = context.settings;
    watcher.add(notesDir);
    const reload = (path: string) => {
      if (path.startsWith(notesDir + sep) && /\.mdx?$/i.test(path)) load(loader).catch((error) => logger.error(messageOf(error)));
    };
    for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
  }

  async function load(loader: LoaderContext): Promise<void> {
    watch(loader);
    const started = performance.now();
    const cacheDir = notesCacheDir(loader.config.cacheDir);
    await mkdir(keptDirIn(cacheDir), { recursive: true });
    const run: LoadRun = {
      store: loader.store,
      cacheDir,
      checks: await (checks ??= ChecksCache.open(cacheDir)),
      reports: context.reports,
      fresh: [],
      problems: [],
    };
    const files = await listNotes(context);
    const changed = await checkFrontmatter(reuseCached(await readNotes(files, context, run), run), loader, run);
    await readMdxNotes(
      changed.filter((note) => note.file.endsWith('.mdx')),
      context,
      run,
    );
    const where = await renderMarkdownNotes(
      changed.filter((note) => !note.file.endsWith('.mdx')),
      pool,
      context,
      run,
    );
    await cleanUp(files, run, Boolean(loader.watcher));
    report(files, run, loader, started, where);
  }

  return { name: 'lora-notes', load };
}
