import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { BuildContext } from '../build/build-context.ts';
import { factsHold } from '../notes/folder-facts.ts';
import { brokenLinksReport, formatBrokenLink, unresolvedLinks } from '../links/broken-links.ts';
import { noteWarningLines } from '../notes/note-warning-lines.ts';
import type { NoteReport } from '../notes/note-reports.ts';
import { isNotePath, listNoteFiles } from '../notes/note-files.ts';
import { readNoteFile, splitFrontmatter } from '../notes/read-note-file.ts';
import { messageOf, NoteError } from '../util/note-error.ts';
import { posixPath } from '../util/posix-path.ts';
import { ChecksCache, type CachedChecks } from './checks-cache.ts';
import { digestOfKeptFile, keptDirIn, keptFilesExist, keptFilesFor, notesCacheDir, type KeptFiles } from './kept-files.ts';
import { noteDigest, renderSettingsDigest } from './note-digest.ts';
import { problemIn } from './note-problem.ts';
import { readMdxNote } from './read-mdx-note.ts';
import { RenderPool } from './render-pool.ts';
import type { RenderResult } from './render-job.ts';
import { RENDERER_ENTRIES, rendererVersion as versionOf } from './renderer-version.ts';
import { schemaProblems } from './schema-problems.ts';
import { keepsHtmlBeside, renderedEntry, type StoredNoteMetadata } from './stored-note.ts';
import { plural } from '../util/plural.ts';

type Store = LoaderContext['store'];

/** A note file read: its text and the digest that names its rendering. */
interface ReadNote {
  id: string;
  file: string;
  /** Its path from the project root, as Astro's entries keep it. */
  filePath: string;
  text: string;
  digest: string;
}

/** A note whose front matter passed the schema, to render (Markdown) or read (MDX). */
interface CheckedNote extends ReadNote {
  data: Record<string, unknown>;
  body: string;
  kept: KeptFiles;
}

/** What one load learns, stage by stage: the notes it renders, and every problem, reported together at the end. */
interface LoadRun {
  store: Store;
  /** The project root, which entries' file paths are relative to. */
  root: string;
  /** Our part of Astro's cache folder. */
  cacheDir: string;
  /** The version of the code that renders (src/render/renderer-version.ts). */
  rendererVersion: string;
  checks: ChecksCache;
  reports: Map<string, NoteReport>;
  /** The reports of the notes rendered or read in this load (not those reused from the cache). */
  fresh: NoteReport[];
  problems: string[];
}

/** Stage 1, list: every note of the notes folder and its workflows; the build context learns the notes and workflows there are. */
async function listNotes(context: BuildContext): Promise<Map<string, string>> {
  const files = listNoteFiles(context.settings.notesDir);
  context.setNoteIds(files.keys());
  await context.workflows();
  return files;
}

/** Stage 2, read and digest: each note's text (UTF-8 or a problem), named by its text and what every note renders from. */
async function readNotes(files: Map<string, string>, context: BuildContext, run: LoadRun): Promise<ReadNote[]> {
  const renderSettings = renderSettingsDigest(context.settings, run.rendererVersion);
  const read: ReadNote[] = [];
  for (const [id, file] of files) {
    try {
      const text = await readNoteFile(file);
      const digest = noteDigest(text, posixPath(relative(context.settings.notesDir, file)), renderSettings);
      read.push({ id, file, filePath: posixPath(relative(run.root, file)), text, digest });
    } catch (error) {
      run.problems.push(problemIn(file, error));
    }
  }
  return read;
}

/** The notes whose renderings can be used again, and those that render. */
interface Reuse {
  /** Kept, but not in Astro's store as they are (Astro cleared its store, or the note's file moved): stored again from what they keep. */
  restore: ReadNote[];
  render: ReadNote[];
}

/**
 * Stage 3, reuse the cached: a note is not rendered again while its digest (its text, its path in the
 * notes folder and the renderer) is the same, every answer its render had from the notes folder still
 * holds, and what it keeps is there. Where Astro's store has it as it is, it stays; else its entry is
 * made again from what it keeps (Astro clears its store when its config changes, and the config names
 * the project's folder, so a moved project or a cache restored elsewhere still renders nothing).
 */
