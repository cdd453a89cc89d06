import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { createNoteRenderer } from './note-renderer.ts';
import type { KeptFiles } from './note-source.ts';

/** A note to render; `digest` names this text with these link options. */
export interface RenderJob {
  id: string;
  body: string;
  file: string;
  digest: string;
  /**
   * Where its model links and page HTML go, written here; a note with images of its own hands its
   * HTML back, for Astro's render() to put the optimised images in.
   */
  kept?: KeptFiles;
}

export type RenderResult = Awaited<ReturnType<ReturnType<typeof createNoteRenderer>>>;

/**
 * Renders one note, on a render thread or the main one, and writes what it keeps to its
 * files, where it is handed over: thousands of pages need not travel through the loader.
 */
export async function renderJob(render: ReturnType<typeof createNoteRenderer>, job: RenderJob): Promise<RenderResult> {
  const result = await render(job.id, job.body, job.file);
  if (!job.kept) return result;
  await mkdir(dirname(job.kept.modelLinks), { recursive: true });
  await writeFile(job.kept.modelLinks, JSON.stringify(result.modelLinks));
  result.modelLinks = [];
  if (result.page.metadata.imagePaths.length === 0) {
    await writeFile(job.kept.html, result.page.html);
    result.page.html = '';
  }
  return result;
}
