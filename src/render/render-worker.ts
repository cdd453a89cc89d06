import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';
import type { NoteLinksOptions } from '../notes/link-options.ts';
import { createNoteRenderer } from './note-renderer.ts';

/** A note to render; `digest` names this text with these link options. */
export interface RenderJob {
  id: string;
  body: string;
  file: string;
  digest: string;
  /** Where its page HTML goes, written by the thread, when the note has no images of its own (else it comes back). */
  htmlFile?: string;
}

/** What the pool sends: the link options when they change, then notes to render with them. */
export type WorkerRequest =
  { kind: 'links'; options: Omit<NoteLinksOptions, 'noteIds' | 'pathKind'> & { noteIds: string[] } } | { kind: 'render'; job: RenderJob };

/** One reply per note, in order: a thread renders one note at a time. */
export type WorkerReply = { result: Awaited<ReturnType<ReturnType<typeof createNoteRenderer>>> } | { error: string };

// One renderer per set of link options; the pool sends them before the first note.
let render: ReturnType<typeof createNoteRenderer> | undefined;

parentPort!.on('message', async (request: WorkerRequest) => {
  if (request.kind === 'links') {
    render = createNoteRenderer({ ...request.options, noteIds: new Set(request.options.noteIds) });
    return;
  }
  const { id, body, file, htmlFile } = request.job;
  try {
    const result = await render!(id, body, file);
    // The HTML goes straight to its file: thousands of pages of it need not travel through the loader.
    if (htmlFile && result.page.metadata.imagePaths.length === 0) {
      await mkdir(dirname(htmlFile), { recursive: true });
      await writeFile(htmlFile, result.page.html);
      result.page.html = '';
    }
    parentPort!.postMessage({ result } satisfies WorkerReply);
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies WorkerReply);
  }
});
