import { relative, sep } from 'node:path';
import { globSync } from 'tinyglobby';

/**
 * Which files of the notes folder are notes. A folder's README.md describes the
 * folder (as on GitHub), and files or folders starting with `_` or `.` are private.
 */
export const NOTE_PATTERN = ['**/*.{md,mdx}', '!**/README.md', '!**/_*', '!**/_*/**'];

/** A note is known by its path inside the notes folder without the extension. */
export function noteIdFromPath(relativePath: string): string {
  return relativePath.split(sep).join('/').replace(/\.mdx?$/i, '');
}

/**
 * Maps every note id to its absolute file path. Two files with the same id
 * (`both-ways.md` and `both-ways.mdx`) would compete for one URL, so that fails.
 */
export function listNoteFiles(notesDir: string): Map<string, string> {
  const files = globSync(NOTE_PATTERN, { cwd: notesDir, absolute: true }).sort();
  const byId = new Map<string, string>();
  for (const file of files) {
    const id = noteIdFromPath(relative(notesDir, file));
    const other = byId.get(id);
    if (other) {
      throw new Error(
        `${relative(process.cwd(), other)} and ${relative(process.cwd(), file)} are both the note "${id}": ` +
          'a note is known by its file name without the extension; rename or remove one of them.',
      );
    }
    byId.set(id, file);
  }
  return byId;
}
