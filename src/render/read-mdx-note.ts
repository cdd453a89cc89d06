import { unified } from 'unified';
import { VFile } from 'vfile';
import type { NoteLinksOptions } from '../notes/link-options.ts';
import { parseNote } from '../notes/parse-note.ts';
import remarkNoteLinks from '../plugins/remark-note-links.ts';
import { readingOfFile, remarkReadLinked, remarkReadNote } from '../plugins/remark-read-note.ts';

/**
 * What the site reads of an MDX note, which Astro's MDX compiler renders with its page: the same
 * plugins read it as in a Markdown note's render, in the same order around the link resolution.
 */
export function readMdxNote(id: string, body: string, file: string, links: NoteLinksOptions): ReturnType<typeof readingOfFile> {
  const vfile = new VFile({ value: body, path: file, data: { noteId: id } });
  const reader = unified().use(remarkReadNote).use(remarkNoteLinks, links).use(remarkReadLinked);
  reader.runSync(parseNote(body, true), vfile);
  return readingOfFile(vfile);
}
