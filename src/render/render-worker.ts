import Tinypool from 'tinypool';
import { createNoteRenderer, type NoteRenderer } from './note-renderer.ts';
import { renderJob, type RenderJob, type RenderResult } from './render-job.ts';
import { fromThreadLinks, type ThreadLinks } from './thread-links.ts';

let render: NoteRenderer | undefined;

/** A render thread's task (tinypool): one note, with the renderer for the link options its pool started with. */
export default function renderOnThread(job: RenderJob): Promise<RenderResult> {
  render ??= createNoteRenderer(fromThreadLinks(Tinypool.workerData as ThreadLinks));
  return renderJob(render, job);
}
