import { existsSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { globSync } from 'tinyglobby';
import { NoteError } from '../util/note-error.ts';
import { folderOf, noteUrl } from './note-url.ts';
import { shownPath } from '../util/posix-path.ts';

/**
 * Which files of the notes folder are pages: every Markdown and MDX file, a folder's
 * README.md as that folder's page (as on GitHub); files or folders starting with `_`
 * or `.` are private.
 */
export const NOTE_PATTERN = ['**/*.{md,mdx}', '!**/_*', '!**/_*/**'];

/** A Markdown or MDX file's extension: what a note's file ends with, and what its id drops. */
export const NOTE_EXTENSION = /\.mdx?$/i;

/** Whether a path inside the notes folder is a note's: NOTE_PATTERN for one path (no part of it private). */
export const isNotePath = (relativePath: string): boolean =>
  NOTE_EXTENSION.test(relativePath) && relativePath.split(/[\\/]/).every((part) => !part.startsWith('_') && !part.startsWith('.'));

/** Pages the site makes itself, at `/<name>/`: a note there would take their place. */
const SITE_PAGES: Record<string, string> = {
  models: 'the model index',
  'models/loras': 'the LoRA index',
  'whats-new': "the What's new page",
};
/** Folders whose pages the site makes itself: `workflow/<path of a workflow file>/`. */
const SITE_FOLDERS: Record<string, string> = { workflow: 'where the site puts the workflows’ pages' };

/** A note is known by its path inside the notes folder without the extension. */
export function noteIdFromPath(relativePath: string): string {
  return relativePath.split(sep).join('/').replace(NOTE_EXTENSION, '');
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
  const byUrl = new Map<string, string>();
  const problems: string[] = [];
  for (const file of files) {
    const id = noteIdFromPath(relative(notesDir, file));
    const other = byId.get(id);
    if (other) {
      problems.push(
        `${shownPath(other)} and ${shownPath(file)} are both the note "${id}": ` +
          'a note is known by its file name without the extension; rename or remove one of them.',
      );
      continue;
    }
    // `loras.md` and `loras/README.md`, or README.md and index.md at the root, would be one page.
    const url = noteUrl(id, '/');
    const sitePage = SITE_PAGES[url.slice(1, -1)] ?? SITE_FOLDERS[url.split('/')[1] ?? ''];
    if (sitePage) {
      problems.push(`${shownPath(file)} would be the page ${url}, which is ${sitePage}; rename it.`);
      continue;
    }
    const samePage = byUrl.get(url);
    if (samePage) {
      problems.push(`${shownPath(samePage)} and ${shownPath(file)} would both be the page ${url}; rename or remove one of them.`);
      continue;
    }
    byId.set(id, file);
    byUrl.set(url, file);
  }
  if (problems.length > 0) throw new NoteError(problems.join('\n'));
  if ([...byId.keys()].every((id) => folderOf(id) !== undefined))
    throw new NoteError(
      `The notes folder ${notesDir} holds no note besides its README; add one, or set NOTES_DIR to the folder that holds the notes.`,
    );
  return byId;
}
