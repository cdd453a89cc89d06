import { readFileSync } from 'node:fs';
import type { MarkdownHeading } from '@astrojs/markdown-remark';
import type { NoteModelLink } from '../models/collect-model-links.ts';
import type { NoteReading } from '../notes/note-reading.ts';
import type { NoteLinkOut } from '../notes/read-links-out.ts';
import { keptFilesFor, notesCacheDir, type KeptFiles } from './kept-files.ts';

/**
 * What the notes loader keeps of a note in Astro's store (`entry.rendered.metadata`): the one shape
 * it writes and the pages read. Names, never paths: a cache restored into another checkout, or
 * reached through a symbolic link, still finds what it keeps.
 */
export interface StoredNoteMetadata {
  /** What the site reads of the note's text. */
  note: NoteReading;
  /** The digest that names this rendering and its kept files (src/render/kept-files.ts). */
  digest: string;
  /** Whether the page is the HTML kept beside the store (a Markdown note without images of its own), rather than Astro's render(). */
  htmlKept: boolean;
  /** A Markdown note's headings; an MDX note's come from Astro's compiler. Astro's render() reads them here too. */
  headings?: MarkdownHeading[];
  /** A Markdown note's own images, for the optimised ones Astro's render() puts into the HTML in the store. */
  imagePaths?: string[];
}

/** What a page's `entry.rendered` is, as far as the stored note goes. */
interface StoredEntry {
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}

/**
 * A Markdown note's page is the HTML kept beside the store unless it has images of its own: Astro's render()
 * puts the optimised images into HTML it finds in the store, so such a note's HTML goes there too.
 */
export const keepsHtmlBeside = (imagePaths: readonly string[]): boolean => imagePaths.length === 0;

export const storedMetadataOf = (entry: StoredEntry): StoredNoteMetadata => entry.rendered?.metadata as unknown as StoredNoteMetadata;

/** The store entry's `rendered` for a note: its HTML there only where Astro's render() makes the page. */
export function renderedEntry(metadata: StoredNoteMetadata, html: string): { html: string; metadata: Record<string, unknown> } {
  return { html: metadata.htmlKept ? '' : html, metadata: { ...metadata } };
}

/** Reads what a stored note keeps, for the pages; `astroCacheDir` is Astro's cache folder. */
export class StoredNote {
  readonly metadata: StoredNoteMetadata;
  readonly #kept: KeptFiles;

  constructor(entry: StoredEntry, astroCacheDir: string) {
    this.metadata = storedMetadataOf(entry);
    this.#kept = keptFilesFor(notesCacheDir(astroCacheDir), this.metadata.digest);
  }

  /** The page HTML kept beside the store, or undefined where Astro's render() makes the page. */
  html(): string | undefined {
    return this.metadata.htmlKept ? readFileSync(this.#kept.html, 'utf8') : undefined;
  }

  /** Its links to models, for the model index. */
  modelLinks(): NoteModelLink[] {
    return JSON.parse(readFileSync(this.#kept.modelLinks, 'utf8')) as NoteModelLink[];
  }

  /** The notes it links, by section, for the backlinks. */
  linksOut(): NoteLinkOut[] {
    return JSON.parse(readFileSync(this.#kept.linksOut, 'utf8')) as NoteLinkOut[];
  }
}
