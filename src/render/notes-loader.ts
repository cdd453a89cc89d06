import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { VFile } from 'vfile';
import { brokenLinksReport, formatBrokenLink, noteWarningLines, unresolvedLinks } from '../links/broken-links.ts';
import { readModelLinks } from '../models/collect-model-links.ts';
import { readNoteFacts } from '../notes/derive-metadata.ts';
import { parseNote } from '../notes/parse-note.ts';
import { messageOf, NoteError } from '../notes/note-error.ts';
import { noteLinkOptions, replaceNoteIds } from '../notes/link-options.ts';
import { noteReportsOf, type NoteChecks, type NoteReport } from '../notes/note-reports.ts';
import { listNoteFiles } from '../notes/note-files.ts';
import { isContentsPage } from '../notes/note-url.ts';
import { resolveNoteLinks } from '../plugins/remark-note-links.ts';
import type { SiteSettings } from '../site.ts';
import { accessibilityWarnings } from '../notes/read-accessibility.ts';
import { readContents } from '../notes/read-contents.ts';
import type { NoteReading } from './note-renderer.ts';
import { renderingBeforeAstro } from './render-ahead.ts';
import { renderPoolOf, type RenderJob } from './render-pool.ts';
import { checksCacheIn, notesCacheDir } from './checks-cache.ts';
import {
  keptDirIn,
  keptFilesFor,
  noteDigest,
  posix,
  readNoteText,
  renderContext,
  splitFrontmatter,
  type KeptFiles,
} from './note-source.ts';

/**
 * Astro's schema error (`**notes → bad** data does not match…`, then `  **field**: message`)
 * as one line per field, at the line of the front matter that sets it.
 */
function schemaProblems(error: unknown, text: string, file: string): string {
  const shown = posix(relative(process.cwd(), file));
  const lines = text.split('\n');
  const fields = [...messageOf(error).matchAll(/^\s*\*\*([^*]+)\*\*: (.*)$/gm)];
  if (fields.length === 0) return `${shown}: ${messageOf(error).replaceAll('**', '')}`;
  return fields
    .map(([, path = '', message = '']) => {
      const key = path.split('.')[0]!;
      const at = lines.findIndex((line) => line.startsWith(`${key}:`));
      return `${shown}${at === -1 ? '' : `:${at + 1}`} front matter field "${path}": ${message}`;
    })
    .join('\n');
}

/**
 * The notes collection: every note in the notes folder, its front matter checked
 * against the schema, Markdown rendered by our own unified pipeline (on the render
 * pool's threads, started early by scripts/render-early.ts before Astro loads, or by
 * src/integrations/early-render.ts from its config) and cached (metadata in Astro's
 * store, HTML and model links beside it), so a rebuild renders only the notes that changed. MDX
 * notes need Astro's compiler and are rendered with the page. Every note that cannot
 * be published is reported, all in one error, and fails the build. Each note's links
 * (rendered now or cached) are handed to the link check after the build.
 */
