import { noteLinkOptions, replaceNoteIds } from '../notes/link-options.ts';
import { listNoteFiles } from '../notes/note-files.ts';
import type { SiteSettings } from '../site.ts';
import { checksCacheIn } from './checks-cache.ts';
import { htmlFileFor, noteDigest, readNoteText, renderContext, splitFrontmatter } from './note-source.ts';
import { renderPoolOf, type RenderJob } from './render-pool.ts';

/**
 * Starts rendering the Markdown notes that changed since the last build as soon as the
 * config is read, on the pool's threads, while Astro is still starting: the loader then
 * takes the results instead of waiting for them. Whatever goes wrong here is left for
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
        jobs.push({ id, body: splitFrontmatter(text, file).body, file, digest, htmlFile: htmlFileFor(cacheDir, digest) });
    } catch {
      // Not UTF-8, bad front matter: the loader says so.
    }
  }
  pool.renderAhead(jobs);
}
