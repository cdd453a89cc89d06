import { getCollection } from 'astro:content';
import { inReadingOrder, getSite, readingOfEntry } from './get-site.ts';
import { fileUrl, noteUrl, workflowUrl } from '../notes/note-url.ts';
import { settings } from '../site.ts';
import type { GraphPicture } from '../workflows/graph-picture.ts';
import { baseName, type WorkflowReading } from '../workflows/read-workflow.ts';
import { readWorkflowFile } from '../workflows/read-workflow-file.ts';

/** A note that links a workflow, at the section it does so in. */
export interface WorkflowMention {
  noteId: string;
  title: string;
  /** The note's page, at the section. */
  url: string;
  section?: string;
}

/** A workflow a note links, as its page shows it. */
export interface ShownWorkflow {
  /** Its path in the notes folder. */
  path: string;
  name: string;
  /** Its page, and the file itself (published at its own path, byte for byte). */
  url: string;
  fileUrl: string;
  reading: WorkflowReading;
  mentions: WorkflowMention[];
}

let cached: Promise<ShownWorkflow[]> | undefined;

async function load(): Promise<ShownWorkflow[]> {
  const site = await getSite();
  const mentions = new Map<string, WorkflowMention[]>();
  for (const page of inReadingOrder(site))
    for (const link of readingOfEntry(page.entry).workflows ?? []) {
      const url = `${noteUrl(page.id, settings.base)}${link.section ? `#${link.section.slug}` : ''}`;
      const mention = { noteId: page.id, title: page.title, url, ...(link.section ? { section: link.section.text } : {}) };
      mentions.set(link.to, [...(mentions.get(link.to) ?? []), mention]);
    }
  // A page for each workflow a note links; the others stay files. Astro warns of an empty collection: none is asked for.
  if (mentions.size === 0) return [];
  const shown = (await getCollection('workflows')).filter((entry) => mentions.has(entry.id));
  return (
    await Promise.all(
      shown.map(async (entry) => ({
        path: entry.id,
        name: baseName(entry.id),
        url: workflowUrl(entry.id, settings.base),
        fileUrl: fileUrl(entry.id, settings.base),
        reading: { ...entry.data, pictures: await picturesOf(entry.id) },
        mentions: mentions.get(entry.id)!,
      })),
    )
  ).sort((a, b) => a.path.localeCompare(b.path, 'en'));
}

/** The pictures of a workflow's graphs, read again from its file: the store leaves them out (src/workflows/workflows-loader.ts). */
async function picturesOf(path: string): Promise<GraphPicture[]> {
  const read = await readWorkflowFile(settings.notesDir, path);
  return 'workflow' in read ? read.workflow.pictures : [];
}

/** The workflows the notes link, read once per build for their pages, the LoRA index and workflows.json. */
export function getWorkflows(): Promise<ShownWorkflow[]> {
  cached ??= load();
  return cached;
}
