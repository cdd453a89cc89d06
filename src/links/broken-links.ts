import { byPlace, type NotePlace, type NoteReport } from '../notes/note-reports.ts';
import { shownPath } from '../util/posix-path.ts';
import { plural } from '../util/plural.ts';

/** A link that does not work, where its author wrote it (`file`: the note's absolute path). */
export interface BrokenLink extends NotePlace {
  /** The href as written. */
  written: string;
  /** Why, and the fix or the nearest thing it may have meant. */
  reason: string;
}

/** The links that could not resolve while their notes rendered. */
export function unresolvedLinks(notes: Iterable<NoteReport>): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const { file, links } of notes) {
    for (const link of links) {
      if (link.problem) broken.push({ file, line: link.line, column: link.column, written: link.written, reason: link.problem });
    }
  }
  return broken;
}

/** `content/a.md:3:5 "part-1.md" goes to a note that does not exist; did you mean "part-01.md"?` */
export function formatBrokenLink(link: BrokenLink): string {
  return `${shownPath(link.file)}:${link.line}:${link.column} "${link.written}" ${link.reason}`;
}

/**
 * One report of every broken link: the notes' links sorted by file, line and column,
 * then those the site's own pages make, then one summary line.
 */
export function brokenLinksReport(notes: readonly BrokenLink[], pages: readonly string[]): string {
  const sorted = [...notes].sort(byPlace);
  const files = new Set(sorted.map((link) => link.file)).size;
  const total = sorted.length + pages.length;
  const parts = [
    sorted.length > 0 ? `${sorted.length} in ${plural(files, 'note')}` : '',
    pages.length > 0 ? `${pages.length} made by the site's own pages` : '',
  ].filter(Boolean);
  return [...sorted.map(formatBrokenLink), ...pages, `${plural(total, 'broken link')} (${parts.join(', ')}).`].join('\n');
}
