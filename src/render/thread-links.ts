import type { NoteLinksOptions } from '../notes/link-options.ts';

/** The link options as a render thread receives them (tinypool's `workerData`): what a structured clone carries. */
export type ThreadLinks = Omit<NoteLinksOptions, 'noteIds' | 'pathKind' | 'workflows'> & { noteIds: string[]; workflows: string[] };

export const toThreadLinks = ({ notesDir, noteIds, base, sourceRepo, workflows }: NoteLinksOptions): ThreadLinks => ({
  notesDir,
  noteIds: [...noteIds],
  workflows: [...(workflows ?? [])],
  ...(base === undefined ? {} : { base }),
  ...(sourceRepo === undefined ? {} : { sourceRepo }),
});

export const fromThreadLinks = (links: ThreadLinks): NoteLinksOptions => ({
  ...links,
  noteIds: new Set(links.noteIds),
  workflows: new Set(links.workflows),
});
