import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { NOTE_PATTERN, noteIdFromPath } from './notes/note-files.ts';
import { noteSchema } from './notes/schema.ts';
import { settings } from './site.ts';

const notes = defineCollection({
  loader: glob({
    pattern: NOTE_PATTERN,
    base: settings.notesDir,
    // The id is the file's path without extension, so `/part-01/` is `part-01.md`, as written in links.
    generateId: ({ entry }) => noteIdFromPath(entry),
    // Rendered with the page, so a note that fails to render fails the build (eager rendering only logs it).
    deferRender: true,
  }),
  schema: noteSchema,
});

export const collections = { notes };
