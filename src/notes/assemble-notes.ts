import { basename } from 'node:path';
import type { NoteFrontmatter } from './schema.ts';
import type { NoteFacts } from './read-note-facts.ts';
import { NoteError } from '../util/note-error.ts';
import { folderOf } from './note-url.ts';

/** What the collection gives us for one note. */
export interface RawNote {
  id: string;
  /** Path of the file relative to the project root, for messages and edit links. */
  filePath: string;
  /** What its text says, read when it was rendered. */
  facts: NoteFacts;
  data: NoteFrontmatter;
}

export interface Note {
  id: string;
  filePath: string;
  title: string;
  description: string | undefined;
  order: number;
  updated: Date | undefined;
  tags: string[];
  draft: boolean;
}

/** Notes the table of contents does not list come after it, by file name. */
const UNLISTED = 1_000_000;

/**
 * Fills in what front matter leaves out (title from the first `#` heading,
 * description from the first paragraph, order from the table of contents),
 * checks what one note cannot check alone (unique `order`), and sorts.
 */
export function assembleNotes(raw: readonly RawNote[], tocId: string): Note[] {
  // Position in the table of contents, first listing wins; a map, so large sites stay linear.
  const tocIndex = new Map<string, number>();
  for (const [index, id] of (raw.find((note) => note.id === tocId)?.facts.tocOrder ?? []).entries())
    if (!tocIndex.has(id)) tocIndex.set(id, index);

  // Every problem is collected, so one build lists them all.
  const problems: string[] = [];
  const seenOrder = new Map<number, string>();
  for (const note of raw) {
    const order = note.data.order;
    if (order === undefined) continue;
    const other = seenOrder.get(order);
    if (other !== undefined) {
      problems.push(
        `${note.filePath}: field "order": expected a number no other note uses, but ${other} has order ${order} too; give one of them another number.`,
      );
    } else seenOrder.set(order, note.filePath);
  }

  const notes = raw.map((note): Note => {
    const { text } = note.facts;
    // A README titles its folder's page: its heading when it has one, else the folder's name.
    const folder = folderOf(note.id);
    if (!note.data.title && !text.hasHeading && folder === undefined) {
      problems.push(
        `${note.filePath}: the note has no title: add a "# Title" heading as its first line, or front matter with "title: ...".`,
      );
    }
    const listed = tocIndex.get(note.id);
    return {
      id: note.id,
      filePath: note.filePath,
      title: note.data.title ?? text.h1 ?? (folder === undefined ? basename(note.id) : basename(folder) || 'Contents'),
      description: note.data.description ?? text.firstParagraph,
      order: note.data.order ?? (listed === undefined ? UNLISTED : listed + 1),
      updated: note.data.updated,
      tags: note.data.tags ?? [],
      draft: note.data.draft ?? false,
    };
  });
  if (problems.length > 0) throw new NoteError(problems.join('\n'));

  return notes.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