export function notesLoader(settings: Pick<SiteSettings, 'notesDir' | 'base' | 'sourceRepo'>): Loader {
  let watching = false;
  const pool = renderPoolOf(settings.notesDir);

  async function load(loader: LoaderContext): Promise<void> {
    const { store, parseData, config, logger, watcher } = loader;
    if (watcher && !watching) {
      // In `npm run dev`, a note added, changed or removed is loaded again (the cache keeps the rest),
      // also after a load that failed, so fixing the note is enough.
      watching = true;
      watcher.add(settings.notesDir);
      const reload = (path: string) => {
        if (path.startsWith(settings.notesDir + sep) && /\.mdx?$/i.test(path)) {
          load(loader).catch((error) => logger.error(messageOf(error)));
        }
      };
      for (const event of ['add', 'change', 'unlink'] as const) watcher.on(event, reload);
    }

    const started = performance.now();
    const files = listNoteFiles(settings.notesDir);
    const noteIds = new Set(files.keys());
    // MDX notes, compiled with the pipeline configured in astro.config.mjs, link the notes there are now.
    replaceNoteIds(settings.notesDir, noteIds);
    const linkOptions = noteLinkOptions(settings);
    const reports = noteReportsOf(settings.notesDir);
    const renderedReports: NoteReport[] = [];
    // A note renders differently when the set of notes or the link settings change: that is part of its digest.
    const context = renderContext(settings, noteIds);
    const root = fileURLToPath(config.root);
    const cacheDir = notesCacheDir(config.cacheDir);
    const cache = await checksCacheIn(cacheDir);
    /** A note just read: its checks kept for the next build and for the checks after this one. */
    const keep = (id: string, file: string, digest: string, checks: NoteChecks) => {
      cache.set(id, digest, checks);
      const report = { file, ...checks };
      reports.set(id, report);
      renderedReports.push(report);
    };
    const keptDir = keptDirIn(cacheDir);
    await mkdir(keptDir, { recursive: true });
    /** The files an entry's note keeps beside the store: its model links, and its page HTML unless it has images of its own. */
    const keptFilesOf = (entry: { rendered?: { metadata?: Record<string, unknown> } } | undefined) =>
      [entry?.rendered?.metadata?.htmlFile, entry?.rendered?.metadata?.modelLinksFile].filter((path) => typeof path === 'string');
    const untouched = new Set(store.keys());
    const problems: string[] = [];
    /** Markdown notes to render on the pool's threads, all at once, in order, with what their entries need. */
    const toRender: { job: RenderJob & { kept: KeptFiles }; data: Record<string, unknown>; filePath: string }[] = [];
    pool.setLinks(linkOptions);

    for (const [id, file] of files) {
      untouched.delete(id);
      try {
        const text = await readNoteText(file);
        const digest = noteDigest(text, context);
        const existing = store.get(id);
        const cached = existing?.digest === digest ? cache.get(id, digest) : undefined;
        if (existing && cached && keptFilesOf(existing).every((path) => existsSync(path))) {
          if (existing.deferredRender && existing.filePath) store.addModuleImport(existing.filePath);
          reports.set(id, { file, ...cached });
          continue;
        }
        const { data, body } = splitFrontmatter(text, file);
        const parsed = await parseData({ id, data, filePath: file }).catch((error: unknown) => {
          throw new NoteError(schemaProblems(error, text, file));
        });
        const filePath = posix(relative(root, file));
        if (file.endsWith('.mdx')) {
          const tree = parseNote(body, true);
          // Read before the links are resolved, as the renderer does.
          const note: NoteReading = { facts: readNoteFacts(tree, id) };
          const { modelLinks: modelLinksFile } = keptFilesFor(cacheDir, digest);
          await writeFile(modelLinksFile, JSON.stringify(readModelLinks(tree)));
          const warnings = accessibilityWarnings(tree);
          const checks = { links: resolveNoteLinks(tree, new VFile({ path: file, value: body }), linkOptions), warnings };
          if (isContentsPage(id)) note.contents = readContents(tree);
          // Rendered with the page by Astro's MDX compiler; what we read of it travels in `rendered.metadata` and beside the store.
          store.set({
            id,
            data: parsed,
            filePath,
            digest,
            deferredRender: true,
            rendered: { html: '', metadata: { note, modelLinksFile } },
          });
          keep(id, file, digest, checks);
        } else {
          toRender.push({ job: { id, body, file, digest, kept: keptFilesFor(cacheDir, digest) }, data: parsed, filePath });
        }
      } catch (error) {
        problems.push(messageOf(error));
      }
    }
    // Settled at once, so a note that fails while an earlier one is awaited is not an unhandled rejection.
    const results = pool.renderAll(toRender.map(({ job }) => job)).map((result) => result.catch((error: unknown) => ({ error })));
    for (const [index, { job, ...entry }] of toRender.entries()) {
      const { id, file, digest, kept } = job;
      const rendered = await results[index]!;
      if ('error' in rendered) {
        problems.push(messageOf(rendered.error));
        continue;
      }
      const { page, checks } = rendered;
      // The thread wrote the model links and the HTML beside the store, and the pages read them there.
      // Notes with images of their own keep their HTML in the store, where Astro's render() puts the
      // optimised images in.
      if (page.metadata.imagePaths.length === 0) {
        store.set({
          id,
          ...entry,
          digest,
          rendered: { html: '', metadata: { ...page.metadata, htmlFile: kept.html, modelLinksFile: kept.modelLinks } },
        });
      } else {
        const metadata = { ...page.metadata, modelLinksFile: kept.modelLinks };
        store.set({ id, ...entry, digest, rendered: { ...page, metadata }, assetImports: page.metadata.imagePaths });
      }
      keep(id, file, digest, checks);
    }
    pool.forgetAhead();
    const threads =
      (pool.threadsUsed === 0 ? 'the main thread' : `${pool.threadsUsed} thread${pool.threadsUsed === 1 ? '' : 's'}`) +
      (pool.takenAhead > 0 && renderingBeforeAstro(settings.notesDir) ? ', started before Astro loaded' : '');
    // A build renders nothing more: the threads' memory is free for the pages; `npm run dev` keeps them.
    if (!watcher) await pool.close();
    for (const id of untouched) {
      store.delete(id);
      reports.delete(id);
      cache.delete(id);
    }
    await cache.save();
    // Kept files no entry refers to any more go: a note changed or removed, a store cleared when the settings
    // changed. Not while `npm run dev` runs, where a page may still be served from the entry it replaced.
    if (!watcher) {
      const kept = new Set([...store.values()].flatMap((entry) => keptFilesOf(entry)));
      for (const name of await readdir(keptDir)) if (!kept.has(join(keptDir, name))) await rm(join(keptDir, name), { force: true });
    }
    if (problems.length > 0) {
      // The build stops here, so its broken links are reported now, in the same run.
      const broken = unresolvedLinks(reports.values());
      throw new NoteError(
        `${problems.length} of ${files.size} notes cannot be published:\n${problems.join('\n')}` +
          (broken.length > 0 ? `\n\n${brokenLinksReport(broken, [])}` : ''),
      );
    }
    const took = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    logger.info(
      `${files.size} notes in ${took}: ${renderedReports.length} rendered (on ${threads}), ${files.size - renderedReports.length} unchanged`,
    );
    // In `npm run dev` nothing checks the built site: say at once what a note just saved breaks.
    if (watcher) {
      for (const link of unresolvedLinks(renderedReports)) logger.warn(formatBrokenLink(link));
      for (const line of noteWarningLines(renderedReports)) logger.warn(line);
    }
  }

  return { name: 'lora-notes', load };
}
