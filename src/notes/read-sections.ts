import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, walkTree } from '../util/walk-tree.ts';

/** A heading of a note: the id rehype-slug gives it, its text, and the line it starts at. */
export interface NoteSection {
  depth: number;
  slug: string;
  text: string;
  line: number;
  /** The index of the top-level node it is or stands in: a section's text follows it. */
  index: number;
}

/**
 * Every heading of a note, in document order, with the id rehype-slug gives its element: GitHub's slug of
 * its text, counted over all headings (`setup`, `setup-1`), as rehype-slug reads them before raw HTML is parsed.
 */
export function readSections(tree: Root): NoteSection[] {
  const slugger = new GithubSlugger();
  const sections: NoteSection[] = [];
  for (const [index, node] of tree.children.entries()) {
    walkTree<Nodes>(node, (inner) => {
      // Headings stand only in containers (quotes, lists, MDX components), never in a paragraph or a table.
      if (inner.type === 'paragraph' || inner.type === 'table' || inner.type === 'code') return SKIP;
      if (inner.type !== 'heading') return;
      const text = toString(inner, { includeImageAlt: false });
      sections.push({ depth: inner.depth, slug: slugger.slug(text), text: text.trim(), line: inner.position?.start.line ?? 0, index });
      return SKIP;
    });
  }
  return sections;
}

/** The section a line of the note is in: the last heading at or above it. */
export function sectionAt(sections: readonly NoteSection[], line: number): NoteSection | undefined {
  let found: NoteSection | undefined;
  for (const section of sections) {
    if (section.line > line) break;
    found = section;
  }
  return found;
}
