import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { createNoteRenderer } from './note-renderer.ts';

/** A note to render; `digest` names this text with these link options. */
export interface RenderJob {
  id: string;
  body: string;
  file: string;
  digest: string;
  /** Where its page HTML goes, written here, when the note has no images of its own (else the HTML comes back). */
  htmlFile?: string;
}

export type RenderResult = Awaited<ReturnType<ReturnType<typeof createNoteRenderer>>>;

/** Renders one note, on a render thread or the main one, and writes its page HTML to its file. */
export async function renderJob(render: ReturnType<typeof createNoteRenderer>, job: RenderJob): Promise<RenderResult> {
  const result = await render(job.id, job.body, job.file);
  // The HTML goes straight to its file: thousands of pages of it need not travel through the loader.
  if (job.htmlFile && result.page.metadata.imagePaths.length === 0) {
    await mkdir(dirname(job.htmlFile), { recursive: true });
    await writeFile(job.htmlFile, result.page.html);
    result.page.html = '';
  }
  return result;
}
