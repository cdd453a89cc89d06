import GithubSlugger from 'github-slugger';
import type { List, ListItem, Nodes, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { walkTree } from '../util/walk-tree.ts';

/** An entry of a contents page: a link (a page, a heading on it, a file) or a label for its children. */
export interface ContentsItem {
  label: string;
  /** The URL as the page has it, links already resolved; none for a label. */
  href?: string;
  children: ContentsItem[];
}

/** The lists under one heading of the contents page; the lists before its first `##` have no label. */
export interface ContentsSection {
  label?: string;
  /** The heading's id on the page, as rehype-slug gives it. */
  anchor?: string;
  items: ContentsItem[];
}

const text = (node: Nodes): string => toString(node, { includeImageAlt: false }).replace(/\s+/g, ' ').trim();

function firstLink(node: Nodes): { url: string; label: string } | undefined {
  let found: { url: string; label: string } | undefined;
  walkTree<Nodes>(node, (link) => {
    if (link.type !== 'link') return;
    found ??= { url: link.url, label: text(link) };
  });
  return found;
}

function readList(list: List): ContentsItem[] {
  return list.children.flatMap((item: ListItem): ContentsItem[] => {
    const lead = item.children.find((child) => child.type === 'paragraph');
    const children = item.children.flatMap((child) => (child.type === 'list' ? readList(child) : []));
    const link = lead ? firstLink(lead) : undefined;
    if (link) return [{ label: link.label || link.url, href: link.url, children }];
    // A line that links nothing labels the entries under it; alone it is only text.
    const label = lead ? text(lead) : '';
    return label && children.length > 0 ? [{ label, children }] : children;
  });
}

/**
 * The navigation a contents page (a README) describes: its sections (`##` and lower
 * headings) in order, each with the entries of its lists, nested as the lists nest.
 * Read from the tree after links were resolved, so each href is the page's own.
 */
export function readContents(tree: Root): ContentsSection[] {
  // Ids exactly as rehype-slug gives them: every heading of the page, in order, through one slugger.
  const slugger = new GithubSlugger();
  const anchors = new Map<Nodes, string>();
  walkTree<Nodes>(tree, (heading) => {
    if (heading.type !== 'heading') return;
    anchors.set(heading, slugger.slug(text(heading)));
  });
  const sections: ContentsSection[] = [{ items: [] }];
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth > 1) sections.push({ label: text(node), anchor: anchors.get(node)!, items: [] });
    else if (node.type === 'list') sections.at(-1)!.items.push(...readList(node));
  }
  return sections.filter((section) => section.items.length > 0);
}
