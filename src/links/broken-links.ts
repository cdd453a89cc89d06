import type { NoteReport } from '../notes/note-reports.ts';
import { shownPath } from '../util/posix-path.ts';

interface Place {
  file: string;
  line: number;
  column: number;
}

/** A link that does not work, where its author wrote it (`file`: the note's absolute path). */
export interface BrokenLink extends Place {
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

/** In the order an author fixes them: by file, line and column (the notes share one folder, so full paths sort as shown ones). */
const byPlace = (a: Place, b: Place): number => a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column;

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
    sorted.length > 0 ? `${sorted.length} in ${files} note${files === 1 ? '' : 's'}` : '',
    pages.length > 0 ? `${pages.length} made by the site's own pages` : '',
  ].filter(Boolean);
  return [...sorted.map(formatBrokenLink), ...pages, `${total} broken link${total === 1 ? '' : 's'} (${parts.join(', ')}).`].join('\n');
}

/** The warnings about notes' own text, sorted by file and line: `content/a.md:9:1 heading level 4 follows …`. */
export function noteWarningLines(notes: Iterable<NoteReport>): string[] {
  return [...notes]
    .flatMap(({ file, warnings }) => warnings.map((warning) => ({ file, ...warning })))
    .sort(byPlace)
    .map((warning) => `${shownPath(warning.file)}:${warning.line}:${warning.column} ${warning.message}`);
}
