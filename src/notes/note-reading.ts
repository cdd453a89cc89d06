import type { ContentsSection } from './read-contents.ts';
import type { DatedSection } from './read-dated-sections.ts';
import type { NoteLinkOut } from './read-links-out.ts';
import type { NoteFacts } from './read-note-facts.ts';

/** What the site reads from a note's text while rendering it, so nothing parses it again (`rendered.metadata.note`). */
export interface NoteReading {
  facts: NoteFacts;
  /** For the root README (or index): the navigation its sections and lists describe. */
  contents?: ContentsSection[];
  /** Its dated sections, in reading order. */
  dated: DatedSection[];
  /** The workflows it links (their paths in the notes folder), by section. */
  workflows: NoteLinkOut[];
}
