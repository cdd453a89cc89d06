import type { NoteReport } from '../notes/note-reports.ts';
import { notePage } from './scan-site.ts';

/**
 * The hrefs each note page has from its note, counted: a link the page scan finds
 * in the article is one of them (already known, with where it was written) as long
 * as some of that href are left, and anything beyond is the page's own markup.
 */
export class NoteHrefs {
  private readonly byPage = new Map<string, Map<string, number>>();

  constructor(notes: ReadonlyMap<string, NoteReport>) {
    for (const [id, { links }] of notes) {
      const counts = new Map<string, number>();
      this.byPage.set(notePage(id), counts);
      for (const { href } of links) if (href !== undefined) counts.set(href, (counts.get(href) ?? 0) + 1);
    }
  }

  /** Whether a link in the article of built page `page` is one its note wrote; counts it off when it is. */
  take(page: string, href: string): boolean {
    const counts = this.byPage.get(page);
    const left = counts?.get(href);
    if (!left) return false;
    counts!.set(href, left - 1);
    return true;
  }
}