function reuseCached(notes: ReadNote[], context: BuildContext, run: LoadRun): Reuse {
  const links = context.linkOptions();
  const reuse: Reuse = { restore: [], render: [] };
  for (const note of notes) {
    const { id, file, filePath, digest } = note;
    const cached = run.checks.get(id, digest);
    if (!cached || !keptFilesExist(keptFilesFor(run.cacheDir, digest), isMdx(file)) || !factsHold(cached.folderFacts, links)) {
      reuse.render.push(note);
      continue;
    }
    run.reports.set(id, { file, links: cached.links, warnings: cached.warnings });
    const existing = run.store.get(id);
    if (existing?.digest !== digest || existing.filePath !== filePath) reuse.restore.push(note);
    else if (existing.deferredRender) run.store.addModuleImport(filePath);
  }
  return reuse;
}

/** Stage 4, check front matter: valid YAML that the schema accepts, or one problem line per field. */
async function checkFrontmatter(notes: ReadNote[], loader: LoaderContext, run: LoadRun): Promise<CheckedNote[]> {
  const checked: CheckedNote[] = [];
  for (const note of notes) {
    try {
      const { data, body } = splitFrontmatter(note.text, note.file);
      const parsed = await loader.parseData({ id: note.id, data, filePath: note.file }).catch((error: unknown) => {
        throw new NoteError(schemaProblems(error, note.text, note.file));
      });
      checked.push({ ...note, data: parsed, body, kept: keptFilesFor(run.cacheDir, note.digest) });
    } catch (error) {
      run.problems.push(problemIn(note.file, error));
    }
  }
  return checked;
}

const isMdx = (file: string): boolean => file.endsWith('.mdx');

/**
 * A note's entry in Astro's store, from what its rendering keeps: an MDX note's page is compiled with it,
 * a Markdown note's HTML is in the store only where it has images of its own. Astro's store keeps an
 * entry whose digest it has, and a note renders again under the same digest when an answer from its
 * folder changed, so the old entry goes first.
 */
function storeNote(note: CheckedNote, metadata: StoredNoteMetadata, html: string, run: LoadRun): void {
  const { id, data, filePath, digest } = note;
  run.store.delete(id);
  if (isMdx(note.file)) {
    run.store.set({ id, data, filePath, digest, deferredRender: true, rendered: renderedEntry(metadata, '') });
    return;
  }
  const images = metadata.imagePaths ?? [];
  run.store.set({
    id,
    data,
    filePath,
    digest,
    rendered: renderedEntry(metadata, html),
    ...(images.length > 0 ? { assetImports: images } : {}),
  });
}

/** A note rendered or read: its entry stored, and its checks kept for the next build and for the checks after this one. */
async function keepNote(note: CheckedNote, metadata: StoredNoteMetadata, html: string, checks: CachedChecks, run: LoadRun): Promise<void> {
  await writeFile(note.kept.metadata, JSON.stringify(metadata));
  storeNote(note, metadata, html, run);
  run.checks.set(note.id, note.digest, checks);
  const report = { file: note.file, links: checks.links, warnings: checks.warnings };
  run.reports.set(note.id, report);
  run.fresh.push(report);
}

/** Stage 5a, restore: the entries of notes whose renderings are kept, made again without rendering. */
async function restoreNotes(notes: CheckedNote[], run: LoadRun): Promise<void> {
  for (const note of notes) {
    const metadata = JSON.parse(await readFile(note.kept.metadata, 'utf8')) as StoredNoteMetadata;
    const html = metadata.htmlKept || isMdx(note.file) ? '' : await readFile(note.kept.html, 'utf8');
    storeNote(note, metadata, html, run);
  }
}

/** Stage 5b, read MDX: Astro's compiler renders it with its page; what we read of it travels in `rendered.metadata` and beside the store. */
async function readMdxNotes(notes: CheckedNote[], context: BuildContext, run: LoadRun): Promise<void> {
  for (const note of notes) {
    try {
      const {
        note: reading,
        checks,
        modelLinks,
        linksOut,
        folderFacts,
      } = readMdxNote(note.id, note.body, note.file, context.linkOptions());
      await writeFile(note.kept.modelLinks, JSON.stringify(modelLinks));
      await writeFile(note.kept.linksOut, JSON.stringify(linksOut));
      await keepNote(note, { note: reading, digest: note.digest, htmlKept: false }, '', { ...checks, folderFacts }, run);
    } catch (error) {
      run.problems.push(problemIn(note.file, error));
    }
  }
}

