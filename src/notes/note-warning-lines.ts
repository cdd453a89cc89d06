import { shownPath } from '../util/posix-path.ts';
import { byPlace, type NoteReport } from './note-reports.ts';

/** The warnings about notes' own text, sorted by file and line: `content/a.md:9:1 heading level 4 follows …`. */
export function noteWarningLines(notes: Iterable<NoteReport>): string[] {
  return [...notes]
    .flatMap(({ file, warnings }) => warnings.map((warning) => ({ file, ...warning })))
    .sort(byPlace)
    .map((warning) => `${shownPath(warning.file)}:${warning.line}:${warning.column} ${warning.message}`);
}
