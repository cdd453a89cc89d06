import { render } from 'astro:content';
import { getNotes } from '../notes/get-notes.ts';
import { parseNote } from '../notes/derive-metadata.ts';
import { settings } from '../site.ts';
import { collectModelLinks, type ModelEntry } from './collect-model-links.ts';
import { readLinkReport, type LinkCheck } from './link-report.ts';

export interface IndexedModel extends ModelEntry {
  /** The last external check of any of its links, when a report was there at build time. */
  check: LinkCheck | undefined;
}

let cached: Promise<{ models: IndexedModel[]; hasReport: boolean }> | undefined;

async function load(): Promise<{ models: IndexedModel[]; hasReport: boolean }> {
  const notes = await getNotes();
  const prepared = await Promise.all(
    notes.map(async (note) => ({
      id: note.id,
      title: note.title,
      tree: parseNote(note.entry.body ?? '', note.filePath.endsWith('.mdx')),
      headings: (await render(note.entry)).headings,
    })),
  );
  const report = readLinkReport(settings.linkReport);
  const models = collectModelLinks(prepared).map((entry) => ({
    ...entry,
    check: entry.mentions.map((mention) => report.get(mention.url)).find(Boolean),
  }));
  return { models, hasReport: report.size > 0 };
}

/** Every model linked from the notes, built once per build for the page and the JSON. */
export function getModelIndex(): Promise<{ models: IndexedModel[]; hasReport: boolean }> {
  cached ??= load();
  return cached;
}
