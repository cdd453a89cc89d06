import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { FolderFacts } from '../notes/folder-facts.ts';
import { readModelLinks, type NoteModelLink } from '../models/collect-model-links.ts';
import type { NoteChecks, NoteWarning } from '../notes/note-reports.ts';
import { isContentsPage } from '../notes/note-url.ts';
import { accessibilityWarnings } from '../notes/accessibility-warnings.ts';
import type { NoteReading } from '../notes/note-reading.ts';
import { readContents, type ContentsSection } from '../notes/read-contents.ts';
import { readDatedSections, type DatedSection } from '../notes/read-dated-sections.ts';
import { readLinksOut, readWorkflowLinks, type NoteLinkOut } from '../notes/read-links-out.ts';
import { readNoteFacts, type NoteFacts } from '../notes/read-note-facts.ts';
import { readSections, type NoteSection } from '../notes/read-sections.ts';

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
    /** Its headings with their ids and lines. */
    sections: NoteSection[];
    /** Its sections whose headings start with a date: the site's news. */
    dated: DatedSection[];
    /** The notes it links, by section: the backlinks of those notes. */
    linksOut: NoteLinkOut[];
    /** The workflows it links, by section. */
    workflowLinks: NoteLinkOut[];
  }
}

/** Reads the note before any plugin rewrites it: its links still point at `.md` files. */
export function remarkReadNote() {
  return function read(tree: Root, file: VFile): void {
    file.data.facts = readNoteFacts(tree, file.data.noteId ?? '');
    file.data.modelLinks = readModelLinks(tree);
    file.data.warnings = accessibilityWarnings(tree);
    file.data.sections = readSections(tree);
    file.data.dated = readDatedSections(tree, file.data.sections);
  };
}

/**
 * Reads what needs the note's links resolved (after remark-note-links): the notes each section links, and the
 * contents page's sections, so each entry has its page's href.
 */
export function remarkReadLinked() {
  return function read(tree: Root, file: VFile): void {
    file.data.linksOut = readLinksOut(file.data.links ?? [], file.data.sections ?? []);
    file.data.workflowLinks = readWorkflowLinks(file.data.links ?? [], file.data.sections ?? []);
    if (isContentsPage(file.data.noteId ?? '')) file.data.contents = readContents(tree);
  };
}

/** What the two readers and remark-note-links learned of a note (and asked of its folder): the same for Markdown and MDX notes. */
export function readingOfFile(file: VFile): {
  note: NoteReading;
  checks: NoteChecks;
  modelLinks: NoteModelLink[];
  linksOut: NoteLinkOut[];
  folderFacts: FolderFacts;
} {
  const { facts, contents, links = [], warnings = [], modelLinks = [], dated = [], linksOut = [], workflowLinks = [] } = file.data;
  if (!facts) throw new Error(`${file.path}: remark-read-note did not run`);
  const note: NoteReading = { facts, dated, workflows: workflowLinks, ...(contents ? { contents } : {}) };
  return { note, checks: { links, warnings }, modelLinks, linksOut, folderFacts: file.data.folderFacts ?? {} };
}
