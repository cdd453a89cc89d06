import type { List, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { clip } from '../util/clip.ts';
import { walkTree } from '../util/walk-tree.ts';
import { NOTE_EXTENSION } from './note-files.ts';

export interface NoteText {
  /** Text of the first `#` heading. */
  h1?: string;
  /** Whether the note has a heading of any depth. */
  hasHeading: boolean;
  /** First top-level paragraph as plain text, cut to fit a description. */
  firstParagraph?: string;
}

/** A note's title, whether it has headings, and its first paragraph as a description. */
export function readNoteProse(tree: Root): NoteText {
  let h1: string | undefined;
  let hasHeading = false;
  walkTree<Nodes>(tree, (node) => {
    if (node.type !== 'heading') return;
    hasHeading = true;
    if (node.depth === 1 && h1 === undefined) h1 = toString(node).trim() || undefined;
  });
  const paragraph = tree.children.find(
    // A paragraph of only images or MDX components (`<Callout>…</Callout>`) is not the note's own prose.
    (node) =>
      node.type === 'paragraph' &&
      toString(node).trim() &&
      node.children.some((child) => child.type !== 'image' && !child.type.startsWith('mdx')),
  );
  const firstParagraph = paragraph ? clip(toString(paragraph).replace(/\s+/g, ' ').trim()) : undefined;
  return { h1, hasHeading, firstParagraph };
}

/** The first link in a list item that points at a Markdown file, without its fragment. */
function firstMarkdownLink(node: Nodes): string | undefined {
  let found: string | undefined;
  walkTree<Nodes>(node, (link) => {
    if (link.type !== 'link') return;
    const path = link.url.split(/[?#]/)[0] ?? '';
    if (found === undefined && /\.mdx?$/i.test(path) && !/^[a-z][a-z\d+.-]*:/i.test(path)) found = path;
  });
  return found;
}

/** What the site needs to know of a note's text, read once from the tree the renderer parsed. */
export interface NoteFacts {
  text: NoteText;
  /** Note ids in the order this note's table of contents lists them (used when it is the TOC note). */
  tocOrder: string[];
}

export function readNoteFacts(tree: Root, id: string): NoteFacts {
  return { text: readNoteProse(tree), tocOrder: readTocOrder(tree, id) };
}

/**
 * Note ids in the order the table of contents lists them. The TOC is the first
 * list that links Markdown files; an item without such a link ("Loras Alchemy;
 * this document") stands for the TOC note itself, which comes first when its
 * list leaves it out.
 */
export function readTocOrder(tree: Root, tocId: string): string[] {
  const list = tree.children.find((node): node is List => node.type === 'list' && firstMarkdownLink(node) !== undefined);
  if (!list) return [tocId];
  const folder = tocId.includes('/') ? tocId.slice(0, tocId.lastIndexOf('/') + 1) : '';
  const order = list.children.map((item) => {
    const link = firstMarkdownLink(item);
    if (!link) return tocId;
    const joined = new URL(link, `file:///${folder}`).pathname.slice(1);
    return decodeURI(joined).replace(NOTE_EXTENSION, '');
  });
  return order.includes(tocId) ? order : [tocId, ...order];
}
