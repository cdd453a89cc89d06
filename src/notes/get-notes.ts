import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { settings } from '../site.ts';
import { assembleNotes, type Note } from './assemble-notes.ts';
import type { NoteFacts } from './derive-metadata.ts';
import { lastCommitDates } from './git-dates.ts';

export interface SiteNote extends Note {
  entry: CollectionEntry<'notes'>;
  /** `updated` from front matter, else the file's last commit. */
  lastUpdated: Date | undefined;
}

let cached: Promise<SiteNote[]> | undefined;

async function load(): Promise<SiteNote[]> {
  // Drafts are for `npm run dev` only.
  const entries = (await getCollection('notes')).filter((entry) => import.meta.env.DEV || !entry.data.draft);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  // Read from the note's text by the loader, when it rendered the note (src/render/notes-loader.ts).
  const facts = (entry: CollectionEntry<'notes'>) => (entry.rendered?.metadata?.note as { facts: NoteFacts }).facts;
  const notes = assembleNotes(
    entries.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, facts: facts(entry), data: entry.data })),
    settings.tocNote,
  );
  const commits = lastCommitDates(settings.notesDir);
  return notes.map((note) => ({ ...note, entry: byId.get(note.id)!, lastUpdated: note.updated ?? commits.get(resolve(note.filePath)) }));
}

/** Every published note, in reading order. Built once per build. */
export function getNotes(): Promise<SiteNote[]> {
  cached ??= load();
  return cached;
}
