import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { NoteError } from './note-error.ts';

/**
 * Which files of the notes folder are notes. A folder's README.md describes the
 * folder (as on GitHub), and files or folders starting with `_` or `.` are private.
 */
export const NOTE_PATTERN = ['**/*.{md,mdx}', '!**/README.md', '!**/_*', '!**/_*/**'];

/** A note is known by its path inside the notes folder without the extension. */
export function noteIdFromPath(relativePath: string): string {
  return relativePath
    .split(sep)
    .join('/')
    .replace(/\.mdx?$/i, '');
}

/**
 * Maps every note id to its absolute file path. Two files with the same id
 * (`both-ways.md` and `both-ways.mdx`) would compete for one URL, so that fails.
 */
export function listNoteFiles(notesDir: string): Map<string, string> {
  if (!existsSync(notesDir))
    throw new NoteError(`The notes folder ${notesDir} does not exist; create it or set NOTES_DIR to the folder that holds the notes.`);
  const files = globSync(NOTE_PATTERN, { cwd: notesDir, absolute: true }).sort();
  if (files.length === 0)
    throw new NoteError(
      `The notes folder ${notesDir} holds no .md or .mdx note; add one, or set NOTES_DIR to the folder that holds the notes.`,
    );
  const byId = new Map<string, string>();
  for (const file of files) {
    const id = noteIdFromPath(relative(notesDir, file));
    const other = byId.get(id);
    if (other) {
      throw new NoteError(
        `${relative(process.cwd(), other)} and ${relative(process.cwd(), file)} are both the note "${id}": ` +
          'a note is known by its file name without the extension; rename or remove one of them.',
      );
    }
    byId.set(id, file);
  }
  return byId;
}
