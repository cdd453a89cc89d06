import { parentPort } from 'node:worker_threads';
import type { NoteLinksOptions } from '../notes/link-options.ts';
import { messageOf } from '../notes/note-error.ts';
import { createNoteRenderer } from './note-renderer.ts';
import { renderJob, type RenderJob, type RenderResult } from './render-job.ts';

/** What the pool sends: the link options when they change, then notes to render with them. */
export type WorkerRequest =
  { kind: 'links'; options: Omit<NoteLinksOptions, 'noteIds' | 'pathKind'> & { noteIds: string[] } } | { kind: 'render'; job: RenderJob };

/** One reply per note, in order: a thread renders one note at a time. */
export type WorkerReply = { result: RenderResult } | { error: string };

// One renderer per set of link options; the pool sends them before the first note.
let render: ReturnType<typeof createNoteRenderer> | undefined;

parentPort!.on('message', async (request: WorkerRequest) => {
  if (request.kind === 'links') {
    render = createNoteRenderer({ ...request.options, noteIds: new Set(request.options.noteIds) });
    return;
  }
  try {
    parentPort!.postMessage({ result: await renderJob(render!, request.job) } satisfies WorkerReply);
  } catch (error) {
    parentPort!.postMessage({ error: messageOf(error) } satisfies WorkerReply);
  }
});
