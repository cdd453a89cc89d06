import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { settings } from '../site.ts';
import { assembleNotes, type Note } from '../notes/assemble-notes.ts';
import { lastCommitDates } from '../notes/last-commit-dates.ts';
import { buildNavigation, type Navigation } from '../notes/navigation.ts';
import { folderOf } from '../notes/note-url.ts';
import type { NoteReading } from '../notes/note-reading.ts';
import { storedMetadataOf } from '../render/stored-note.ts';

export interface SiteNote extends Note {
  entry: CollectionEntry<'notes'>;
  /** `updated` from front matter, else the file's last commit. */
  lastUpdated: Date | undefined;
}

export interface Site {
  /** Every page made from a file of the notes folder (notes and READMEs), in reading order. */
  pages: SiteNote[];
  /** The root README (or index), shown as the home page, when there is one. */
  home: SiteNote | undefined;
  /** The sidebar, and the order previous/next follow. */
  navigation: Navigation;
}

/** What the loader read of a note's text while rendering it (src/render/stored-note.ts). */
export const readingOfEntry = (entry: CollectionEntry<'notes'>): NoteReading => storedMetadataOf(entry).note;

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  // Drafts are for `npm run dev` only.
  const entries = (await getCollection('notes')).filter((entry) => import.meta.env.DEV || !entry.data.draft);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const notes = assembleNotes(
    entries.map((entry) => ({ id: entry.id, filePath: entry.filePath ?? entry.id, facts: readingOfEntry(entry).facts, data: entry.data })),
    settings.tocNote,
  );
  const commits = lastCommitDates(settings.notesDir);
  const pages = notes.map((note) => ({
    ...note,
    entry: byId.get(note.id)!,
    lastUpdated: note.updated ?? commits.get(resolve(note.filePath)),
  }));
  const home = pages.find((page) => folderOf(page.id) === '');
  const navigation = buildNavigation({
    pages,
    base: settings.base,
    contents: home && { id: home.id, sections: readingOfEntry(home.entry).contents ?? [] },
  });
  return { pages, home, navigation };
}

/** The site's pages and navigation, derived once per build. */
export function getSite(): Promise<Site> {
  cached ??= load();
  return cached;
}

/** The site's pages in the order previous/next follow (the contents page's), then those it does not reach. */
export function inReadingOrder({ pages, navigation }: Site): SiteNote[] {
  const position = new Map(navigation.order.map((id, index) => [id, index]));
  const rank = (id: string, index: number) => position.get(id) ?? navigation.order.length + index;
  return pages
    .map((page, index) => ({ page, at: rank(page.id, index) }))
    .sort((a, b) => a.at - b.at)
    .map(({ page }) => page);
}

/** Every page made from a file of the notes folder, in reading order. */
export async function getNotes(): Promise<SiteNote[]> {
  return (await getSite()).pages;
}
