import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { readModelLinks, type NoteModelLink } from '../models/collect-model-links.ts';
import type { NoteChecks, NoteWarning } from '../notes/note-reports.ts';
import { isContentsPage } from '../notes/note-url.ts';
import { accessibilityWarnings } from '../notes/read-accessibility.ts';
import { readContents, type ContentsSection } from '../notes/read-contents.ts';
import { readNoteFacts, type NoteFacts } from '../notes/read-note-facts.ts';

declare module 'vfile' {
  interface DataMap {
    /** The note's id, given with the file. */
    noteId: string;
    /** Its title, description and table-of-contents order, read before any plugin rewrites it. */
    facts: NoteFacts;
    /** Its links to models, for the model index. */
    modelLinks: NoteModelLink[];
    /** What in its text makes its page harder to use. */
    warnings: NoteWarning[];
    /** For the contents page: the navigation its sections and lists describe. */
    contents: ContentsSection[];
  }
}

/** What the site reads from a note's text while rendering it, so nothing parses it again (`rendered.metadata.note`). */
export interface NoteReading {
  facts: NoteFacts;
  /** For the root README (or index): the navigation its sections and lists describe. */
  contents?: ContentsSection[];
}

/** Reads the note before any plugin rewrites it: its links still point at `.md` files. */
export function remarkReadNote() {
  return function read(tree: Root, file: VFile): void {
    file.data.facts = readNoteFacts(tree, file.data.noteId ?? '');
    file.data.modelLinks = readModelLinks(tree);
    file.data.warnings = accessibilityWarnings(tree);
  };
}

/** Reads the contents page's sections once its links are resolved (after remark-note-links), so each entry has its page's href. */
export function remarkReadContents() {
  return function read(tree: Root, file: VFile): void {
    if (isContentsPage(file.data.noteId ?? '')) file.data.contents = readContents(tree);
  };
}

/** What the two plugins and remark-note-links learned of a note: the same for Markdown and MDX notes. */
export function readingOf(file: VFile): { note: NoteReading; checks: NoteChecks; modelLinks: NoteModelLink[] } {
  const { facts, contents, links = [], warnings = [], modelLinks = [] } = file.data;
  if (!facts) throw new Error(`${file.path}: remark-read-note did not run`);
  return { note: contents ? { facts, contents } : { facts }, checks: { links, warnings }, modelLinks };
}