/**
 * Stage 5c, render Markdown (on the pool), and store each page: the render wrote its model links and HTML
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
    const { html, metadata: page } = result.page;
    const { headings, imagePaths, note: reading } = page;
    const metadata: StoredNoteMetadata = {
      note: reading,
      digest: note.digest,
      htmlKept: keepsHtmlBeside(imagePaths),
      headings,
      imagePaths,
    };
    await keepNote(note, metadata, html, { ...result.checks, folderFacts: result.folderFacts }, run);
  }
  await done;
  return threads === 0 ? 'the main thread' : plural(threads, 'thread');
}

/**
 * Stage 6, clean up: entries of notes that are gone, and kept files no note's rendering is named by any
 * more (a note changed or removed). Kept files stay while `npm run dev` runs, where a page may still be
 * served from the entry a change replaced.
 */
async function cleanUp(files: Map<string, string>, run: LoadRun, dev: boolean): Promise<void> {
  for (const id of new Set([...run.store.keys(), ...run.checks.ids()])) {
    if (files.has(id)) continue;
    run.store.delete(id);
    run.reports.delete(id);
    run.checks.delete(id);
  }
  await run.checks.save();
  if (dev) return;
  const keptDir = keptDirIn(run.cacheDir);
  const digests = run.checks.digests();
  for (const name of await readdir(keptDir)) if (!digests.has(digestOfKeptFile(name))) await rm(join(keptDir, name), { force: true });
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

/** The loader's name, by which it asks Astro to run it again. */
const NOTES_LOADER = 'lora-notes';

/**
 * The notes collection: every note in the notes folder, its front matter checked against the schema,
 * Markdown rendered by our own unified pipeline and cached (metadata in Astro's store, HTML and model
 * links beside it), so a rebuild renders only the notes that changed. MDX notes need Astro's compiler
 * and are rendered with the page. Every note that cannot be published is reported, all in one error,
 * and fails the build. Each note's report goes to the build context, for the checks after the build.
 * One loader per build context: in `npm run dev` Astro evaluates src/content.config.ts again whenever a
 * note is saved, and the loader's watcher, renderer and checks must outlive that.
 */
export function notesLoader(context: BuildContext): Loader {
  return (context.notesLoader ??= newNotesLoader(context));
}

function newNotesLoader(context: BuildContext): Loader {
  const pool = new RenderPool();
  let checks: Promise<ChecksCache> | undefined;
  let rendererVersion: string | undefined;
  let watching = false;

  /** In `npm run dev`, a note added, changed or removed is loaded again, also after a load that failed. */
  function watch(loader: LoaderContext): void {
    const { watcher, logger } = loader;
    if (!watcher || watching) return;
    watching = true;
    const { notesDir } = context.settings;
    watcher.add(notesDir);
    const reload = (path: string) => {
      if (path.startsWith(notesDir + sep) && isNotePath(relative(notesDir, path)))
        (context.refreshContent?.({ loaders: [NOTES_LOADER] }) ?? load(loader)).catch((error) => logger.error(messageOf(error)));
    };
    for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
  }

  async function load(loader: LoaderContext): Promise<void> {
    watch(loader);
    const started = performance.now();
    const cacheDir = notesCacheDir(fileURLToPath(loader.config.cacheDir));
    await mkdir(keptDirIn(cacheDir), { recursive: true });
    const run: LoadRun = {
      store: loader.store,
      root: fileURLToPath(loader.config.root),
      cacheDir,
      rendererVersion: (rendererVersion ??= versionOf(RENDERER_ENTRIES)),
      checks: await (checks ??= ChecksCache.open(cacheDir)),
      reports: context.reports,
      fresh: [],
      problems: [],
    };
    const files = await listNotes(context);
    const reuse = reuseCached(await readNotes(files, context, run), context, run);
    await restoreNotes(await checkFrontmatter(reuse.restore, loader, run), run);
    const changed = await checkFrontmatter(reuse.render, loader, run);
    await readMdxNotes(
      changed.filter((note) => isMdx(note.file)),
      context,
      run,
    );
    const where = await renderMarkdownNotes(
      changed.filter((note) => !isMdx(note.file)),
      pool,
      context,
      run,
    );
    await cleanUp(files, run, Boolean(loader.watcher));
    report(files, run, loader, started, where);
  }

  return { name: NOTES_LOADER, load };
}
