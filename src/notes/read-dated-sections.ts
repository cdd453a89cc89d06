import type { Nodes, Root, RootContent } from 'mdast';
import type { NoteSection } from './read-sections.ts';
import { clip } from '../util/clip.ts';
import { readHeadingDate, type HeadingDate } from './heading-date.ts';

/** A section whose heading starts with a date: one entry of the site's news. */
export interface DatedSection extends HeadingDate {
  /** The heading's id on the note's page. */
  slug: string;
  /** The heading's text as written (`2025.12.13 Part A`). */
  heading: string;
  /** The first words of its text, as plain text; empty when the section starts with a sub-heading or code. */
  summary: string;
}

/** How much of a section's text an entry shows. */
const SUMMARY_MAX = 160;

/** Blocks whose text reads as prose in a summary: not code, tables, raw HTML or images. */
const PROSE = new Set<RootContent['type']>(['paragraph', 'list', 'blockquote']);

/** A block's words: its text and inline code, not raw HTML or image alt text. */
function wordsOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'html' || !('children' in node)) return '';
  return node.children.map((child) => wordsOf(child)).join(node.type === 'paragraph' || node.type === 'heading' ? '' : ' ');
}

/** The prose a heading's own text starts with, up to the next heading. */
function summaryAfter(tree: Root, section: NoteSection): string {
  // A heading nested in a list or quote: its section's text is what follows it there, which a summary leaves out.
  if (tree.children[section.index]?.type !== 'heading') return '';
  const words: string[] = [];
  let length = 0;
  for (const node of tree.children.slice(section.index + 1)) {
    if (node.type === 'heading') break;
    if (!PROSE.has(node.type)) continue;
    const text = wordsOf(node).replace(/\s+/g, ' ').trim();
    if (!text) continue;
    words.push(text);
    length += text.length;
    if (length > SUMMARY_MAX) break;
  }
  return clip(words.join(' '), SUMMARY_MAX);
}

/**
 * The note's dated sections, in reading order. A month heading whose text is only its dated sub-sections
 * (`## 2026.06`, then `### 2026.06.23`) groups them, and is not an entry of its own.
 */
export function readDatedSections(tree: Root, sections: readonly NoteSection[]): DatedSection[] {
  const dated: DatedSection[] = [];
  for (const [at, section] of sections.entries()) {
    const date = readHeadingDate(section.text);
    if (!date) continue;
    const summary = summaryAfter(tree, section);
    const child = sections[at + 1];
    const groups = child !== undefined && child.depth > section.depth && readHeadingDate(child.text) !== undefined;
    if (groups && !summary) continue;
    dated.push({ ...date, slug: section.slug, heading: section.text, summary });
  }
  return dated;
}
