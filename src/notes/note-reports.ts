/** A link, image or URL attribute as written in a note, learned while rendering it. */
export interface NoteLink {
  /** The URL as the author wrote it. */
  written: string;
  kind: 'link' | 'image';
  /** Link text or alt text, whitespace collapsed. */
  text: string;
  line: number;
  column: number;
  /** The URL in the built page (all but the images the asset pipeline replaces), for the checks after the build. */
  href?: string;
  /** The note whose page it reaches (its id), for the backlinks. */
  note?: string;
  /** The file of the notes folder it links (path inside the folder), which the build publishes. */
  publish?: string;
  /** The workflow whose page it leads to (the file's path inside the notes folder). */
  workflow?: string;
  /** Why it cannot resolve, with the fix; such a link is reported as it is, not checked again. */
  problem?: string;
}

/** Something in a note's own text that makes its page harder to use (a skipped heading level), where it was written. */
export interface NoteWarning {
  line: number;
  column: number;
  message: string;
}

/** What the checks after the build need of a note, learned while rendering it. */
export interface NoteChecks {
  /** Every link as written, where it goes and where it was written. */
  links: NoteLink[];
  /** What in the note's text makes its page harder to use, at its line. */
  warnings: NoteWarning[];
}

/** What the build reports about a note: its file, the links in it, and warnings about its text. */
export interface NoteReport extends NoteChecks {
  file: string;
}

/** Where in a note something is (`file`: the note's absolute path). */
export interface NotePlace {
  file: string;
  line: number;
  column: number;
}

/** In the order an author fixes them: by file, line and column (the notes share one folder, so full paths sort as shown ones). */
export const byPlace = (a: NotePlace, b: NotePlace): number => a.file.localeCompare(b.file, 'en') || a.line - b.line || a.column - b.column;
