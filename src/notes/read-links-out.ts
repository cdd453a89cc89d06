import type { NoteLink } from './note-reports.ts';
import { sectionAt, type NoteSection } from './read-sections.ts';

/** A note's link to another note's page (or one of its headings), from the section it is written in. */
export interface NoteLinkOut {
  /** The id of the note it reaches. */
  to: string;
  /** The heading it stands under; none above the first heading below the title. */
  section?: { slug: string; text: string };
}

/** The notes a note links, each once per section, in reading order: what the backlinks of the notes it links are made of. */
export function readLinksOut(links: readonly NoteLink[], sections: readonly NoteSection[]): NoteLinkOut[] {
  // The title heading names the note itself: a link under it stands in no section of its own.
  const below = sections.filter((section) => section.depth > 1);
  const seen = new Set<string>();
  const out: NoteLinkOut[] = [];
  for (const link of links) {
    if (link.note === undefined) continue;
    const section = sectionAt(below, link.line);
    const key = `${link.note}\0${section?.slug ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(section ? { to: link.note, section: { slug: section.slug, text: section.text } } : { to: link.note });
  }
  return out;
}
