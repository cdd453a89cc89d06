import type { SiteSettings } from '../site.ts';
import { listNoteFiles } from './note-files.ts';
import { sharedPerFolder } from './shared-per-folder.ts';

/** What is at a path: a file, a folder, a symbolic link out of the notes folder, or nothing. */
export type PathKind = 'file' | 'folder' | 'elsewhere' | undefined;

/** How links written in notes resolve: the same for Markdown notes, MDX notes and every script. */
export interface NoteLinksOptions {
  /** Absolute real path of the notes folder. */
  notesDir: string;
  /** Ids of the notes the site publishes (file path inside `notesDir` without extension). */
  noteIds: ReadonlySet<string>;
  /** The site's base path, with leading and trailing slash. */
  base?: string;
  /** Folder URL of the notes folder in its repository; what lies outside the notes folder resolves against it. */
  sourceRepo?: string;
  /** What is at a path; injectable so tests need no files. */
  pathKind?: (path: string) => PathKind;
}

/**
 * The ids of the notes in `notesDir`, one live set per folder shared by the MDX
 * pipeline configured once in astro.config.mjs and the content loader, which lists
 * the notes on every load: in `npm run dev` a note added must be linkable at once.
 */
export function noteIdsOf(notesDir: string): Set<string> {
  return sharedPerFolder('note-ids', notesDir, () => new Set(listNoteFiles(notesDir).keys()));
}

/** Called by the loader after listing the notes: every holder of the set sees the change. */
export function replaceNoteIds(notesDir: string, ids: Iterable<string>): void {
  const set = noteIdsOf(notesDir);
  set.clear();
  for (const id of ids) set.add(id);
}

/** The one place that turns the site settings into link options. */
export function noteLinkOptions(settings: Pick<SiteSettings, 'notesDir' | 'base' | 'sourceRepo'>): NoteLinksOptions {
  return {
    notesDir: settings.notesDir,
    noteIds: noteIdsOf(settings.notesDir),
    base: settings.base,
    ...(settings.sourceRepo ? { sourceRepo: settings.sourceRepo } : {}),
  };
}
