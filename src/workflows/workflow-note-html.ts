import GithubSlugger from 'github-slugger';
import type { Element, Nodes, Root } from 'hast';
import { headingRank } from 'hast-util-heading-rank';
import { toString } from 'hast-util-to-string';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeEmptyHeaderCells from '../plugins/rehype-empty-header-cells.ts';
import rehypeHighlightCode from '../plugins/rehype-highlight-code.ts';
import rehypeScrollRegions from '../plugins/rehype-scroll-regions.ts';
import { walkTree } from '../util/walk-tree.ts';

/**
 * An image in a workflow's note is someone else's file: the site's policy loads images only from itself,
 * so each becomes a link to the image, named by its alt text.
 */
function rehypeImagesAsLinks() {
  return (tree: Root) =>
    walkTree<Nodes>(tree, (element) => {
      if (element.type !== 'element' || element.tagName !== 'img') return;
      const alt = typeof element.properties.alt === 'string' && element.properties.alt ? element.properties.alt : 'image';
      element.tagName = 'a';
      element.properties = { href: element.properties.src };
      element.children = [{ type: 'text', value: alt }];
    });
}

/** Outgoing links open as the notes' do: no referrer, no access to this page. */
function rehypeSafeLinks() {
  return (tree: Root) =>
    walkTree<Nodes>(tree, (element) => {
      if (element.type === 'element' && element.tagName === 'a' && element.properties.href !== undefined)
        element.properties.rel = ['nofollow', 'noopener', 'noreferrer'];
    });
}

/**
 * A note's headings stand under the page's own (its highest at `top`, the others below it in step), each
 * with its slug for an id (made the page's own by rehypeNoteIds).
 */
function rehypeNoteHeadings(options: { top: number }) {
  return (tree: Root) => {
    const headings: Element[] = [];
    walkTree<Nodes>(tree, (node) => {
      if (node.type === 'element' && headingRank(node)) headings.push(node);
    });
    const highest = headings.reduce((least, heading) => Math.min(least, headingRank(heading)!), 6);
    const slugger = new GithubSlugger();
    for (const heading of headings) {
      heading.tagName = `h${Math.min(6, options.top + headingRank(heading)! - highest)}`;
      heading.properties = { id: slugger.slug(toString(heading)) };
    }
  };
}

/** The name an id or fragment has in the note's own Markdown: remark-rehype and rehype-sanitize each prefix `user-content-`. */
const ownName = (id: string): string => id.replace(/^(user-content-)+/, '');

const isRelative = (href: string): boolean => !/^[a-z][a-z\d+.-]*:/i.test(href) && !href.startsWith('/') && !href.startsWith('#');

/**
 * Every id of the note (its headings', its footnotes') becomes the page's own, `prefix` and its name, and every
 * link within the note follows: `#setup` and a footnote's `#user-content-fn-1` reach them. A relative link goes
 * where `resolveRelative` says. A link that would lead nowhere becomes its text.
 */
function rehypeNoteIds(options: WorkflowNoteOptions) {
  const { prefix, resolveRelative = () => undefined } = options;
  return (tree: Root) => {
    const ids = new Map<string, string>();
    walkTree<Nodes>(tree, (node) => {
      if (node.type !== 'element' || typeof node.properties.id !== 'string') return;
      const name = ownName(node.properties.id);
      node.properties.id = `${prefix}${name}`;
      ids.set(name, node.properties.id);
    });
    walkTree<Nodes>(tree, (node) => {
      if (node.type !== 'element') return;
      const described = node.properties.ariaDescribedBy;
      if (Array.isArray(described)) {
        const targets = described.flatMap((name) => ids.get(ownName(String(name))) ?? []);
        if (targets.length > 0) node.properties.ariaDescribedBy = targets;
        else delete node.properties.ariaDescribedBy;
      }
      const href = node.properties.href;
      if (node.tagName !== 'a' || typeof href !== 'string') return;
      let to: string | undefined = href;
      if (href.startsWith('#')) {
        let name = href.slice(1);
        try {
          name = decodeURIComponent(name);
        } catch {
          // Not percent-encoding: the name as written.
        }
        const id = ids.get(ownName(name));
        to = id && `#${id}`;
      } else if (isRelative(href)) to = resolveRelative(href);
      // As rehype-sanitize leaves a link it will not keep: an <a> without href, which is its text.
      if (to === undefined) delete node.properties.href;
      else node.properties.href = to;
    });
  };
}

/** How a workflow's note becomes part of its page. */
export interface WorkflowNoteOptions {
  /** Put before every id the note's HTML has (its headings', its footnotes'), making them the page's own. */
  prefix: string;
  /** The rank of the note's highest heading. */
  top: number;
  /** Where a relative link of the note leads on the site; undefined (and without it) it becomes its text. */
  resolveRelative?: (href: string) => string | undefined;
}

/** GitHub's rules for user content (what rehype-sanitize keeps by default), headings shifted under the page's own. */
const processor = (options: WorkflowNoteOptions) =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    // Raw HTML in a workflow's note is dropped, never passed on: the file is not ours to trust.
    .use(remarkRehype)
    .use(rehypeImagesAsLinks)
    .use(rehypeSanitize, { ...defaultSchema, tagNames: (defaultSchema.tagNames ?? []).filter((name) => name !== 'img') })
    .use(rehypeNoteHeadings, { top: options.top })
    .use(rehypeNoteIds, options)
    .use(rehypeSafeLinks)
    // Coloured by class names after rehype-sanitize, which would drop them.
    .use(rehypeHighlightCode)
    // A wide table scrolls in its own box, as in the notes, and a blank corner is no empty heading.
    .use(rehypeEmptyHeaderCells)
    .use(rehypeScrollRegions)
    .use(rehypeStringify);

/**
 * A MarkdownNote's text as HTML that can carry no script, style, frame or image from the file, its ids the
 * page's own and every link leading somewhere (see WorkflowNoteOptions).
 */
export async function workflowNoteHtml(markdown: string, options: WorkflowNoteOptions): Promise<string> {
  return String(await processor(options).process(markdown));
}
