import { noteLinkOptions, replaceNoteIds } from '../notes/link-options.ts';
import { listNoteFiles } from '../notes/note-files.ts';
import { sharedPerFolder } from '../notes/shared-per-folder.ts';
import type { SiteSettings } from '../site.ts';
import { checksCacheIn } from './checks-cache.ts';
import { keptFilesFor, noteDigest, readNoteText, renderContext, splitFrontmatter } from './note-source.ts';
import { renderPoolOf, type RenderJob } from './render-pool.ts';

/**
 * Starts rendering the Markdown notes that changed since the last build on the pool's
 * threads while Astro is still starting (from its config, or before it loads): the loader
 * then takes the results instead of waiting for them. Whatever goes wrong here is left for
 * the loader, which reads every note again and reports all problems together.
 */
export async function renderAhead(settings: Pick<SiteSettings, 'notesDir' | 'base' | 'sourceRepo'>, cacheDir: string): Promise<void> {
  const files = listNoteFiles(settings.notesDir);
  replaceNoteIds(settings.notesDir, files.keys());
  const pool = renderPoolOf(settings.notesDir);
  pool.setLinks(noteLinkOptions(settings));
  const cache = await checksCacheIn(cacheDir);
  const context = renderContext(settings, files.keys());
  const jobs: RenderJob[] = [];
  for (const [id, file] of files) {
    if (file.endsWith('.mdx')) continue;
    try {
      const text = await readNoteText(file);
      const digest = noteDigest(text, context);
      if (!cache.get(id, digest))
        jobs.push({ id, body: splitFrontmatter(text, file).body, file, digest, kept: keptFilesFor(cacheDir, digest) });
    } catch {
      // Not UTF-8, bad front matter: the loader says so.
    }
  }
  pool.renderAhead(jobs);
}

const early = (notesDir: string) => sharedPerFolder('render-ahead-before-astro', notesDir, () => ({ started: false }));

/**
 * `renderAhead` before Astro has loaded (scripts/render-early.ts, preloaded by `npm run build`),
 * a second or two sooner than its config would start it.
 */
export function renderAheadBeforeAstro(settings: Pick<SiteSettings, 'notesDir' | 'base' | 'sourceRepo'>, cacheDir: string): Promise<void> {
  early(settings.notesDir).started = true;
  return renderAhead(settings, cacheDir);
}

/** Whether this process started rendering the notes before Astro loaded: the build's config then need not. */
export const renderingBeforeAstro = (notesDir: string): boolean => early(notesDir).started;
