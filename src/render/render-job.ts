import { writeFile } from 'node:fs/promises';
import type { KeptFiles } from './kept-files.ts';
import type { NoteRenderer, RenderResult } from './note-renderer.ts';
import { keepsHtmlBeside } from './stored-note.ts';

export type { RenderResult } from './note-renderer.ts';

/** A note to render; `digest` names this text with these link options. */
export interface RenderJob {
  id: string;
  body: string;
  file: string;
  digest: string;
  /**
   * Where its page HTML, model links and links to notes go (a folder the loader made), written here; a note with
   * images of its own also hands its HTML back, for Astro's render() to put the optimised images in.
   */
  kept?: KeptFiles;
}

/**
 * Renders one note, on a render thread or the main one, and writes what it keeps to its
 * files, where it is handed over: thousands of pages need not travel through the loader.
 */
export async function renderJob(render: NoteRenderer, job: RenderJob): Promise<RenderResult> {
  const result = await render(job.id, job.body, job.file);
  if (!job.kept) return result;
  await writeFile(job.kept.html, result.page.html);
  await writeFile(job.kept.modelLinks, JSON.stringify(result.modelLinks));
  await writeFile(job.kept.linksOut, JSON.stringify(result.linksOut));
  result.modelLinks = [];
  result.linksOut = [];
  if (keepsHtmlBeside(result.page.metadata.imagePaths)) result.page.html = '';
  return result;
}
