import { basename } from 'node:path';
import type { NoteFrontmatter } from './schema.ts';
import { parseNote, readNoteText, readTocOrder } from './derive-metadata.ts';

/** What the collection gives us for one note. */
export interface RawNote {
  id: string;
  /** Path of the file relative to the project root, for messages and edit links. */
  filePath: string;
  body: string;
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

export class NoteError extends Error {
  override name = 'NoteError';
}

/** Notes the table of contents does not list come after it, by file name. */
const UNLISTED = 1_000_000;

/**
 * Fills in what front matter leaves out (title from the first `#` heading,
 * description from the first paragraph, order from the table of contents),
 * checks what one note cannot check alone (unique `order`), and sorts.
 */
export function assembleNotes(raw: readonly RawNote[], tocId: string): Note[] {
  const trees = new Map(raw.map((note) => [note.id, parseNote(note.body, note.filePath.endsWith('.mdx'))]));
  const tocTree = trees.get(tocId);
  const tocOrder = tocTree ? readTocOrder(tocTree, tocId) : [];

  const seenOrder = new Map<number, string>();
  for (const note of raw) {
    const order = note.data.order;
    if (order === undefined) continue;
    const other = seenOrder.get(order);
    if (other !== undefined) {
      throw new NoteError(
        `${note.filePath}: field "order": expected a number no other note uses, but ${other} has order ${order} too; give one of them another number.`,
      );
    }
    seenOrder.set(order, note.filePath);
  }

  const notes = raw.map((note): Note => {
    const text = readNoteText(trees.get(note.id)!);
    if (!note.data.title && !text.hasHeading) {
      throw new NoteError(
        `${note.filePath}: the note has no title: add a "# Title" heading as its first line, or front matter with "title: ...".`,
      );
    }
    const tocIndex = tocOrder.indexOf(note.id);
    return {
      id: note.id,
      filePath: note.filePath,
      title: note.data.title ?? text.h1 ?? basename(note.id),
      description: note.data.description ?? text.firstParagraph,
      order: note.data.order ?? (tocIndex === -1 ? UNLISTED : tocIndex + 1),
      updated: note.data.updated,
      tags: note.data.tags ?? [],
      draft: note.data.draft ?? false,
    };
  });

  return notes.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}
