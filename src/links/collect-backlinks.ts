import type { NoteLinkOut } from '../notes/read-links-out.ts';

/** A note's link to the page a backlink is shown on: the note and section it is written in. */
export interface Backlink {
  from: string;
  section?: { slug: string; text: string };
}

/**
 * For each note, the notes and sections whose links reach it (or one of its headings), each once, in the
 * site's reading order. `notes` are in reading order; the contents page is left out, as it links everything.
 */
export function collectBacklinks(
  notes: readonly { id: string; linksOut: readonly NoteLinkOut[] }[],
  isContentsPage: (id: string) => boolean,
): Map<string, Backlink[]> {
  const backlinks = new Map<string, Backlink[]>();
  for (const note of notes) {
    if (isContentsPage(note.id)) continue;
    for (const { to, section } of note.linksOut) {
      if (to === note.id) continue; // A note's links to its own headings are its own business.
      const list = backlinks.get(to) ?? [];
      list.push(section ? { from: note.id, section } : { from: note.id });
      backlinks.set(to, list);
    }
  }
  return backlinks;
}
