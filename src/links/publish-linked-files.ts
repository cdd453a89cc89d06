import { copyFileSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import type { NoteReport } from '../notes/note-reports.ts';

export interface PublishOptions {
  distDir: string;
  /** The notes folder (its real path). */
  notesDir: string;
  /** Each note's links, as recorded while rendering. */
  notes: Iterable<NoteReport>;
  /** Every file of the built site; the files published here are added to it. */
  files: Set<string>;
}

/**
 * Copies into the built site every file of the notes folder that a note links
 * (`workflows/x.json`, `code/tool.zip`, a plain link to a screenshot), byte for byte,
 * at the same path under the base path: only what is linked, never a file whose real
 * path leaves the notes folder, never a dot-file. Returns what it copied.
 */
export function publishLinkedFiles({ distDir, notesDir, notes, files }: PublishOptions): string[] {
  const copied: string[] = [];
  for (const { links } of notes) {
    for (const { publish } of links) {
      if (!publish || files.has(publish)) continue;
      // Checked when the link resolved, and again here: the file may have changed since.
      if (publish.split('/').some((segment) => segment.startsWith('.') || segment === '')) continue;
      let real: string;
      try {
        real = realpathSync(join(notesDir, publish));
      } catch {
        continue; // Removed since the note rendered: the link check reports the missing file.
      }
      if (!real.startsWith(notesDir + sep) || !statSync(real).isFile()) continue;
      mkdirSync(dirname(join(distDir, publish)), { recursive: true });
      copyFileSync(real, join(distDir, publish));
      files.add(publish);
      copied.push(publish);
    }
  }
  return copied;
}
