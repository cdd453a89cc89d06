import { render } from 'astro:content';
import { getNotes } from './get-site.ts';
import { StoredNote } from '../render/stored-note.ts';
import { settings } from '../site.ts';
import { collectModelLinks, type ModelEntry } from '../models/collect-model-links.ts';
import { readLinkReport, worstCheck, type LinkCheck } from '../models/link-report.ts';

export interface IndexedModel extends ModelEntry {
  /** The last external check of its links (the worst of them), when a report was there at build time. */
  check: LinkCheck | undefined;
}

let cached: Promise<{ models: IndexedModel[]; hasReport: boolean }> | undefined;

async function load(): Promise<{ models: IndexedModel[]; hasReport: boolean }> {
  const notes = await getNotes();
  const prepared = await Promise.all(
    notes.map(async (note) => {
      const stored = new StoredNote(note.entry, settings.cacheDir);
      return {
        id: note.id,
        title: note.title,
        // Read from the note's text while it rendered, and kept beside Astro's store (src/render/stored-note.ts);
        // one at a time, as thousands of notes at once would open more files than a system allows.
        links: stored.modelLinks(),
        // Markdown notes were rendered by the loader; only MDX notes are rendered here, by Astro's compiler.
        headings: stored.metadata.headings ?? (await render(note.entry)).headings,
      };
    }),
  );
  const report = readLinkReport(settings.linkReport);
  const models = collectModelLinks(prepared).map((entry) => ({
    ...entry,
    check: worstCheck(entry.mentions.map((mention) => report.get(mention.url))),
  }));
  return { models, hasReport: report.size > 0 };
}

/** Every model linked from the notes, built once per build for the page and the JSON. */
export function getModelIndex(): Promise<{ models: IndexedModel[]; hasReport: boolean }> {
  cached ??= load();
  return cached;
}
