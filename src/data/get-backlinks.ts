import { getSite, inReadingOrder } from './get-site.ts';
import { isContentsPage, noteUrl } from '../notes/note-url.ts';
import { StoredNote } from '../render/stored-note.ts';
import { settings } from '../site.ts';
import { collectBacklinks } from '../links/collect-backlinks.ts';

/** A backlink as a page shows it: the linking note's title, the section it links from, and where it is. */
export interface ShownBacklink {
  title: string;
  section?: string;
  href: string;
}

let cached: Promise<Map<string, ShownBacklink[]>> | undefined;

/** Each note's backlinks, from the links the render recorded of every note: made once per build, for every page. */
export function getBacklinks(): Promise<Map<string, ShownBacklink[]>> {
  cached ??= getSite().then((site) => {
    const backlinks = collectBacklinks(
      // Read while the note rendered and kept beside Astro's store (src/render/stored-note.ts), where thousands
      // of notes' links cost the build no memory; one file at a time, as the model index reads its own.
      inReadingOrder(site).map((page) => ({ id: page.id, linksOut: new StoredNote(page.entry, settings.cacheDir).linksOut() })),
      isContentsPage,
    );
    const titles = new Map(site.pages.map((page) => [page.id, page.title]));
    const shown = (from: string, section: { slug: string; text: string } | undefined): ShownBacklink => {
      const page = noteUrl(from, settings.base);
      return section
        ? { title: titles.get(from)!, section: section.text, href: `${page}#${section.slug}` }
        : { title: titles.get(from)!, href: page };
    };
    return new Map([...backlinks].map(([to, list]) => [to, list.map(({ from, section }) => shown(from, section))]));
  });
  return cached;
}
