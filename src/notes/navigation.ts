import { slug } from 'github-slugger';
import { folderHolding, folderOf, noteUrl } from './note-url.ts';
import type { ContentsItem, ContentsSection } from './read-contents.ts';

/** One entry of the sidebar: a link (to a page of the site, `id` when it is a note's) or a label. */
export interface NavNode {
  label: string;
  href?: string;
  /** The page it shows, for marking the current page and for previous/next. */
  id?: string;
  children: NavNode[];
}

/** A group of the sidebar: a section of the contents page, or a folder of notes it does not list. */
export interface NavSection {
  /** None for the entries before the contents page's first section, or for a small site's only group. */
  label: string | undefined;
  /** Where the home page lists this group's entries: the section's heading id. */
  anchor: string;
  nodes: NavNode[];
  /** Entries with a link, at any depth. */
  links: number;
  /** Page ids anywhere in the group. */
  ids: Set<string>;
  /** A section of the contents page, or a folder of the pages it does not list. */
  from: 'contents' | 'folder';
}

export interface Navigation {
  sections: NavSection[];
  /** Page ids in sidebar order, each once: what previous/next follow. */
  order: string[];
}

export interface NavPage {
  id: string;
  title: string;
}

/** Home-page anchor of the notes the contents page does not list, by folder: `more-notes`, `more-extra-tools`. */
export const moreAnchor = (folder: string): string => (folder ? `more-${slug(folder)}` : 'more-notes');

function section(from: NavSection['from'], label: string | undefined, anchor: string, nodes: NavNode[]): NavSection {
  const ids = new Set<string>();
  let links = 0;
  const walk = (list: NavNode[]) => {
    for (const node of list) {
      if (node.href) links += 1;
      if (node.id !== undefined) ids.add(node.id);
      walk(node.children);
    }
  };
  walk(nodes);
  return { label, anchor, nodes, links, ids, from };
}

/**
 * The sidebar: the contents page's sections, labels and nesting in its order (links
 * that leave the site left out), then every page it does not list, grouped by folder;
 * without a contents page, every page in reading order. No page is left out, so every
 * page is reachable from the navigation.
 */
export function buildNavigation(options: {
  /** Pages in reading order (front matter `order`, then the table of contents, then file name). */
  pages: readonly NavPage[];
  base: string;
  contents?: { id: string; sections: readonly ContentsSection[] } | undefined;
}): Navigation {
  const { pages, base, contents } = options;
  const byUrl = new Map(pages.map((page) => [noteUrl(page.id, base), page.id]));
  const toNode = (item: ContentsItem): NavNode[] => {
    const children = item.children.flatMap(toNode);
    if (item.href === undefined) return [{ label: item.label, children }];
    // Only the site's own pages and files: a link out belongs in the text, not the navigation.
    if (!item.href.startsWith(base) || item.href.startsWith('//')) return children;
    const id = byUrl.get(item.href.split('#')[0]!);
    return [{ label: item.label, href: item.href, ...(id === undefined ? {} : { id }), children }];
  };

  const sections: NavSection[] = [];
  for (const part of contents?.sections ?? []) {
    const nodes = part.items.flatMap(toNode);
    if (nodes.length > 0) sections.push(section('contents', part.label, part.anchor ?? '', nodes));
  }
  const listed = new Set(sections.flatMap((group) => [...group.ids]));
  if (contents) listed.add(contents.id);

  // The rest by folder: the root's first, then folders by name, each with its README first.
  const byFolder = new Map<string, NavNode[]>();
  for (const page of pages) {
    if (listed.has(page.id)) continue;
    const folder = folderHolding(page.id);
    const nodes = byFolder.get(folder) ?? [];
    const node = { label: page.title, href: noteUrl(page.id, base), id: page.id, children: [] };
    if (folderOf(page.id) === undefined) nodes.push(node);
    else nodes.unshift(node);
    byFolder.set(folder, nodes);
  }
  if (contents) {
    const folders = [...byFolder.keys()].sort((a, b) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b, 'en')));
    for (const folder of folders) sections.push(section('folder', folder || 'Other notes', moreAnchor(folder), byFolder.get(folder)!));
  } else {
    // Without a contents page, one list in reading order (the TOC note's table of contents), as before.
    const nodes = pages.map((page) => ({ label: page.title, href: noteUrl(page.id, base), id: page.id, children: [] }));
    sections.push(section('folder', undefined, moreAnchor(''), nodes));
  }

  const order: string[] = [];
  const seen = new Set<string>(contents ? [contents.id] : []);
  const walk = (nodes: NavNode[]) => {
    for (const node of nodes) {
      if (node.id !== undefined && !seen.has(node.id)) {
        seen.add(node.id);
        order.push(node.id);
      }
      walk(node.children);
    }
  };
  for (const group of sections) walk(group.nodes);
  return { sections, order };
}

/** Up to this many links the sidebar shows every group in full. */
export const SIDEBAR_ALL = 150;
/** Beyond that, the current group shows at most this many entries around the current page. */
export const SIDEBAR_WINDOW = 41;

/** What one page's sidebar shows of a group: all of it, a window onto it, or only a link to where the home page lists it. */
export type SectionView = { section: NavSection; shown: 'all' | 'link'; nodes: NavNode[]; open: boolean; partial: boolean };

/**
 * The sidebar of one page, its weight bounded however many notes there are: on a
 * large site only the current page's groups are inline (a window onto a long one),
 * and every other group links to the home page's list of it, so every page stays
 * reachable from the navigation.
 */
export function sidebarView(navigation: Navigation, currentId: string | undefined): SectionView[] {
  const total = navigation.sections.reduce((sum, group) => sum + group.links, 0);
  const small = total <= SIDEBAR_ALL;
  return navigation.sections.map((group) => {
    const current = currentId !== undefined && group.ids.has(currentId);
    // Small sites show every group open, as one list; larger ones open the current page's groups.
    const open = current || total <= 40 || group.label === undefined;
    if (small || current) {
      if (group.nodes.length <= SIDEBAR_WINDOW || small) return { section: group, shown: 'all', nodes: group.nodes, open, partial: false };
      const at = Math.max(
        0,
        group.nodes.findIndex((node) => containsId(node, currentId!)),
      );
      const start = Math.min(Math.max(0, at - Math.floor(SIDEBAR_WINDOW / 2)), group.nodes.length - SIDEBAR_WINDOW);
      return { section: group, shown: 'all', nodes: group.nodes.slice(start, start + SIDEBAR_WINDOW), open, partial: true };
    }
    return { section: group, shown: 'link', nodes: [], open: false, partial: false };
  });
}

function containsId(node: NavNode, id: string): boolean {
  return node.id === id || node.children.some((child) => containsId(child, id));
}
