import type { MarkdownHeading } from 'astro';
import { render, type CollectionEntry } from 'astro:content';
import { StoredNote } from '../render/stored-note.ts';
import { settings } from '../site.ts';

type Content = Awaited<ReturnType<typeof render>>['Content'];

/** What a page shows of a note: its HTML as the loader rendered it, or Astro's component for it. */
export type NoteBody = { headings: MarkdownHeading[] } & ({ html: string; Content?: undefined } | { html?: undefined; Content: Content });

/**
 * A note's body for its page. Markdown notes without images of their own come as the
 * HTML the loader kept beside Astro's store (src/render/stored-note.ts); MDX notes
 * and notes with images through Astro's render(), which compiles MDX and puts the
 * optimised images in.
 */
export async function noteBody(entry: CollectionEntry<'notes'>): Promise<NoteBody> {
  const stored = new StoredNote(entry, settings.cacheDir);
  const html = stored.html();
  if (html !== undefined) return { html, headings: stored.metadata.headings ?? [] };
  const { Content, headings } = await render(entry);
  return { Content, headings };
}
