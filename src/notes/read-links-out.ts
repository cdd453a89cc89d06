import type { NoteLink } from './note-reports.ts';
import { sectionAt, type NoteSection } from './read-sections.ts';

/** A note's link to another note's page (or one of its headings), or to a workflow's page, from the section it is written in. */
export interface NoteLinkOut {
  /** The id of the note it reaches, or the workflow's path in the notes folder. */
  to: string;
  /** The heading it stands under; none above the first heading below the title. */
  section?: { slug: string; text: string };
}

/** What each link reaches (`to`), each once per section, in reading order. */
function bySection(
  links: readonly NoteLink[],
  sections: readonly NoteSection[],
  reaches: (link: NoteLink) => string | undefined,
): NoteLinkOut[] {
  // The title heading names the note itself: a link under it stands in no section of its own.
  const below = sections.filter((section) => section.depth > 1);
  const seen = new Set<string>();
  const out: NoteLinkOut[] = [];
  for (const link of links) {
    const to = reaches(link);
    if (to === undefined) continue;
    const section = sectionAt(below, link.line);
    const key = `${to}\0${section?.slug ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(section ? { to, section: { slug: section.slug, text: section.text } } : { to });
  }
  return out;
}

/** The notes a note links, each once per section, in reading order: what the backlinks of the notes it links are made of. */
export const readLinksOut = (links: readonly NoteLink[], sections: readonly NoteSection[]): NoteLinkOut[] =>
  bySection(links, sections, (link) => link.note);

/** The workflows a note links, each once per section: where a workflow's page says it is discussed. */
export const readWorkflowLinks = (links: readonly NoteLink[], sections: readonly NoteSection[]): NoteLinkOut[] =>
  bySection(links, sections, (link) => link.workflow);
